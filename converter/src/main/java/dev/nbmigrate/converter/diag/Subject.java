package dev.nbmigrate.converter.diag;

import java.util.Objects;

/**
 * What a finding is about, as data rather than inside its message: the API whose call has no Java
 * ({@code str.zfill}, {@code pyspark.sql.DataFrame.replace}) or the Python construct that has none
 * ({@code ClassDef}, {@code Set comprehension}). Reports and tools group findings by it.
 *
 * @param kind what {@code name} names
 * @param name the API's qualified name, or the construct's name
 */
public record Subject(Kind kind, String name) {

    /** What a subject names. */
    public enum Kind {
        /** A function, method or class of a library (Python's, PySpark's) by its qualified name. */
        API,
        /** A kind of Python statement or expression. */
        PYTHON_CONSTRUCT;

        /** The kind as written in reports: {@code api}, {@code python-construct}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static Subject api(String qualifiedName) {
        return new Subject(Kind.API, qualifiedName);
    }

    public static Subject construct(String name) {
        return new Subject(Kind.PYTHON_CONSTRUCT, name);
    }
}
