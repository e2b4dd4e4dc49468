package dev.nbmigrate.converter.types;

import java.util.Objects;

/** A Python dict, {@code dict[K, V]}; a Java {@code Map<K, V>} (insertion-ordered in generated code). */
public record DictType(PyType key, PyType value) implements PyType {

    public DictType {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String display() {
        return "dict[" + key.display() + ", " + value.display() + "]";
    }
}
