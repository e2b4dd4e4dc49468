package dev.nbmigrate.converter.analyze;

import java.util.Locale;

/** Kinds of statements that only look at data, for the person running the notebook. */
public enum ExplorationKind {
    /** {@code df.show()}, {@code df.describe().show()}. */
    SHOW,
    /** {@code df.printSchema()}. */
    PRINT_SCHEMA,
    /** {@code df.explain()}. */
    EXPLAIN,
    /** Databricks {@code display(df)}, {@code displayHTML(...)}. */
    DISPLAY,
    /** A Spark action whose result is only displayed: a bare {@code df.count()}, {@code df.take(5)}. */
    ACTION_DISPLAYED,
    /** {@code print(...)} of a Spark action's result, e.g. {@code print("rows:", df.count())}. */
    PRINTED_ACTION,
    /** {@code print(...)} of driver values. */
    PRINT,
    /** An expression statement without a call ({@code df}, {@code df.columns}): displayed when last in a cell. */
    BARE_EXPRESSION,
    /** matplotlib, seaborn or pandas plotting. */
    PLOT,
    /** A SQL cell whose query result is only displayed. */
    SQL_QUERY;

    /** Lower-case, dash-separated, for reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
