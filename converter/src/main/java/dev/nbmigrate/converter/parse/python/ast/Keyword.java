package dev.nbmigrate.converter.parse.python.ast;

import dev.nbmigrate.converter.parse.Span;
import java.util.List;
import java.util.Objects;

/** A keyword argument {@code name=value} of a call or class; {@code name} is null for {@code **value}. */
public record Keyword(String name, PyExpr value, Span span) implements PyNode {

    public Keyword {
        Objects.requireNonNull(value, "value");
    }

    /** Whether this is a {@code **mapping} unpacking. */
    public boolean isUnpacking() {
        return name == null;
    }

    @Override
    public List<PyNode> children() {
        return Children.of(value);
    }

    @Override
    public <R> R accept(PyVisitor<R> visitor) {
        return visitor.visitKeyword(this);
    }
}
