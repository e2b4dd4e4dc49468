package dev.nbmigrate.converter.types;

import java.util.Objects;

/**
 * A value of type {@code inner} or {@code None} (Python's {@code Optional[T]}), as from {@code x if c else None}.
 * A nullable primitive is declared boxed ({@code Long}).
 */
public record NullableType(PyType inner) implements PyType {

    public NullableType {
        Objects.requireNonNull(inner, "inner");
        if (inner instanceof NullableType || inner == ScalarType.NONE || inner.isUnknown()) {
            throw new IllegalArgumentException("cannot make " + inner.display() + " nullable; use PyTypes.nullable");
        }
    }

    @Override
    public String display() {
        return "Optional[" + inner.display() + "]";
    }
}
