package dev.nbmigrate.converter.analyze;

/** How a name came to be defined in a notebook's namespace. */
public enum SymbolKind {
    /** Provided by the kernel without a definition: {@code spark}, {@code sc}, {@code sqlContext}, {@code dbutils}. */
    PREDEFINED,
    /** Bound by {@code import} or {@code from ... import}. */
    IMPORT,
    /** Assigned (including {@code for} targets, {@code with ... as}, {@code except ... as}). */
    VARIABLE,
    /** A {@code def}. */
    FUNCTION,
    /** A {@code class}. */
    CLASS,
    /** Defined by a notebook that this one runs with {@code %run}. */
    RUN_IMPORT,
    /** A pandas copy of a query result made by sparkmagic's {@code %%sql -o} / {@code %%spark -o}. */
    DRIVER_COPY
}
