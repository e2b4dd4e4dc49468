package dev.nbmigrate.converter.reconcile;

import java.util.List;

/**
 * The outcome of comparing the notebook's result with the job's.
 *
 * @param equal              whether they are equal by the rules of {@link ResultComparator}
 * @param schemaDifferences  column-by-column differences of name and type, in words
 * @param rowDifferences     the first differing rows (at most {@link ResultComparator#MAX_DIFFERENCES})
 * @param notebookRows       how many rows the notebook's result has
 * @param jobRows            how many rows the job's result has
 * @param ordered            whether row order was compared (the notebook sorted its result)
 * @param clockColumns       the columns compared by type and nullness only: their values come from the clock of
 *                           each run (by either side's lineage)
 */
public record Comparison(boolean equal, List<String> schemaDifferences, List<RowDifference> rowDifferences,
        int notebookRows, int jobRows, boolean ordered, List<String> clockColumns) {

    public Comparison {
        schemaDifferences = List.copyOf(schemaDifferences);
        rowDifferences = List.copyOf(rowDifferences);
        clockColumns = List.copyOf(clockColumns);
    }

    /** A comparison without clock columns. */
    public Comparison(boolean equal, List<String> schemaDifferences, List<RowDifference> rowDifferences,
            int notebookRows, int jobRows, boolean ordered) {
        this(equal, schemaDifferences, rowDifferences, notebookRows, jobRows, ordered, List.of());
    }
}
