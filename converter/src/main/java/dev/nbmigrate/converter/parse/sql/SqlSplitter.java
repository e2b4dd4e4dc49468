package dev.nbmigrate.converter.parse.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a cell's SQL text into statements at {@code ;}, except inside quotes ({@code '...'}, {@code "..."},
 * {@code `...`}, with backslash escapes in the first two), line comments ({@code --}) and bracketed comments
 * ({@code /* ... *}{@code /}, nested as Spark allows). Pieces holding only blanks and comments are dropped; a
 * statement's text starts after the blanks and comments before it.
 */
final class SqlSplitter {

    /** One statement's text (trimmed) and the char offset where it starts in the cell. */
    record Piece(String text, int start) {
    }

    private SqlSplitter() {
    }

    static List<Piece> split(String sql) {
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        boolean hasCode = false;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(sql, i, c);
                hasCode = true;
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
                i = skipBracketedComment(sql, i);
            } else if (c == ';') {
                add(pieces, sql, start, i, hasCode);
                start = i + 1;
                hasCode = false;
                i++;
            } else {
                hasCode |= !Character.isWhitespace(c);
                i++;
            }
        }
        add(pieces, sql, start, sql.length(), hasCode);
        return pieces;
    }

    private static void add(List<Piece> pieces, String sql, int start, int end, boolean hasCode) {
        if (!hasCode) {
            return;
        }
        int from = skipBlanksAndComments(sql, start, end);
        int to = end;
        while (to > from && Character.isWhitespace(sql.charAt(to - 1))) {
            to--;
        }
        pieces.add(new Piece(sql.substring(from, to), from));
    }

    /** The first offset in {@code [from, end)} that is neither blank nor inside a comment. */
    private static int skipBlanksAndComments(String sql, int from, int end) {
        int i = from;
        while (i < end) {
            if (Character.isWhitespace(sql.charAt(i))) {
                i++;
            } else if (sql.startsWith("--", i)) {
                while (i < end && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (sql.startsWith("/*", i)) {
                i = Math.min(end, skipBracketedComment(sql, i));
            } else {
                return i;
            }
        }
        return end;
    }

    private static int skipQuoted(String sql, int open, char quote) {
        int i = open + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static int skipBracketedComment(String sql, int open) {
        int depth = 0;
        int i = open;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }
}
