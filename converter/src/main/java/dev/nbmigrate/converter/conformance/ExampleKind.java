package dev.nbmigrate.converter.conformance;

import java.util.Arrays;

/** What a doctest example prints, as the corpus labels it in {@code examples[].kind}. */
public enum ExampleKind {
    /** Prints nothing (assignments, imports, setup). */
    NONE("none"),
    /** A {@code show()} table. */
    SHOW_TABLE("show_table"),
    /** The repr of a list of rows, e.g. from {@code collect()}. */
    ROW_LIST("row_list"),
    /** The repr of one row, e.g. from {@code first()}. */
    ROW("row"),
    /** A {@code printSchema()} tree. */
    SCHEMA("schema"),
    /** The repr of a plain Python value, e.g. from {@code count()}. */
    SCALAR("scalar"),
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
