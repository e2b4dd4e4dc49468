package dev.nbmigrate.converter.api;

import java.util.Arrays;
import java.util.Locale;

/** How Python code reaches a PySpark API member. */
public enum MemberKind {
    /** Called: {@code df.select(...)}, {@code F.col("a")}. */
    METHOD,
    /** Read as an attribute but a method call in Java: {@code df.write}, {@code df.columns}, {@code spark.read}. */
    PROPERTY,
    /** A class-level constant: {@code Window.unboundedPreceding}, {@code StorageLevel.MEMORY_ONLY}. */
    CONSTANT,
    /** A Python operator method on a Column: {@code __add__}, {@code __eq__}, {@code __invert__}. */
    OPERATOR,
    /** Calling a class constructs an object: {@code StructField(...)}, {@code VectorAssembler(...)}. */
    CLASS;

    /** The spelling in the API table: the lower-case name. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MemberKind byLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown member kind '" + label
                        + "' (expected method, property, constant, operator or class)"));
    }
}
