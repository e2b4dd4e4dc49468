package dev.nbmigrate.converter.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a finding is: the notebook (as the user named it), the cell (1-based, in notebook order; 0 for the
 * notebook as a whole) and the line and column inside that cell's source (1-based; 0 when unknown).
 */
public record Location(String notebook, int cell, int line, int column) implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::notebook)
            .thenComparingInt(Location::cell)
            .thenComparingInt(Location::line)
            .thenComparingInt(Location::column);

    public Location {
        Objects.requireNonNull(notebook, "notebook");
        if (cell < 0 || line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position: cell " + cell + ", line " + line + ", column " + column);
        }
    }

    /** The notebook as a whole. */
    public static Location ofNotebook(String notebook) {
        return new Location(notebook, 0, 0, 0);
    }

    /** A whole cell. */
    public static Location ofCell(String notebook, int cell) {
        return new Location(notebook, cell, 0, 0);
    }

    public static Location of(String notebook, int cell, int line) {
        return new Location(notebook, cell, line, 0);
    }

    /** {@code notebook.ipynb, cell 3, line 4:7}; parts that are unknown are left out. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(notebook);
        if (cell > 0) {
            text.append(", cell ").append(cell);
        }
        if (line > 0) {
            text.append(", line ").append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }
}
