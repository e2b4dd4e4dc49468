package dev.nbmigrate.converter.parse.python.legacy;

/**
 * Python 2's {@code ur"..."} literals: raw, except that {@code \\uXXXX} and {@code \\UXXXXXXXX} escapes (after an
 * odd number of backslashes) are still decoded. Python 3 has no such prefix; this turns the quoted part into an
 * ordinary (non-raw) literal of the same value.
 */
final class UrStrings {

    private UrStrings() {
    }

    /** Whether the quoted part (quotes included) has a unicode escape Python 2 would decode. */
    static boolean hasUnicodeEscape(String quoted) {
        int i = 0;
        while (i < quoted.length()) {
            if (quoted.charAt(i) == '\\') {
                int run = backslashRun(quoted, i);
                char next = i + run < quoted.length() ? quoted.charAt(i + run) : 0;
                if (run % 2 == 1 && (next == 'u' || next == 'U')) {
                    return true;
                }
                i += run;
            } else {
                i++;
            }
        }
        return false;
    }

    /** The quoted part of a {@code ur} literal rewritten as a plain literal with the same value. */
    static String toPlainLiteral(String quoted) {
        char quote = quoted.charAt(0);
        int delimiter = quoted.startsWith(String.valueOf(quote).repeat(3)) && quoted.length() >= 6 ? 3 : 1;
        String body = quoted.substring(delimiter, quoted.length() - delimiter);
        StringBuilder out = new StringBuilder(quoted.substring(0, delimiter));
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int run = backslashRun(body, i);
            char next = i + run < body.length() ? body.charAt(i + run) : 0;
            if (run % 2 == 1 && (next == 'u' || next == 'U')) {
                out.append("\\\\".repeat(run - 1)).append('\\');
                i += run;
            } else if (run % 2 == 1 && next == quote) {
                out.append("\\\\".repeat(run)).append('\\').append(quote);
                i += run + 1;
            } else {
                out.append("\\\\".repeat(run));
                i += run;
            }
        }
        return out.append(quoted, quoted.length() - delimiter, quoted.length()).toString();
    }

    private static int backslashRun(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) == '\\') {
            end++;
        }
        return end - from;
    }
}
