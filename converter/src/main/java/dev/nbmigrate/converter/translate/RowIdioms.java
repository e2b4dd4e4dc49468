package dev.nbmigrate.converter.translate;

import java.util.Optional;
import java.util.Set;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.PrimitiveType;

import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.UnknownType;

/**
 * Rows on the driver, typed as PySpark has them: {@code df.head(n)} is a {@code List<Row>} ({@code takeAsList(n)}),
 * {@code df.head()} a {@code Row}; {@code row[0]} is {@code row.get(0)}, {@code row['name']} and {@code row.name}
 * are {@code row.getAs("name")} (rule row-access). A field's value has no type known before the job runs.
 */
final class RowIdioms {

    /** Members of Row that are methods, not fields, in PySpark. */
    private static final Set<String> ROW_METHODS = Set.of("asDict", "count", "index", "fields");

    private RowIdioms() {
    }

    /** {@code df.head(n)}, {@code df.head()} and {@code row.asDict()}. */
    static Optional<TExpr> call(PyExpr.Call call, ExprTranslator expressions) {
        return head(call, expressions).or(() -> asDict(call, expressions));
    }

    /**
     * {@code row.asDict()}: the fields by name in schema order, {@code Rows.asDict(row)} (nested rows stay rows;
     * {@code recursive=True} is not translated).
     */
    private static Optional<TExpr> asDict(PyExpr.Call call, ExprTranslator expressions) {
        if (!(call.func() instanceof PyExpr.Attribute method) || !method.attr().equals("asDict")
                || !call.args().isEmpty() || !call.keywords().isEmpty()) {
            return Optional.empty();
        }
        TExpr row = expressions.translate(method.value());
        if (PyTypes.strip(row.type()) != SparkObject.ROW) {
            return Optional.empty();
        }
        String rows = expressions.context().imports().use("dev.nbmigrate.runtime.interop.Rows");
        return Optional.of(TExpr.of(new MethodCallExpr(new NameExpr(rows), "asDict", new NodeList<>(row.java())),
                new DictType(ScalarType.STR, UnknownType.UNKNOWN)));
    }

    /** {@code df.head(n)} / {@code df.head()}: the rule head-n. */
    private static Optional<TExpr> head(PyExpr.Call call, ExprTranslator expressions) {
        if (!(call.func() instanceof PyExpr.Attribute method) || !method.attr().equals("head")
                || !call.keywords().stream().allMatch(k -> "n".equals(k.name())) || call.args().size() > 1) {
            return Optional.empty();
        }
        TExpr receiver = expressions.translate(method.value());
        if (PyTypes.strip(receiver.type()) != SparkObject.DATAFRAME) {
            return Optional.empty();
        }
        PyExpr n = !call.args().isEmpty() ? call.args().get(0)
                : call.keywords().isEmpty() ? null : call.keywords().get(0).value();
        if (n == null || n instanceof PyExpr.NoneLit) {
            return Optional.of(TExpr.of(new MethodCallExpr(ExprTranslator.enclosed(receiver.java()), "head"),
                    SparkObject.ROW));
        }
        TExpr count = expressions.translate(n);
        return Optional.of(TExpr.of(new MethodCallExpr(ExprTranslator.enclosed(receiver.java()), "takeAsList",
                new NodeList<>(asInt(count.java()))), new ListType(SparkObject.ROW)));
    }

    /** {@code row[key]}: by position for an int, by field name for a str. */
    static Optional<TExpr> subscript(TExpr row, TExpr key) {
        if (PyTypes.strip(row.type()) != SparkObject.ROW) {
            return Optional.empty();
        }
        if (PyTypes.strip(key.type()) == ScalarType.INT) {
            return Optional.of(TExpr.of(new MethodCallExpr(ExprTranslator.enclosed(row.java()), "get",
                    new NodeList<>(asInt(key.java()))), UnknownType.UNKNOWN));
        }
        if (PyTypes.strip(key.type()) == ScalarType.STR) {
            return Optional.of(field(row, key.java()));
        }
        return Optional.empty();
    }

    /** {@code row.name}, a field of the row (not one of Row's methods). */
    static Optional<TExpr> attribute(TExpr row, String name) {
        if (PyTypes.strip(row.type()) != SparkObject.ROW || ROW_METHODS.contains(name) || name.startsWith("_")) {
            return Optional.empty();
        }
        return Optional.of(field(row, new StringLiteralExpr().setString(name)));
    }

    private static TExpr field(TExpr row, Expression name) {
        return TExpr.of(new MethodCallExpr(ExprTranslator.enclosed(row.java()), "getAs", new NodeList<>(name)),
                UnknownType.UNKNOWN);
    }

    private static Expression asInt(Expression index) {
        return index instanceof IntegerLiteralExpr ? index : new CastExpr(PrimitiveType.intType(),
                ExprTranslator.enclosed(index));
    }
}
