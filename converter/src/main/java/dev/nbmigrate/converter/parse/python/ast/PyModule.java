package dev.nbmigrate.converter.parse.python.ast;

import dev.nbmigrate.converter.parse.Span;
import java.util.List;

/** One cell's code: its statements in order (empty for an empty or comment-only cell). */
public record PyModule(List<PyStmt> body, Span span) implements PyNode {

    public PyModule {
        body = Children.copy(body);
    }

    @Override
    public List<PyNode> children() {
        return Children.of(body);
    }

    @Override
    public <R> R accept(PyVisitor<R> visitor) {
        return visitor.visitModule(this);
    }
}
