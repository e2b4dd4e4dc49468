package dev.nbmigrate.converter.escape;

/** Escaping for XML 1.0: text and attribute values, and comments. */
public final class Xml {

    private Xml() {
    }

    /**
     * Text content or an attribute value: markup characters as entities; characters XML 1.0 does not allow (C0
     * controls other than tab, line feed and carriage return, U+FFFE, U+FFFF) as U+FFFD.
     */
    public static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(allowed(c) ? c : '\ufffd');
            }
        }
        return out.toString();
    }

    /**
     * Text inside {@code <!-- ... -->}: on one line, no {@code --} (which XML forbids in a comment: each is
     * {@code - -}) and no {@code -} at the end.
     */
    public static String comment(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : Control.flatten(value).toCharArray()) {
            if (!allowed(c)) {
                c = '\ufffd';
            }
            if (c == '-' && out.length() > 0 && out.charAt(out.length() - 1) == '-') {
                out.append(' ');
            }
            out.append(c);
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.append(' ');
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c >= 0x20 && c != '\ufffe' && c != '\uffff' || c == '\t' || c == '\n' || c == '\r';
    }
}
