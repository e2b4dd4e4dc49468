package dev.nbmigrate.converter.reconcile;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One row that differs: at {@code position} (in order, or among the sorted rows of a multiset), the notebook's row
 * and the job's row; either is empty when that side has no such row.
 *
 * @param position 0-based position of the row
 * @param notebook the notebook's row, or empty
 * @param job      the job's row, or empty
 */
public record RowDifference(int position, List<JsonNode> notebook, List<JsonNode> job) {

    public RowDifference {
        notebook = notebook == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(notebook));
        job = job == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(job));
    }
}
