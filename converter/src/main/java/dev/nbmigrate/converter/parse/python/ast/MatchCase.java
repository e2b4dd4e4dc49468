package dev.nbmigrate.converter.parse.python.ast;

import dev.nbmigrate.converter.parse.Span;
import java.util.List;
import java.util.Objects;

/** {@code case pattern if guard: body}; {@code guard} is null when absent. */
public record MatchCase(PyPattern pattern, PyExpr guard, List<PyStmt> body, Span span) implements PyNode {

    public MatchCase {
        Objects.requireNonNull(pattern, "pattern");
        body = Children.copy(body);
    }

    @Override
    public List<PyNode> children() {
        return Children.of(pattern, guard, body);
    }

    @Override
    public <R> R accept(PyVisitor<R> visitor) {
        return visitor.visitMatchCase(this);
    }
}
