package dev.nbmigrate.converter.parse;

import dev.nbmigrate.converter.diag.Location;
import java.util.Objects;

/**
 * Where a parsed text came from: the notebook (as the user named it), the 1-based cell number, and how the
 * parsed text sits inside that cell. {@code lineOffset} is the number of cell lines before the parsed text's
 * first line (e.g. 1 when a {@code %%local} magic line was stripped), {@code columnOffset} the number of
 * characters cut from the start of every line (e.g. 8 for Databricks' {@code "# MAGIC "} prefix).
 *
 * <p>Parsers report positions as {@link Span}s relative to the parsed text; {@link #location(Span)} maps one
 * to the notebook {@link Location} (1-based line and column) that diagnostics carry.
 */
public record SourceRef(String notebook, int cell, int lineOffset, int columnOffset) {

    public SourceRef {
        Objects.requireNonNull(notebook, "notebook");
        if (cell < 0 || lineOffset < 0 || columnOffset < 0) {
            throw new IllegalArgumentException("negative cell " + cell + ", line offset " + lineOffset
                    + " or column offset " + columnOffset);
        }
    }

    /** The whole text of a cell, starting at its first line. */
    public static SourceRef ofCell(String notebook, int cell) {
        return new SourceRef(notebook, cell, 0, 0);
    }

    /** The same cell with {@code lines} more lines before the parsed text. */
    public SourceRef shiftedBy(int lines) {
        return new SourceRef(notebook, cell, lineOffset + lines, columnOffset);
    }

    /** The cell as a whole. */
    public Location cellLocation() {
        return Location.ofCell(notebook, cell);
    }

    /**
     * The notebook location of a 1-based line and 0-based column of the parsed text; a line of 0 means the
     * whole cell, a negative column means unknown.
     */
    public Location location(int line, int column) {
        if (line <= 0) {
            return cellLocation();
        }
        return new Location(notebook, cell, line + lineOffset, column < 0 ? 0 : column + 1 + columnOffset);
    }

    /** The notebook location of the start of a span. */
    public Location location(Span span) {
        return location(span.line(), span.column());
    }
}
