package dev.nbmigrate.converter.translate.sql;

import java.util.Locale;
import java.util.regex.Pattern;

/** How the rewriter writes SQL literals, option keys and line breaks. */
final class SqlText {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private SqlText() {
    }

    /** A single-quoted SQL string literal that Spark reads back as {@code value}. */
    static String literal(String value) {
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\'' -> out.append("\\'");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('\'').toString();
    }

    /** An option or property key: bare if it is a plain identifier, else a literal. */
    static String key(String key) {
        return PLAIN_KEY.matcher(key).matches() ? key : literal(key);
    }

    /** The blanks that start the line holding {@code offset}. */
    static String indentOfLine(String text, int offset) {
        int lineStart = offset;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        int end = lineStart;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(lineStart, end);
    }

    /** Whether there is a line break in {@code [from, to)}. */
    static boolean hasLineBreak(String text, int from, int to) {
        return text.substring(from, Math.min(to, text.length())).indexOf('\n') >= 0;
    }

    /** 1-based line of a char offset. */
    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** 1-based column (in code points) of a char offset. */
    static int column(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        if (offset == 0) {
            lineStart = 0;
        }
        return text.codePointCount(lineStart, Math.min(offset, text.length())) + 1;
    }

    /** The char offset of a 1-based line and 1-based code-point column. */
    static int offset(String text, int line, int column) {
        int offset = 0;
        for (int current = 1; current < line && offset < text.length(); offset++) {
            if (text.charAt(offset) == '\n') {
                current++;
            }
        }
        return text.offsetByCodePoints(offset, Math.min(column - 1, text.codePointCount(offset, text.length())));
    }
}
