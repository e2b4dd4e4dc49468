package dev.nbmigrate.converter.types;

/** How a Python function came to be. */
public enum FunctionKind {
    /** {@code lambda x: ...}. */
    LAMBDA,
    /** A {@code def}. */
    DEF,
    /** A PySpark UDF ({@code udf(f, returnType)} or {@code @udf}): called on Columns it returns a Column. */
    UDF
}
