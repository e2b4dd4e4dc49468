package dev.nbmigrate.converter.parse.python.ast;

import dev.nbmigrate.converter.parse.Span;
import java.util.List;
import java.util.Objects;

/** One {@code context as vars} of a {@code with}; {@code vars} is null without {@code as}. */
public record WithItem(PyExpr context, PyExpr vars, Span span) implements PyNode {

    public WithItem {
        Objects.requireNonNull(context, "context");
    }

    @Override
    public List<PyNode> children() {
        return Children.of(context, vars);
    }

    @Override
    public <R> R accept(PyVisitor<R> visitor) {
        return visitor.visitWithItem(this);
    }
}
