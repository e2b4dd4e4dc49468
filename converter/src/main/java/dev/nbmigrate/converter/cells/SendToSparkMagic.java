package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * sparkmagic {@code %%send_to_spark -i VAR [-t str|df] [-n NAME] [-m MAXROWS]}: copies a variable of the notebook
 * server to the cluster session; a pandas DataFrame is capped at {@code maxRows} rows (2,500 by default).
 *
 * @param header   the magic's line
 * @param input    {@code -i}: the local variable; empty when missing (see the cell's diagnostics)
 * @param type     {@code -t}: what the variable holds
 * @param name     {@code -n}: the name on the cluster (the input's name by default)
 * @param maxRows  {@code -m}: the row cap for DataFrames
 */
public record SendToSparkMagic(MagicHeader header, String input, VariableType type, String name, long maxRows)
        implements CellMagic {

    /** sparkmagic's default row cap for {@code %%send_to_spark}. */
    public static final long DEFAULT_MAX_ROWS = 2500;

    /** What {@code %%send_to_spark} copies. */
    public enum VariableType {
        /** {@code -t str}: a string. */
        STRING,
        /** {@code -t df}: a pandas DataFrame, which becomes a Spark DataFrame. */
        DATAFRAME
    }

    public SendToSparkMagic {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
