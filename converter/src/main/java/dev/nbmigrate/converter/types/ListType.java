package dev.nbmigrate.converter.types;

import java.util.Objects;

/** A Python list, {@code list[T]}; a Java {@code List<T>}. */
public record ListType(PyType element) implements PyType {

    public ListType {
        Objects.requireNonNull(element, "element");
    }

    @Override
    public String display() {
        return "list[" + element.display() + "]";
    }
}
