package dev.nbmigrate.converter.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A line-level lexer for notebook Python: tells, for each physical line of a cell, whether it starts a statement
 * (not inside a string, brackets or a backslash continuation), whether it is an IPython escape ({@code %magic},
 * {@code !cmd}, {@code x = !cmd}, {@code obj?}), and gives the line with string contents and comments blanked out
 * so that patterns can be matched against code only.
 *
 * <p>It is not a parser: it is what the reader needs to spot Python 2 syntax and what the classifier needs to find
 * IPython escapes exactly where IPython would, never inside a string. Escaped lines are not lexed as Python (a
 * shell command may hold an odd quote); a trailing backslash continues them, as in IPython.
 */
public final class PythonLines {

    /** What IPython does with a statement line before Python sees it. */
    public enum Escape {
        /** Plain Python. */
        NONE,
        /** {@code %%name}: a cell magic (only valid on a cell's first line). */
        CELL_MAGIC,
        /** {@code %name args}: a line magic. */
        LINE_MAGIC,
        /** {@code target = %name args}: a line magic whose result is assigned. */
        MAGIC_ASSIGNMENT,
        /** {@code !command} or {@code !!command}: a shell command. */
        SHELL,
        /** {@code target = !command}: a shell command whose output lines are assigned. */
        SHELL_ASSIGNMENT,
        /** {@code name?}, {@code name??}, {@code ?name}: IPython help. */
        HELP
    }

    /**
     * One physical line.
     *
     * @param number         1-based line number in the cell
     * @param text           the line as written
     * @param code           the line with string contents and comments replaced by spaces (quotes kept); all
     *                       spaces for escaped lines
     * @param statementStart true when the line begins a statement (not inside a string, brackets or a backslash
     *                       continuation)
     * @param escape         the IPython escape this line belongs to; continuation lines of an escape carry it too
     *                       with {@code statementStart} false
     */
    public record Line(int number, String text, String code, boolean statementStart, Escape escape) {

        public Line {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(escape, "escape");
        }

        /** The leading whitespace of the line. */
        public String indentation() {
            int end = 0;
            while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                end++;
            }
            return text.substring(0, end);
        }
    }

    private static final Pattern SHELL_ASSIGNMENT = Pattern.compile("^[A-Za-z_][\\w.]*\\s*=\\s*!.*");
    private static final Pattern MAGIC_ASSIGNMENT = Pattern.compile("^[A-Za-z_][\\w.]*\\s*=\\s*%[A-Za-z_].*");
    private static final Pattern HELP = Pattern.compile(
            "^\\?{0,2}[A-Za-z_][\\w.]*\\?{1,2}$|^\\?{1,2}[A-Za-z_][\\w.]*$");

    private PythonLines() {
    }

    /** Lexes a cell's source (line ends normalised to {@code \n}). */
    public static List<Line> scan(String source) {
        return new Scanner().scan(SourceText.lines(source));
    }

    /** The escape a statement line starts with, judged on the line without its indentation. */
    static Escape escapeOf(String statement) {
        if (statement.startsWith("%%")) {
            return Escape.CELL_MAGIC;
        }
        if (statement.startsWith("%")) {
            return Escape.LINE_MAGIC;
        }
        if (statement.startsWith("!")) {
            return Escape.SHELL;
        }
        if (SHELL_ASSIGNMENT.matcher(statement).matches()) {
            return Escape.SHELL_ASSIGNMENT;
        }
        if (MAGIC_ASSIGNMENT.matcher(statement).matches()) {
            return Escape.MAGIC_ASSIGNMENT;
        }
        if (HELP.matcher(statement.strip()).matches()) {
            return Escape.HELP;
        }
        return Escape.NONE;
    }

    /** The lexer's state across lines. */
    private static final class Scanner {
        private String openQuote;
        private int depth;
        private boolean continued;
        private Escape continuedEscape = Escape.NONE;

        List<Line> scan(List<String> lines) {
            List<Line> result = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                result.add(scanLine(i + 1, lines.get(i)));
            }
            return result;
        }

        private Line scanLine(int number, String text) {
            if (continuedEscape != Escape.NONE) {
                Escape escape = continuedEscape;
                continuedEscape = endsWithBackslash(text) ? escape : Escape.NONE;
                return new Line(number, text, " ".repeat(text.length()), false, escape);
            }
            boolean statementStart = openQuote == null && depth == 0 && !continued;
            if (statementStart) {
                Escape escape = escapeOf(text.stripLeading());
                if (escape != Escape.NONE) {
                    continuedEscape = endsWithBackslash(text) ? escape : Escape.NONE;
                    return new Line(number, text, " ".repeat(text.length()), true, escape);
                }
            }
            return new Line(number, text, lexPython(text), statementStart, Escape.NONE);
        }

        private static boolean endsWithBackslash(String text) {
            return text.endsWith("\\");
        }

        /** Blanks string contents and comments; tracks open strings, brackets and continuations. */
        private String lexPython(String text) {
            StringBuilder code = new StringBuilder(text.length());
            continued = false;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (openQuote != null) {
                    if (c == '\\') {
                        code.append(' ');
                        if (i + 1 < text.length()) {
                            code.append(' ');
                        } else if (openQuote.length() == 1) {
                            continued = true;
                        }
                        i += 2;
                        continue;
                    }
                    if (text.startsWith(openQuote, i)) {
                        code.append(openQuote);
                        i += openQuote.length();
                        openQuote = null;
                        continue;
                    }
                    code.append(' ');
                    i++;
                    continue;
                }
                if (c == '#') {
                    code.append(" ".repeat(text.length() - i));
                    break;
                }
                if (c == '"' || c == '\'') {
                    String triple = String.valueOf(c).repeat(3);
                    openQuote = text.startsWith(triple, i) ? triple : String.valueOf(c);
                    code.append(openQuote);
                    i += openQuote.length();
                    continue;
                }
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth = Math.max(0, depth - 1);
                } else if (c == '\\' && i == text.length() - 1) {
                    continued = true;
                }
                code.append(c);
                i++;
            }
            if (openQuote != null && openQuote.length() == 1 && !continued) {
                openQuote = null;
            }
            return code.toString();
        }
    }
}
