package dev.nbmigrate.converter.conformance;

import java.util.Arrays;

/** What a doctest example prints, as the corpus labels it in {@code examples[].kind}. */
public enum ExampleKind {
    /** Prints nothing (assignments, imports, setup). */
    NONE("none"),
    /** A {@code show()} table. */
    SHOW_TABLE("show_table"),
    /** The {@code -RECORD 0---} blocks (or {@code (0 rows)}) of {@code show(vertical=True)}. */
    SHOW_VERTICAL("show_vertical"),
    /** The repr of a list of rows, e.g. from {@code collect()}. */
    ROW_LIST("row_list"),
    /** The repr of one row, e.g. from {@code first()}. */
    ROW("row"),
    /** A {@code printSchema()} tree. */
    SCHEMA("schema"),
    /** The repr of a plain Python value, e.g. from {@code count()}. */
    SCALAR("scalar"),
    /** The repr of a plain Python value computed by RDD code, e.g. {@code [('a', 3)]}. */
    PYTHON_VALUE("python_value"),
    /** {@code DataFrame[a: bigint]}. */
    DATAFRAME_REPR("dataframe_repr"),
    /** {@code Column<'...'>}. */
    COLUMN_REPR("column_repr"),
    /** {@code StructType(...)}, {@code IntegerType()}. */
    TYPE_REPR("type_repr"),
    /** An {@code explain()} plan. */
    EXPLAIN("explain"),
    /** A traceback. */
    EXCEPTION("exception"),
    /** Anything else. */
    OTHER("other");

    private final String label;

    ExampleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ExampleKind fromLabel(String label) {
        return Arrays.stream(values())
                .filter(kind -> kind.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown example kind '" + label + "'"));
    }
}
