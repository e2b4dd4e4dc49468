package dev.nbmigrate.converter.parse.python.ast;

import dev.nbmigrate.converter.parse.Span;
import java.util.List;
import java.util.Objects;

/**
 * One parameter: its name, its annotation (null if none) and its default value (null if none). The span covers
 * the name and annotation, as in Python's {@code ast.arg}.
 */
public record Arg(String name, PyExpr annotation, PyExpr defaultValue, Span span) implements PyNode {

    public Arg {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public List<PyNode> children() {
        return Children.of(annotation, defaultValue);
    }

    @Override
    public <R> R accept(PyVisitor<R> visitor) {
        return visitor.visitArg(this);
    }
}
