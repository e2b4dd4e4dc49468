package dev.nbmigrate.converter.translate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.lang.model.SourceVersion;

/**
 * The Java spelling of a Python name: {@code bad_lines} becomes {@code badLines}, {@code TOTAL_ROWS} (a local in
 * capitals) {@code totalRows}, a name that is a Java keyword once camel-cased gets {@code Value} appended
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
        String cleaned = pythonName.replaceAll("[^A-Za-z0-9_]", "_");
        boolean capitals = cleaned.equals(cleaned.toUpperCase(Locale.ROOT));
        StringBuilder out = new StringBuilder();
        boolean startWord = false;
        for (char c : cleaned.toCharArray()) {
            if (c == '_') {
                startWord = out.length() > 0;
                continue;
            }
            char lowered = capitals ? Character.toLowerCase(c) : c;
            if (out.length() == 0) {
                out.append(Character.toLowerCase(lowered));
            } else {
                out.append(startWord ? Character.toUpperCase(lowered) : lowered);
            }
            startWord = false;
        }
        String name = out.toString();
        if (name.isEmpty()) {
            return "unused";
        }
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            name = "v" + name;
        }
        if (SourceVersion.isKeyword(name) || name.equals("_")) {
            name = name + "Value";
        }
        return name;
    }
}
