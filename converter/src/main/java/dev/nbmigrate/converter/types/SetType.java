package dev.nbmigrate.converter.types;

import java.util.Objects;

/** A Python set, {@code set[T]}; a Java {@code Set<T>} (insertion-ordered in generated code). */
public record SetType(PyType element) implements PyType {

    public SetType {
        Objects.requireNonNull(element, "element");
    }

    @Override
    public String display() {
        return "set[" + element.display() + "]";
    }
}
