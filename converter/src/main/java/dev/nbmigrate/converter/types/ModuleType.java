package dev.nbmigrate.converter.types;

import java.util.Objects;

/** A Python module, e.g. {@code pyspark.sql.functions} imported as {@code F}. */
public record ModuleType(String name) implements PyType {

    public ModuleType {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String display() {
        return "module " + name;
    }
}
