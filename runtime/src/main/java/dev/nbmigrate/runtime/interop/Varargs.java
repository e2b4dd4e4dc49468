package dev.nbmigrate.runtime.interop;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * Turns Java lists into the arrays Spark's varargs methods take, for column lists a notebook built at run time:
 * {@code df.groupBy(Varargs.columns(keys))}, {@code df.drop(Varargs.strings(unused))}.
 */
public final class Varargs {
    private Varargs() {
    }

    /** {@code col(name)} for each name, as an array for {@code select}, {@code groupBy}, {@code orderBy}. */
    public static Column[] columns(List<String> names) {
        return names.stream().map(functions::col).toArray(Column[]::new);
    }

    /** The columns as an array, for methods taking {@code Column...}. */
    public static Column[] columnsOf(List<Column> columns) {
        return columns.toArray(Column[]::new);
    }

    /** The names as an array, for methods taking {@code String...} ({@code drop}, {@code toDF}). */
    public static String[] strings(List<String> names) {
        return names.toArray(String[]::new);
    }
}
