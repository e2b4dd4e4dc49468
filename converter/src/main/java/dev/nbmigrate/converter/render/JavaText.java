package dev.nbmigrate.converter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Text rules for generated Java: string literals, Javadoc-safe text and the layout of section bodies. Pure functions,
 * so the same input always gives the same bytes.
 */
public final class JavaText {

    /** The indentation of a statement in a method body of a top-level class. */
    public static final String BODY_INDENT = "        ";

    private JavaText() {
    }

    /** A Java string literal for {@code text}, quotes included: {@code "a\"b\n"}; non-ASCII as {@code \}{@code uXXXX}. */
    public static String stringLiteral(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Whether {@code text} reads better as a text block than as a string literal: at least two lines that hold
     * something, and too long for a short literal (multi-line SQL, for one).
     */
    public static boolean wantsTextBlock(String text) {
        return text.length() >= 40 && text.lines().filter(line -> !line.isBlank()).count() >= 2;
    }

    /**
     * The content of a text block (what goes between its {@code """} delimiters) whose value is exactly
     * {@code text}: lines indented by four spaces relative to the closing delimiter, trailing blanks kept with
     * {@code \s}, no line break added after the last line ({@code \} at its end), backslashes and {@code """}
     * escaped, other control characters and non-ASCII escaped as in {@link #stringLiteral}.
     */
    public static String textBlockContent(String text) {
        StringBuilder out = new StringBuilder("\n");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean last = i == lines.length - 1;
            if (last && line.isEmpty()) {
                break;
            }
            String escaped = textBlockLine(line);
            out.append(escaped.isEmpty() ? "" : "    " + escaped).append(last ? "\\\n" : "\n");
        }
        return out.append("    ").toString();
    }

    private static String textBlockLine(String line) {
        StringBuilder out = new StringBuilder();
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean trailing = i >= end;
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append(line.startsWith("\"\"", i + 1) ? "\\\"" : "\"");
                case ' ' -> out.append(trailing ? "\\s" : " ");
                case '\t' -> out.append(trailing ? "\\t" : "\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\%03o", (int) c));
                    } else if (c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A Java literal for an expectation value: a string, {@code 12L}, {@code 3.5}, {@code true} or {@code null}. */
    public static String valueLiteral(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return stringLiteral(s);
        }
        if (value instanceof Long l) {
            return l + "L";
        }
        if (value instanceof Double d) {
            return doubleLiteral(d);
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        throw new IllegalArgumentException("no Java literal for " + value.getClass().getName());
    }

    /** A double literal that reads back exactly: {@code 0.01}, {@code 1.0E-9}. */
    public static String doubleLiteral(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("no literal for " + value);
        }
        return Double.toString(value);
    }

    /**
     * Text for a Javadoc comment: unicode escapes made inert, HTML special characters escaped, {@code * /} broken,
     * on one line.
     */
    public static String javadoc(String text) {
        return inertUnicodeEscapes(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;").replaceAll("\\s+", " ").strip();
    }

    /**
     * Text for a {@code //} comment: on one line (any line break, which would end the comment, is a space) and with
     * its unicode escapes made inert, so that no {@code \}{@code u000a} in a notebook starts a live Java line.
     */
    public static String lineComment(String text) {
        return inertUnicodeEscapes(text).replaceAll("[\r\n\u2028\u2029\u0085]+", " ");
    }

    /**
     * javac decodes {@code \}{@code uXXXX} everywhere in a source file, before comments and strings are seen; this
     * makes every escape it would decode plain text by doubling its backslash (a backslash preceded by an odd number
     * of backslashes begins no escape), and so does a backslash and {@code u} that are no valid escape (a Windows
     * path {@code D:\}{@code users}), which javac refuses. For text copied into comments.
     */
    public static String inertUnicodeEscapes(String text) {
        return doubleEscapeBackslashes(text, at -> true);
    }

    /**
     * A whole generated Java source made safe from unicode escapes nobody meant: every escape javac would decode
     * into a printable ASCII character or a line break, and every {@code \}{@code u} that is no valid escape, is
     * made inert. The escapes {@link #stringLiteral} writes (control characters other than line breaks, non-ASCII)
     * are kept. A last check on text that may hold a notebook's words in places no escaper saw.
     */
    public static String safeUnicodeEscapes(String java) {
        return doubleEscapeBackslashes(java, at -> !keptEscape(java, at));
    }

    /**
     * {@code text} with the backslash of every unicode escape javac would decode (an odd run of backslashes before a
     * {@code u}) doubled where {@code inert} says so for the index of that {@code u}, so javac reads plain text.
     */
    private static String doubleEscapeBackslashes(String text, IntPredicate inert) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int run = 0;
            while (i + run < text.length() && text.charAt(i + run) == '\\') {
                run++;
            }
            out.append("\\".repeat(run));
            int at = i + run;
            if (run % 2 == 1 && at < text.length() && text.charAt(at) == 'u' && inert.test(at)) {
                out.append('\\');
            }
            i = at;
        }
        return out.toString();
    }

    /** Whether the {@code u...} at {@code at} is an escape {@link #stringLiteral} writes. */
    private static boolean keptEscape(String java, int at) {
        int j = at;
        while (j < java.length() && java.charAt(j) == 'u') {
            j++;
        }
        if (j + 4 > java.length()) {
            return false;
        }
        String hex = java.substring(j, j + 4);
        if (!hex.matches("[0-9a-fA-F]{4}")) {
            return false;
        }
        int value = Integer.parseInt(hex, 16);
        return value != '\n' && value != '\r' && (value < 0x20 || value > 0x7e);
    }

    /**
     * A section body laid out in a method: tabs become four spaces, the common indentation is removed, every
     * non-blank line gets {@code indent}, trailing spaces go, runs of blank lines shrink to one and blank lines at the
     * start and end are dropped.
     */
    public static String indentBody(String body, String indent) {
        List<String> lines = new ArrayList<>();
        for (String line : body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            lines.add(expandTabs(line).stripTrailing());
        }
        int common = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isEmpty()) {
                common = Math.min(common, line.length() - line.stripLeading().length());
            }
        }
        if (common == Integer.MAX_VALUE) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        boolean previousBlank = true;
        for (String line : lines) {
            if (line.isEmpty()) {
                if (!previousBlank) {
                    out.append('\n');
                }
                previousBlank = true;
                continue;
            }
            out.append(indent).append(line.substring(common)).append('\n');
            previousBlank = false;
        }
        String text = out.toString();
        while (text.endsWith("\n\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                out.append(" ".repeat(4 - out.length() % 4));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
