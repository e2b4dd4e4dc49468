package dev.nbmigrate.converter.translate;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import dev.nbmigrate.converter.parse.python.ast.ExprContext;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;

/**
 * A pandas copy made only to be displayed: a statement {@code df.toPandas()} (a notebook shows the frame) or
 * {@code df.toPandas().head(n)} (its first {@code n} rows, 5 when not given) shows the rows and makes nothing else,
 * so the job shows the DataFrame as {@code df.show(...)} would ({@code df.show(n)} for {@code head(n)}): an inspection
 * that runs locally and in tests and costs nothing in a production run. The layout is Spark's, not pandas'.
 */
final class PandasDisplay {

    private static final int PANDAS_HEAD = 5;

    private PandasDisplay() {
    }

    /** The receiver of the pandas copy ({@code df}) and the {@code show} call that stands for the statement. */
    record Shown(PyExpr frame, PyExpr show) {
    }

    /** The {@code show} call a displayed pandas copy becomes, when {@code value} is one. */
    static Optional<Shown> of(PyExpr value) {
        if (!(value instanceof PyExpr.Call call) || !(call.func() instanceof PyExpr.Attribute method)) {
            return Optional.empty();
        }
        if (method.attr().equals("toPandas") && call.args().isEmpty() && call.keywords().isEmpty()) {
            return Optional.of(new Shown(method.value(), show(method.value(), List.of(), call)));
        }
        if (method.attr().equals("head") && call.keywords().isEmpty() && call.args().size() <= 1
                && method.value() instanceof PyExpr.Call copy && copy.func() instanceof PyExpr.Attribute toPandas
                && toPandas.attr().equals("toPandas") && copy.args().isEmpty() && copy.keywords().isEmpty()) {
            PyExpr rows = call.args().isEmpty()
                    ? new PyExpr.IntLit(BigInteger.valueOf(PANDAS_HEAD), call.span()) : call.args().get(0);
            if (!(rows instanceof PyExpr.IntLit)) {
                return Optional.empty();
            }
            return Optional.of(new Shown(toPandas.value(), show(toPandas.value(), List.of(rows), call)));
        }
        return Optional.empty();
    }

    private static PyExpr show(PyExpr frame, List<PyExpr> args, PyExpr.Call at) {
        return new PyExpr.Call(new PyExpr.Attribute(frame, "show", ExprContext.LOAD, at.span()), args, List.of(),
                at.span());
    }
}
