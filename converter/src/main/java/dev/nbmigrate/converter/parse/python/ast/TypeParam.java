package dev.nbmigrate.converter.parse.python.ast;

import dev.nbmigrate.converter.parse.Span;
import java.util.List;
import java.util.Objects;

/** A PEP 695 type parameter: {@code T}, {@code T: bound}, {@code *Ts} or {@code **P}; {@code bound} may be null. */
public record TypeParam(Kind kind, String name, PyExpr bound, Span span) implements PyNode {

    /** Which sort of type parameter. */
    public enum Kind {
        TYPE_VAR, TYPE_VAR_TUPLE, PARAM_SPEC
    }

    public TypeParam {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public List<PyNode> children() {
        return Children.of(bound);
    }

    @Override
    public <R> R accept(PyVisitor<R> visitor) {
        return visitor.visitTypeParam(this);
    }
}
