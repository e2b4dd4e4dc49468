package dev.nbmigrate.converter.parse;

/**
 * Where a piece of source text lies inside the text that was parsed (one cell's source, or one SQL statement's
 * cell): start line and column to end line and column. Lines are 1-based; columns are 0-based and count
 * characters (Unicode code points, not bytes or UTF-16 units); the end is exclusive. This is Python's
 * {@code lineno/col_offset/end_lineno/end_col_offset} convention, counted in characters.
 *
 * <p>{@link #NONE} (all zero) marks a node the source has no text for. {@link SourceRef#location(Span)} turns
 * a span into a notebook {@link dev.nbmigrate.converter.diag.Location}.
 */
public record Span(int line, int column, int endLine, int endColumn) implements Comparable<Span> {

    /** No position: a synthetic node. */
    public static final Span NONE = new Span(0, 0, 0, 0);

    public Span {
        if (line < 0 || column < 0 || endLine < 0 || endColumn < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    /** A zero-width span at one point. */
    public static Span at(int line, int column) {
        return new Span(line, column, line, column);
    }

    /** From the start of {@code first} to the end of {@code last}. */
    public static Span between(Span first, Span last) {
        return new Span(first.line, first.column, last.endLine, last.endColumn);
    }

    public boolean isKnown() {
        return line > 0;
    }

    /** Whether {@code other} lies inside this span (both ends inclusive). */
    public boolean contains(Span other) {
        return compare(line, column, other.line, other.column) <= 0
                && compare(other.endLine, other.endColumn, endLine, endColumn) <= 0;
    }

    private static int compare(int lineA, int colA, int lineB, int colB) {
        return lineA != lineB ? Integer.compare(lineA, lineB) : Integer.compare(colA, colB);
    }

    @Override
    public int compareTo(Span other) {
        int start = compare(line, column, other.line, other.column);
        return start != 0 ? start : compare(endLine, endColumn, other.endLine, other.endColumn);
    }

    /** {@code 3:4-3:9}. */
    @Override
    public String toString() {
        return line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
