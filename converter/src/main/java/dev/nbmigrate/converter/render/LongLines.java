package dev.nbmigrate.converter.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the lines of a generated Java file that are longer than {@link #WIDTH} characters, the last step before
 * a Java file is written: a code line is broken after a comma, before a chained call or an operator, or inside a
 * string literal ({@code "..." +} on one line, {@code "..."} on the next, after a blank, {@code /}, {@code _},
 * {@code .} or {@code -}), the shallowest nesting first, and the rest indented by eight more spaces; a comment or
 * Javadoc line is filled word by word; a text block line is broken with a {@code \} line continuation, so the text
 * block's value does not change. A line that has no such place (one very long word) is left as it is. Pure, so the
 * same text always gives the same bytes.
 */
public final class LongLines {

    /** No generated Java line is longer than this. */
    public static final int WIDTH = 120;
    private static final String CONTINUATION = "        ";
    /** A break leaves at least this much code after the indentation of the line broken. */
    private static final int MIN_HEAD = 24;
    /** A string literal may be split after one of these (a file name or a URL has no blank). */
    private static final String STRING_BREAKS = " /_.-";

    private LongLines() {
    }

    /** {@code java} with its long lines broken; short lines and the line ending are unchanged. */
    public static String wrap(String java) {
        return wrap(java, WIDTH);
    }

    /**
     * {@code java} with its lines longer than {@code width} broken, as {@link #wrap(String)}; a width under
     * {@link #WIDTH} leaves room for a formatter that indents the pieces of a broken line deeper.
     */
    public static String wrap(String java, int width) {
        String[] lines = java.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        State state = State.CODE;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            switch (state) {
                case TEXT_BLOCK -> {
                    int close = closingDelimiter(line);
                    if (close < 0 && line.length() > width) {
                        textBlockLine(line, textBlockIndent(lines, i), width, out);
                    } else if (line.length() > width) {
                        afterTextBlock(line, close + 3, width, out);
                    } else {
                        out.add(line);
                    }
                    state = close < 0 ? State.TEXT_BLOCK : scan(line.substring(close + 3), State.CODE, null);
                }
                case COMMENT -> {
                    if (line.length() > width && line.stripLeading().startsWith("*")
                            && !line.stripLeading().startsWith("*/")) {
                        String indent = line.substring(0, line.indexOf('*'));
                        fill(line, indent + "* ", width, out);
                    } else {
                        out.add(line);
                    }
                    state = line.contains("*/") ? State.CODE : State.COMMENT;
                }
                default -> {
                    if (line.length() > width && line.stripLeading().startsWith("//")) {
                        String indent = line.substring(0, line.indexOf('/'));
                        fill(line, indent + "// ", width, out);
                    } else if (line.length() > width) {
                        String indent = line.substring(0, line.length() - line.stripLeading().length());
                        code(line, indent + CONTINUATION, width, out);
                    } else {
                        out.add(line);
                    }
                    state = scan(line, State.CODE, null);
                }
            }
        }
        return String.join("\n", out);
    }

    private enum State { CODE, COMMENT, TEXT_BLOCK }

    /** A place a code line may be broken: the line goes on at {@code at}; {@code inString} splits a literal. */
    private record Break(int at, int depth, boolean inString) {
    }

    /**
     * Scans a code line from {@code state}, adding the places it may be broken to {@code breaks} (when not null),
     * and returns the state at its end.
     */
    private static State scan(String line, State state, List<Break> breaks) {
        int depth = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (state == State.COMMENT) {
                int end = line.indexOf("*/", i);
                if (end < 0) {
                    return State.COMMENT;
                }
                state = State.CODE;
                i = end + 2;
                continue;
            }
            if (line.startsWith("\"\"\"", i)) {
                int close = closingDelimiter(line.substring(i + 3));
                if (close < 0) {
                    return State.TEXT_BLOCK;
                }
                i += 3 + close + 3;
                continue;
            }
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < line.length() && line.charAt(end) != c) {
                    if (c == '"' && STRING_BREAKS.indexOf(line.charAt(end)) >= 0 && breaks != null
                            && end + 1 < line.length()
                            && line.charAt(end + 1) != c) {
                        // after a blank or a slash first, then inside a word
                        int rank = line.charAt(end) == ' ' || line.charAt(end) == '/' ? 1 : 2;
                        breaks.add(new Break(end + 1, depth + rank, true));
                    }
                    end += line.charAt(end) == '\\' ? 2 : 1;
                }
                i = end + 1;
                continue;
            }
            if (line.startsWith("//", i)) {
                return State.CODE;
            }
            if (line.startsWith("/*", i)) {
                state = State.COMMENT;
                i += 2;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
                if (breaks != null && i + 1 < line.length() && ")]}".indexOf(line.charAt(i + 1)) < 0) {
                    breaks.add(new Break(i + 1, depth, false));
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (breaks != null && c == ',' && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
                breaks.add(new Break(i + 2, depth, false));
            } else if (breaks != null && c == '.' && i > 0 && line.charAt(i - 1) == ')') {
                breaks.add(new Break(i, depth, false));
            } else if (breaks != null && c == ' ' && operatorFollows(line, i)) {
                breaks.add(new Break(i + 1, depth, false));
            }
            i++;
        }
        return state;
    }

    private static boolean operatorFollows(String line, int space) {
        for (String operator : List.of("+ ", "- ", "&& ", "|| ", "? ", ": ", "-> ")) {
            if (line.startsWith(operator, space + 1)) {
                return !operator.equals("-> ");
            }
        }
        return false;
    }

    /** Breaks a code line until every piece fits, or no place to break is left. */
    private static void code(String line, String continuation, int width, List<String> out) {
        String rest = line;
        while (rest.length() > width) {
            List<Break> breaks = new ArrayList<>();
            scan(rest, State.CODE, breaks);
            int indent = rest.length() - rest.stripLeading().length();
            Break best = null;
            for (Break candidate : breaks) {
                int headLength = candidate.at() + (candidate.inString() ? 3 : 0);
                if (headLength > width || candidate.at() < indent + MIN_HEAD) {
                    continue;
                }
                if (best == null || candidate.depth() < best.depth()
                        || candidate.depth() == best.depth() && candidate.at() > best.at()) {
                    best = candidate;
                }
            }
            if (best == null) {
                break;
            }
            String head = rest.substring(0, best.at());
            String tail = rest.substring(best.at());
            if (best.inString()) {
                out.add(head + "\" +");
                rest = continuation + "\"" + tail;
            } else {
                out.add(head.stripTrailing());
                rest = continuation + tail.stripLeading();
            }
        }
        out.add(rest);
    }

    /**
     * Breaks the code after the closing delimiter of a text block ({@code """.formatted(a, b), Map.of(...));}):
     * the delimiter stays where it is, the code is broken as any code line.
     */
    private static void afterTextBlock(String line, int codeStart, int width, List<String> out) {
        String head = line.substring(0, codeStart);
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        List<String> pieces = new ArrayList<>();
        code(" ".repeat(codeStart) + line.substring(codeStart), indent + CONTINUATION, width, pieces);
        pieces.set(0, head + pieces.get(0).substring(codeStart));
        out.addAll(pieces);
    }

    /** Fills a comment line word by word, each new line starting with {@code prefix}. */
    private static void fill(String line, String prefix, int width, List<String> out) {
        String rest = line;
        while (rest.length() > width) {
            int space = rest.lastIndexOf(' ', width);
            if (space <= prefix.length()) {
                break;
            }
            out.add(rest.substring(0, space).stripTrailing());
            rest = prefix + rest.substring(space + 1).stripLeading();
        }
        out.add(rest);
    }

    /**
     * Breaks a text block line with {@code \} line continuations at spaces; the next piece starts at the block's
     * indentation ({@code indent}), which the compiler strips, so the value is the same.
     */
    private static void textBlockLine(String line, String indent, int width, List<String> out) {
        String rest = line;
        while (rest.length() > width) {
            int space = rest.lastIndexOf(' ', width - 2);
            if (space <= indent.length() || rest.substring(0, space).isBlank()) {
                break;
            }
            out.add(rest.substring(0, space + 1) + "\\");
            rest = indent + rest.substring(space + 1);
        }
        out.add(rest);
    }

    /** The indentation javac strips from the text block whose content line {@code at} is one of. */
    private static String textBlockIndent(String[] lines, int at) {
        int start = at;
        while (start > 0 && closingDelimiter(lines[start - 1]) < 0 && !opens(lines[start - 1])) {
            start--;
        }
        int min = Integer.MAX_VALUE;
        for (int i = start; i < lines.length; i++) {
            String line = lines[i];
            int close = closingDelimiter(line);
            if (!line.isBlank() || close >= 0) {
                min = Math.min(min, line.length() - line.stripLeading().length());
            }
            if (close >= 0) {
                break;
            }
        }
        return " ".repeat(min == Integer.MAX_VALUE ? 0 : min);
    }

    private static boolean opens(String line) {
        return scan(line, State.CODE, null) == State.TEXT_BLOCK;
    }

    /** Where the first {@code """} not escaped by a backslash starts, or -1. */
    private static int closingDelimiter(String line) {
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) == '\\') {
                i += 2;
            } else if (line.startsWith("\"\"\"", i)) {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }
}
