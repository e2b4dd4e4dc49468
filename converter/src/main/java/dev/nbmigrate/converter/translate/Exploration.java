package dev.nbmigrate.converter.translate;

/** How notebook exploration ({@code show()}, {@code printSchema()}, a bare expression's value) is translated. */
public enum Exploration {
    /** Generated jobs: runtime inspection calls that log at DEBUG and cost nothing at INFO. */
    INSPECT,
    /** Conformance programs: printed exactly as the notebook printed it. */
    PRINT
}
