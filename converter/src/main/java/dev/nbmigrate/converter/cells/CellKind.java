package dev.nbmigrate.converter.cells;

/** What a classified cell is for: how later stages treat it. */
public enum CellKind {
    /** Code to translate, in the cell's language, run in the cell's context. */
    CODE,
    /** A SQL statement run on the Spark session. */
    SQL,
    /** Documentation. */
    MARKDOWN,
    /** A raw cell (nbconvert input), not run. */
    RAW,
    /** Shell commands. */
    SHELL,
    /** Databricks {@code %fs}: file system commands. */
    FILESYSTEM,
    /** Databricks {@code %run}: another notebook run inline. */
    RUN,
    /** sparkmagic session management ({@code %%configure}, {@code %%info}, {@code %%logs}, {@code %%cleanup}...). */
    SESSION,
    /** sparkmagic {@code %%send_to_spark}: a local variable copied to the cluster. */
    TRANSFER,
    /** Display only ({@code %%html}, {@code %%javascript}...). */
    DISPLAY,
    /** IPython {@code %%writefile}: the cell's text written to a file. */
    WRITE_FILE,
    /** Nothing in it. */
    EMPTY,
    /** A magic or interpreter nbmigrate does not know. */
    UNSUPPORTED
}
