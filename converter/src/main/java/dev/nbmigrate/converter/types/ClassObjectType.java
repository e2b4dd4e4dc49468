package dev.nbmigrate.converter.types;

import java.util.Objects;

/**
 * A class used as a value: called to construct ({@code Row(a=1)}, {@code StructType([...])},
 * {@code VectorAssembler(...)}) or for its static members ({@code Window.partitionBy}).
 *
 * @param qualname the PySpark qualified name, e.g. {@code pyspark.sql.Window}
 */
public record ClassObjectType(String qualname) implements PyType {

    public ClassObjectType {
        Objects.requireNonNull(qualname, "qualname");
    }

    @Override
    public String display() {
        return "type[" + qualname.substring(qualname.lastIndexOf('.') + 1) + "]";
    }
}
