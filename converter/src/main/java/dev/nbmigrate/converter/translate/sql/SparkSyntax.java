package dev.nbmigrate.converter.translate.sql;

import dev.nbmigrate.converter.parse.sql.SqlSettings;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.apache.spark.sql.catalyst.parser.ParserUtils;
import org.apache.spark.sql.catalyst.parser.SqlBaseLexer;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;
import org.apache.spark.sql.catalyst.parser.UpperCaseCharStream;

/**
 * One statement's syntax tree from Spark's own SQL grammar (the ANTLR parser behind {@code SparkSqlParser}, set up
 * as Spark sets it up), with the source range of every node. The logical plan tells what a statement means; this
 * tree tells where each clause is written, so a rewrite can change only the clauses that must change. Only rule
 * contexts that Spark 3.5 and 4.0 share are used.
 */
final class SparkSyntax {

    private static final BaseErrorListener FAIL = new BaseErrorListener() {
        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                String message, RecognitionException e) {
            throw new ParseCancellationException(line + ":" + column + " " + message);
        }
    };

    private final String text;
    private final ParserRuleContext root;
    private final boolean onlyBmp;

    private SparkSyntax(String text, ParserRuleContext root) {
        this.text = text;
        this.root = root;
        this.onlyBmp = text.length() == text.codePointCount(0, text.length());
    }

    /** The tree of one statement, or empty if Spark's grammar refuses it. */
    static Optional<SparkSyntax> parse(String sql, SqlSettings settings) {
        SqlBaseLexer lexer = new SqlBaseLexer(new UpperCaseCharStream(CharStreams.fromString(sql)));
        lexer.removeErrorListeners();
        lexer.addErrorListener(FAIL);
        SqlBaseParser parser = new SqlBaseParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(FAIL);
        parser.legacy_setops_precedence_enabled = false;
        parser.legacy_exponent_literal_as_decimal_enabled = false;
        parser.SQL_standard_keyword_behavior = settings.ansi() && settings.enforceReservedKeywords();
        parser.double_quoted_identifiers = false;
        try {
            return Optional.of(new SparkSyntax(sql, parser.singleStatement()));
        } catch (ParseCancellationException | RecognitionException e) {
            return Optional.empty();
        }
    }

    String text() {
        return text;
    }

    /** Every node of the given rule type, in source order (pre-order). */
    <T extends ParserRuleContext> List<T> find(Class<T> type) {
        List<T> out = new ArrayList<>();
        Deque<ParseTree> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            ParseTree node = stack.pop();
            if (type.isInstance(node)) {
                out.add(type.cast(node));
            }
            for (int i = node.getChildCount() - 1; i >= 0; i--) {
                stack.push(node.getChild(i));
            }
        }
        return out;
    }

    /** The first node of the given rule type. */
    <T extends ParserRuleContext> Optional<T> first(Class<T> type) {
        return find(type).stream().findFirst();
    }

    /** Char offset where a node starts. */
    int start(ParserRuleContext node) {
        return start(node.getStart());
    }

    /** Char offset just after a node. */
    int end(ParserRuleContext node) {
        return end(node.getStop());
    }

    int start(Token token) {
        return chars(token.getStartIndex());
    }

    int end(Token token) {
        return chars(token.getStopIndex() + 1);
    }

    /** A node's text as written, with its blanks and comments. */
    String source(ParserRuleContext node) {
        return text.substring(start(node), end(node));
    }

    /** The value of a string literal node (quotes removed, escapes applied, as Spark reads it). */
    static String stringValue(ParserRuleContext literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < literal.getChildCount(); i++) {
            ParseTree child = literal.getChild(i);
            if (child instanceof ParserRuleContext rule) {
                out.append(stringValue(rule));
            } else {
                out.append(ParserUtils.unescapeSQLString(child.getText()));
            }
        }
        return out.toString();
    }

    /** ANTLR counts code points; Java strings count chars. */
    private int chars(int codePoints) {
        return onlyBmp ? codePoints : text.offsetByCodePoints(0, codePoints);
    }
}
