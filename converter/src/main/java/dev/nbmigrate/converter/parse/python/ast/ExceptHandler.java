package dev.nbmigrate.converter.parse.python.ast;

import dev.nbmigrate.converter.parse.Span;
import java.util.List;

/** {@code except type as name: body}; {@code type} and {@code name} are null when absent. */
public record ExceptHandler(PyExpr type, String name, List<PyStmt> body, Span span) implements PyNode {

    public ExceptHandler {
        body = Children.copy(body);
    }

    @Override
    public List<PyNode> children() {
        return Children.of(type, body);
    }

    @Override
    public <R> R accept(PyVisitor<R> visitor) {
        return visitor.visitExceptHandler(this);
    }
}
