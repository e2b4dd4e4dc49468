package dev.nbmigrate.converter.parse.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces Hive-style {@code ${name}} and {@code ${namespace:name}} references ({@code hivevar}, {@code hiveconf},
 * {@code var}, {@code spark}, {@code sparkconf}, {@code system}, {@code env}) with known values, everywhere in the
 * text (as Hive and Spark do, quotes included). Unknown references stay as written. Never reads the environment
 * or system properties: every value comes from the given map, so results are reproducible.
 */
final class VariableSubstitutor {

    private static final Pattern REFERENCE = Pattern.compile(
            "\\$\\{(?:(hivevar|hiveconf|var|spark|sparkconf|system|env):)?([^${}\\s]+)}");

    /** One reference found at {@code [start, end)} of the input, and its value (null if unknown). */
    record Found(int start, int end, String reference, String namespace, String name, String value) {
    }

    /** The text with known references replaced, the references, and the offset map back to the input. */
    record Result(String text, List<Found> references) {

        /** The input offset of an offset in the substituted text (inside a value: the reference's start). */
        int toInputOffset(int offset) {
            int delta = 0;
            for (Found found : references) {
                if (found.value == null) {
                    continue;
                }
                int outStart = found.start + delta;
                int outEnd = outStart + found.value.length();
                if (offset < outStart) {
                    break;
                }
                if (offset < outEnd) {
                    return found.start;
                }
                delta += found.value.length() - (found.end - found.start);
            }
            return offset - delta;
        }
    }

    private VariableSubstitutor() {
    }

    static Result substitute(String text, Map<String, String> variables) {
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        List<Found> found = new ArrayList<>();
        int last = 0;
        while (matcher.find()) {
            String namespace = matcher.group(1) == null ? "" : matcher.group(1);
            String name = matcher.group(2);
            String value = lookup(variables, namespace, name);
            found.add(new Found(matcher.start(), matcher.end(), matcher.group(), namespace, name, value));
            out.append(text, last, matcher.start()).append(value != null ? value : matcher.group());
            last = matcher.end();
        }
        out.append(text, last, text.length());
        return new Result(out.toString(), found);
    }

    /**
     * {@code ${name}} finds {@code name}, then {@code hivevar:name}, then {@code hiveconf:name};
     * {@code ${hivevar:name}} (and {@code hiveconf}, {@code var}) finds {@code hivevar:name}, then {@code name};
     * other namespaces only {@code namespace:name}.
     */
    private static String lookup(Map<String, String> variables, String namespace, String name) {
        if (namespace.isEmpty()) {
            return first(variables, name, "hivevar:" + name, "hiveconf:" + name);
        }
        if (namespace.equals("hivevar") || namespace.equals("hiveconf") || namespace.equals("var")) {
            return first(variables, namespace + ":" + name, name);
        }
        return variables.get(namespace + ":" + name);
    }

    private static String first(Map<String, String> variables, String... keys) {
        for (String key : keys) {
            String value = variables.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
