package dev.nbmigrate.converter.escape;

/** Control characters and line breaks, shared by the one-line escapers. */
final class Control {

    private Control() {
    }

    /**
     * The text on one line: every run of line breaks ({@code \n}, {@code \r}, U+0085, U+2028, U+2029) and the
     * spaces around it is one space; other control characters (C0, DEL, C1) are dropped.
     */
    static String flatten(String value) {
        String spaced = value.replaceAll("[ \\t]*[\\r\\n\\u0085\\u2028\\u2029]+[ \\t]*", " ");
        StringBuilder out = new StringBuilder(spaced.length());
        for (int i = 0; i < spaced.length(); i++) {
            char c = spaced.charAt(i);
            if (c == '\t') {
                out.append(' ');
            } else if (!control(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** C0 controls, DEL and C1 controls. */
    static boolean control(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f;
    }
}
