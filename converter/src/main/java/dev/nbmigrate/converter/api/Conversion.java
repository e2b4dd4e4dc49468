package dev.nbmigrate.converter.api;

/**
 * What the translator does to a Python argument so that it fits the chosen Java parameter. The cost orders
 * overloads: lower is closer to what PySpark itself passes.
 */
public enum Conversion {
    /** Passed as is: same type, a subclass, or an int literal to {@code int}/{@code long}... that needs no cast. */
    NONE(0),
    /** Primitive widening javac does itself: an int literal to {@code long} or {@code double}. */
    WIDEN(1),
    /**
     * A cast: a Python int variable (declared {@code long}) to an {@code int} parameter
     * ({@code Math.toIntExact(n)}), a float to {@code float}.
     */
    NARROW(2),
    /**
     * Passed as {@code Object} (boxed): {@code lit(Object)}, {@code Column.equalTo(Object)},
     * {@code when(Column, Object)}. An int literal that fits 32 bits is written as an {@code int} (py4j passes an
     * {@code Integer}: {@code lit(5)} is an {@code integer} column), a larger one as a {@code long}.
     */
    OBJECT(3),
    /** {@code None} to a reference parameter: {@code null}. */
    NULL(2),
    /** A str to a Column parameter: {@code col("...")} (PySpark's ColumnOrName). */
    COL(3),
    /** A literal to a Column parameter: {@code lit(value)}, as PySpark does. */
    LIT(4),
    /** A list/tuple literal to a Column parameter: {@code array(lit(e1), ...)} (rule lit-list-to-array). */
    LIT_ARRAY(6),
    /** A list spread over Java varargs (a starred argument, or one list for a list-or-varargs member). */
    VARARGS(1),
    /** A list to a Java array parameter ({@code String[]}, {@code Column[]}, {@code double[]}). */
    ARRAY(2),
    /** A single value to an array parameter, as a one-element array (rule scalar-or-list). */
    WRAP_ARRAY(4),
    /** A list (or the trailing positional arguments) to a {@code scala.collection.immutable.Seq} via the runtime. */
    SEQ(3),
    /** A list to {@code java.util.List} / {@code Collection} / {@code Iterable}. */
    LIST(2),
    /** A dict to {@code java.util.Map}, insertion-ordered. */
    MAP(2),
    /** A dict to {@code java.util.Properties} (JDBC connection properties). */
    PROPERTIES(2),
    /** A dict to a {@code scala.collection.Map} via the runtime. */
    SCALA_MAP(4),
    /** A Python function to a Java functional parameter ({@code scala.Function1}, {@code MapFunction}...). */
    LAMBDA(1),
    /** The argument's type is unknown: passed with a cast, and a diagnostic says the choice is a guess. */
    UNCHECKED(8);

    private final int cost;

    Conversion(int cost) {
        this.cost = cost;
    }

    /** The cost used to rank overloads. */
    public int cost() {
        return cost;
    }
}
