package dev.nbmigrate.converter.model;

import java.util.Objects;

/**
 * What translation did with one top-level notebook cell, for the per-cell outcome ({@link CellOutcomes}).
 *
 * @param index    the cell's 1-based index (as in diagnostics and {@code jobClassLines})
 * @param type     {@code code}, {@code markdown} or {@code raw}
 * @param language {@code python}, {@code sql}, {@code scala}, {@code r}, {@code shell}, {@code magic} for code
 *                 cells; {@code markdown} or {@code text} otherwise
 * @param blank    true for a code cell with no code in it
 * @param leftOut  the diagnostic code that says why the job leaves the cell out, or empty when it is in the job
 * @param placeholder true when the cell's Java (with what it includes by {@code %run}) has a throwing placeholder,
 *                 {@code NotTranslated.fail(...)}
 */
public record CellRecord(int index, String type, String language, boolean blank, String leftOut,
        boolean placeholder) {

    public CellRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(leftOut, "leftOut");
    }
}
