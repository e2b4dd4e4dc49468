package dev.nbmigrate.converter.parse.python.ast;

import dev.nbmigrate.converter.parse.Span;
import java.util.List;
import java.util.Objects;

/** One {@code for target in iter if c1 if c2} clause of a comprehension; {@code isAsync} for {@code async for}. */
public record Comprehension(PyExpr target, PyExpr iter, List<PyExpr> ifs, boolean isAsync, Span span) implements PyNode {

    public Comprehension {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(iter, "iter");
        ifs = Children.copy(ifs);
    }

    @Override
    public List<PyNode> children() {
        return Children.of(target, iter, ifs);
    }

    @Override
    public <R> R accept(PyVisitor<R> visitor) {
        return visitor.visitComprehension(this);
    }
}
