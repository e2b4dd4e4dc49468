package dev.nbmigrate.converter.reconcile;

import java.util.List;

/**
 * One output or displayed result of a reconciliation.
 *
 * @param cell         the notebook cell that wrote or displayed it (0 when not known, as for a table found in the
 *                     catalog at the end)
 * @param what         {@code output}, {@code show}, {@code sql}, {@code display}, {@code printed}...
 * @param name         the output's location or table, or the displayed expression
 * @param verdict      how it reconciled
 * @param columns      the columns (the notebook's when it has them, else the job's)
 * @param comparison   the comparison, when both sides had rows; else null
 * @param notebookText for printed values: what the notebook printed in the cell; else empty
 * @param jobText      for printed values: what the job displayed; else empty
 * @param note         why a side is missing or unreadable; else empty
 */
public record Reconciled(int cell, String what, String name, Verdict verdict, List<Column> columns,
        Comparison comparison, String notebookText, String jobText, String note) {

    public Reconciled {
        columns = List.copyOf(columns);
    }
}
