package dev.nbmigrate.converter.parse.sql;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.apache.spark.sql.catalyst.parser.SqlBaseLexer;
import org.apache.spark.sql.catalyst.parser.UpperCaseCharStream;

/**
 * Splits a cell's SQL text into statements at the {@code SEMICOLON} tokens of Spark's own SQL lexer, so a
 * {@code ;} is a separator exactly where Spark would read one: not inside any string Spark knows (quoted, escaped,
 * raw {@code R'C:\'}), back-quoted identifier or comment (line, bracketed, nested). Pieces without a token outside
 * blanks and comments are dropped; a statement's text runs from its first such token to its separator (or the end
 * of the cell), trailing blanks removed.
 */
final class SqlSplitter {

    /** One statement's text (trimmed) and the char offset where it starts in the cell. */
    record Piece(String text, int start) {
    }

    private SqlSplitter() {
    }

    static List<Piece> split(String sql) {
        SqlBaseLexer lexer = new SqlBaseLexer(new UpperCaseCharStream(CharStreams.fromString(sql)));
        lexer.removeErrorListeners();
        boolean onlyBmp = sql.length() == sql.codePointCount(0, sql.length());
        List<Piece> pieces = new ArrayList<>();
        int start = -1;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (token.getType() == SqlBaseLexer.SEMICOLON) {
                add(pieces, sql, start, chars(sql, onlyBmp, token.getStartIndex()));
                start = -1;
            } else if (start < 0 && token.getChannel() == Token.DEFAULT_CHANNEL) {
                start = chars(sql, onlyBmp, token.getStartIndex());
            }
        }
        add(pieces, sql, start, sql.length());
        return pieces;
    }

    private static void add(List<Piece> pieces, String sql, int start, int end) {
        if (start < 0) {
            return;
        }
        int to = end;
        while (to > start && Character.isWhitespace(sql.charAt(to - 1))) {
            to--;
        }
        pieces.add(new Piece(sql.substring(start, to), start));
    }

    /** The lexer counts code points; Java strings count chars. */
    private static int chars(String sql, boolean onlyBmp, int codePoints) {
        return onlyBmp ? codePoints : sql.offsetByCodePoints(0, codePoints);
    }
}
