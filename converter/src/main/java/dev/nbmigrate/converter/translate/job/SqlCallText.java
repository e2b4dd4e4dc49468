package dev.nbmigrate.converter.translate.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.stmt.Statement;

import dev.nbmigrate.converter.translate.TranslationContext;

/**
 * The SQL of a {@code spark.sql(...)} call a Python cell built by formatting (an f-string, {@code .format()},
 * {@code %}, {@code +}), as one SQL text rather than a Java concatenation: a value that is a whole SQL string
 * literal of a query ({@code WHERE day = '{day}'}) becomes a named parameter Spark binds
 * ({@code spark.sql("... WHERE day = :day", Map.of("day", day))}); anything else (a table name, a number, a value
 * of a statement that is not a query) is filled in with {@code formatted(...)}, as the concatenation did. A text
 * of several lines is a text block.
 */
final class SqlCallText {

    /** Statements whose values Spark binds as named parameters: queries. */
    private static final Pattern QUERY = Pattern.compile("(?is)\\s*(\\(\\s*)*(SELECT|WITH)\\b.*");
    /** Text before a value that is not a place for a parameter: a partition spec, a location, options. */
    private static final Pattern NOT_A_VALUE = Pattern.compile(
            "(?is).*\\b(PARTITION\\s*\\([^)]*|LOCATION\\s*|COMMENT\\s*|OPTIONS\\s*\\([^)]*|TBLPROPERTIES\\s*\\([^)]*)'$");

    /** A name Spark's parser reads as a parameter marker's ({@code :day}). */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final TranslationContext context;

    SqlCallText(TranslationContext context) {
        this.context = context;
    }

    /** {@code statement} with each {@code spark.sql(...)} of a concatenation or of a text of several lines rewritten. */
    Statement rewrite(Statement statement) {
        for (MethodCallExpr call : statement.findAll(MethodCallExpr.class, SqlCallText::isSparkSql)) {
            rewrite(call);
        }
        return statement;
    }

    private static boolean isSparkSql(MethodCallExpr call) {
        return call.getNameAsString().equals("sql") && call.getArguments().size() == 1
                && call.getScope().filter(s -> s instanceof NameExpr n && n.getNameAsString().equals("spark"))
                        .isPresent();
    }

    private void rewrite(MethodCallExpr call) {
        Expression argument = call.getArgument(0);
        if (argument instanceof StringLiteralExpr literal && !(argument instanceof TextBlockLiteralExpr)) {
            String text = literal.asString();
            if (text.strip().contains("\n")) {
                call.setArgument(0, SqlCells.textBlock(lines(text)));
            }
            return;
        }
        List<Expression> pieces = concatenation(argument);
        if (pieces.isEmpty()) {
            return;
        }
        StringBuilder template = new StringBuilder();
        List<Expression> values = new ArrayList<>();
        Map<String, Expression> named = new LinkedHashMap<>();
        boolean query = QUERY.matcher(wholeText(pieces)).matches();
        for (int i = 0; i < pieces.size(); i++) {
            Expression piece = pieces.get(i);
            if (piece instanceof StringLiteralExpr literal) {
                template.append(literal.asString().replace("%", "%%"));
                continue;
            }
            boolean quoted = template.length() > 0 && template.charAt(template.length() - 1) == '\''
                    && i + 1 < pieces.size() && pieces.get(i + 1) instanceof StringLiteralExpr next
                    && next.asString().startsWith("'");
            String name = parameterName(piece, named);
            if (query && quoted && name != null && !NOT_A_VALUE.matcher(template).matches()) {
                named.put(name, piece);
                template.setLength(template.length() - 1);
                template.append(':').append(name);
                StringLiteralExpr next = (StringLiteralExpr) pieces.get(i + 1);
                pieces.set(i + 1, new StringLiteralExpr().setString(next.asString().substring(1)));
            } else {
                template.append("%s");
                values.add(piece);
            }
        }
        String text = template.toString();
        Expression sql = values.isEmpty() ? literal(text.replace("%%", "%"))
                : new MethodCallExpr(literal(text), "formatted", new NodeList<>(values));
        call.setArgument(0, sql);
        if (!named.isEmpty()) {
            call.addArgument(SqlCells.namedArguments(context, named));
        }
    }

    /**
     * The operands of a string concatenation, in order, when {@code expression} is one with a literal and a value;
     * empty otherwise. It is a concatenation of strings from its first operand when at most one value comes before
     * its first literal ({@code a + b + "x"} adds {@code a} and {@code b} as numbers first).
     */
    private static List<Expression> concatenation(Expression expression) {
        List<Expression> pieces = new ArrayList<>();
        Expression left = expression;
        while (left instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            pieces.add(0, binary.getRight());
            left = binary.getLeft();
        }
        pieces.add(0, left);
        int firstLiteral = -1;
        boolean value = false;
        for (int i = 0; i < pieces.size(); i++) {
            boolean literal = pieces.get(i) instanceof StringLiteralExpr;
            if (literal && firstLiteral < 0) {
                firstLiteral = i;
            }
            value |= !literal;
        }
        if (pieces.size() < 2 || firstLiteral < 0 || firstLiteral > 1 || !value) {
            return List.of();
        }
        return pieces;
    }

    private static String wholeText(List<Expression> pieces) {
        StringBuilder text = new StringBuilder();
        pieces.forEach(p -> text.append(p instanceof StringLiteralExpr s ? s.asString() : "x"));
        return text.toString();
    }

    /**
     * The name of the parameter for {@code value}: a variable's name, a config accessor's or a field's; null for
     * another expression or a name already taken by another value.
     */
    private static String parameterName(Expression value, Map<String, Expression> named) {
        String name = null;
        if (value instanceof NameExpr variable) {
            name = variable.getNameAsString();
        } else if (value instanceof MethodCallExpr accessor && accessor.getArguments().isEmpty()
                && accessor.getScope().isPresent()) {
            name = accessor.getNameAsString();
        } else if (value instanceof FieldAccessExpr field) {
            name = field.getNameAsString();
        }
        if (name == null || (named.containsKey(name) && !named.get(name).equals(value))) {
            return null;
        }
        return IDENTIFIER.matcher(name).matches() ? name : null;
    }

    private static Expression literal(String text) {
        return text.strip().contains("\n") ? SqlCells.textBlock(lines(text)) : new StringLiteralExpr().setString(text);
    }

    /** The lines of a SQL text without the blank lines around it, indented as they were relative to each other. */
    private static String lines(String text) {
        return text.replaceFirst("^(\\s*\n)+", "").stripTrailing().stripIndent();
    }
}
