package dev.nbmigrate.converter.types;

import java.util.Objects;
import java.util.Optional;

/**
 * A Spark SQL data type object such as {@code LongType()} or {@code ArrayType(StringType())}, with the concrete
 * Spark type when the analyser knows it. ({@code StructType} is {@link SparkObject#STRUCT_TYPE}, as notebooks
 * build and inspect schemas.)
 *
 * @param concrete the Spark type's simple class name without parameters, e.g. {@code LongType},
 *     {@code DecimalType}, {@code ArrayType}; empty when any data type may be meant
 */
public record SqlDataType(Optional<String> concrete) implements PyType {

    /** A data type not known more precisely. */
    public static final SqlDataType ANY = new SqlDataType(Optional.empty());

    public SqlDataType {
        Objects.requireNonNull(concrete, "concrete");
        concrete.ifPresent(name -> {
            if (!name.matches("[A-Z][A-Za-z]*Type")) {
                throw new IllegalArgumentException("not a Spark data type class name: " + name);
            }
        });
    }

    /** The data type {@code simpleName}, e.g. {@code LongType}. */
    public static SqlDataType of(String simpleName) {
        return new SqlDataType(Optional.of(simpleName));
    }

    /** Binary name of the Spark Java class: the concrete type's, else {@code DataType}. */
    public String javaClass() {
        return "org.apache.spark.sql.types." + concrete.orElse("DataType");
    }

    @Override
    public String display() {
        return concrete.orElse("DataType");
    }
}
