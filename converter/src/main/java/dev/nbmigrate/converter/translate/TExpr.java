package dev.nbmigrate.converter.translate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.github.javaparser.ast.expr.Expression;

import dev.nbmigrate.converter.api.Arg;
import dev.nbmigrate.converter.translate.data.PyValue;
import dev.nbmigrate.converter.types.PyType;

/**
 * A translated Python expression: its Java expression, its type in the lattice, the argument description the
 * call planner needs (literal or not, elements of a list literal), the constant it folds to when known, and for
 * list, tuple and dict literals the translated elements ({@code [k0, v0, k1, v1, ...]} for a dict).
 */
public record TExpr(Expression java, PyType type, Arg arg, Optional<PyValue> constant, List<TExpr> elements) {

    public TExpr {
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(arg, "arg");
        Objects.requireNonNull(constant, "constant");
        elements = List.copyOf(elements);
    }

    /** A value that is not a literal. */
    public static TExpr of(Expression java, PyType type) {
        return new TExpr(java, type, Arg.of(type), Optional.empty(), List.of());
    }

    /** A scalar literal. */
    public static TExpr literal(Expression java, Arg arg, PyValue constant) {
        return new TExpr(java, arg.type(), arg, Optional.of(constant), List.of());
    }

    public boolean isLiteral() {
        return arg.literal();
    }
}
