package dev.nbmigrate.converter.translate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.nbmigrate.converter.model.JavaCase;

/**
 * The Java spelling of a Python name, by the converter's one case rule ({@link JavaCase}): {@code bad_lines} becomes
 * {@code badLines}, {@code TOTAL_ROWS} {@code totalRows}, {@code myDF} {@code myDf}, a name that is a Java keyword
 * once camel-cased gets {@code Value} appended
 * ({@code class_} becomes {@code classValue}). The result is always a legal Java identifier; uniqueness within a
 * method is the {@link Scope}'s job.
 */
public final class JavaNames {

    private JavaNames() {
    }

    /**
     * The Java names of a parameter list, in order: camelCase, and distinct where two Python names spell the same
     * Java name ({@code a_b} and {@code aB} give {@code aB} and {@code aB2}).
     */
    public static List<String> parameters(List<String> pythonNames) {
        Set<String> taken = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String pythonName : pythonNames) {
            String base = variable(pythonName);
            String candidate = base;
            for (int n = 2; !taken.add(candidate); n++) {
                candidate = base + n;
            }
            out.add(candidate);
        }
        return out;
    }

    /** The camelCase Java name for a Python local, parameter or field. */
    public static String variable(String pythonName) {
        String name = JavaCase.camel(pythonName);
        return name.isEmpty() ? "unused" : JavaCase.legal(name, "v", "Value");
    }
}
