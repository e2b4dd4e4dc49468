package dev.nbmigrate.converter.types;

import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A Java type as generated source spells it, with the imports that spelling needs.
 *
 * @param text e.g. {@code Dataset<Row>}, {@code long}, {@code Map<String, Long>}
 * @param imports fully qualified names to import (sorted; nothing from {@code java.lang})
 */
public record JavaTypeRef(String text, SortedSet<String> imports) {

    public JavaTypeRef {
        Objects.requireNonNull(text, "text");
        imports = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(imports));
    }

    /** A type that needs no import ({@code long}, {@code String}, ...). */
    public static JavaTypeRef plain(String text) {
        return new JavaTypeRef(text, new TreeSet<>());
    }

    /** True for {@code long}, {@code double}, {@code boolean}, {@code int}, ...: not usable as a type argument. */
    public boolean isPrimitive() {
        return switch (text) {
            case "long", "int", "short", "byte", "double", "float", "boolean", "char" -> true;
            default -> false;
        };
    }
}
