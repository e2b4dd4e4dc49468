package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * A DataFrame copied from the cluster to the notebook server by {@code %%sql -o VAR} or {@code %%spark -o VAR}:
 * later {@code %%local} code using {@code VAR} saw at most {@link RowSampling#maxRows} rows (2,500 by default), a
 * hazard to report where such code is translated, never to translate silently.
 *
 * @param variable the pandas DataFrame's name on the notebook server
 * @param cell     the 1-based index of the cell that made the copy
 * @param line     the cell line of the magic
 * @param sampling how many rows were copied
 */
public record DriverCopy(String variable, int cell, int line, RowSampling sampling) {

    public DriverCopy {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(sampling, "sampling");
    }
}
