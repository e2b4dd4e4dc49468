package dev.nbmigrate.converter.escape;

/** Escaping for YAML 1.2: double-quoted scalars and comments. */
public final class Yaml {

    private Yaml() {
    }

    /**
     * A double-quoted scalar for {@code value}: quote and backslash escaped, every character YAML does not allow
     * unescaped or that could read as a line break (C0, DEL, C1, U+2028, U+2029, BOM) as an escape.
     */
    public static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Control.control(c)) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else if (c == '\u2028' || c == '\u2029' || c == '\ufeff') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Text for the rest of a {@code #} comment line: on one line, no control characters. */
    public static String comment(String value) {
        return Control.flatten(value).replace("\ufeff", "");
    }
}
