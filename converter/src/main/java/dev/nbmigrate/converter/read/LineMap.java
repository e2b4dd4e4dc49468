package dev.nbmigrate.converter.read;

import java.util.Arrays;

/**
 * Maps the lines of a cell's source (1-based) back to lines of the notebook file (1-based), so that a finding at
 * (cell, line) can also be shown at the file's line.
 *
 * <p>For Jupyter notebooks a cell line maps to the JSON line holding it: with {@code source} saved as a list of
 * lines (what Jupyter writes), each cell line has its own JSON line; with {@code source} saved as one string, all
 * lines of the cell share that string's JSON line. Zeppelin paragraphs are one JSON string each. Databricks source
 * exports map line for line, and columns too ({@code # MAGIC } prefixes are accounted for). Columns in JSON strings
 * are not mapped, since escapes make them differ from the source's columns.
 *
 * <p>Immutable.
 */
public final class LineMap {

    private static final LineMap EMPTY = new LineMap(new int[0], null);

    private final int[] fileLines;
    /** Per cell line, the file column of the line's first character minus one; null when columns are unknown. */
    private final int[] columnOffsets;

    private LineMap(int[] fileLines, int[] columnOffsets) {
        this.fileLines = fileLines;
        this.columnOffsets = columnOffsets;
    }

    /** A map for a cell without source. */
    public static LineMap empty() {
        return EMPTY;
    }

    /** All {@code lineCount} lines are inside one JSON string that starts on {@code fileLine}. */
    public static LineMap sameLine(int lineCount, int fileLine) {
        int[] lines = new int[lineCount];
        Arrays.fill(lines, fileLine);
        return new LineMap(lines, null);
    }

    /** Each cell line has its own file line, columns unknown (a JSON list of strings). */
    public static LineMap ofFileLines(int[] fileLines) {
        return new LineMap(fileLines.clone(), null);
    }

    /** Each cell line has its own file line, and starts at {@code columnOffsets[i] + 1} in the file. */
    public static LineMap ofFileLinesAndColumns(int[] fileLines, int[] columnOffsets) {
        if (fileLines.length != columnOffsets.length) {
            throw new IllegalArgumentException("one column offset per line expected");
        }
        return new LineMap(fileLines.clone(), columnOffsets.clone());
    }

    /** The number of cell lines mapped. */
    public int lineCount() {
        return fileLines.length;
    }

    /** The file line of a cell line (1-based), or 0 when the cell line is out of range. */
    public int fileLine(int cellLine) {
        return cellLine >= 1 && cellLine <= fileLines.length ? fileLines[cellLine - 1] : 0;
    }

    /** The file line where the cell's source starts, or 0 for an empty cell. */
    public int firstFileLine() {
        return fileLine(1);
    }

    /**
     * The file column of a cell column (both 1-based), or 0 when unknown: out of range, or inside a JSON string.
     */
    public int fileColumn(int cellLine, int cellColumn) {
        if (columnOffsets == null || cellColumn < 1 || cellLine < 1 || cellLine > fileLines.length) {
            return 0;
        }
        return columnOffsets[cellLine - 1] + cellColumn;
    }

    /** True when {@link #fileColumn} is meaningful (text formats, not JSON strings). */
    public boolean columnsKnown() {
        return columnOffsets != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LineMap that
                && Arrays.equals(fileLines, that.fileLines)
                && Arrays.equals(columnOffsets, that.columnOffsets);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(fileLines) + Arrays.hashCode(columnOffsets);
    }

    /** Compact form, e.g. {@code LineMap[3-5]} or {@code LineMap[7 x3]}, for test failure messages. */
    @Override
    public String toString() {
        if (fileLines.length == 0) {
            return "LineMap[]";
        }
        int first = fileLines[0];
        int last = fileLines[fileLines.length - 1];
        boolean consecutive = true;
        boolean same = true;
        for (int i = 0; i < fileLines.length; i++) {
            consecutive &= fileLines[i] == first + i;
            same &= fileLines[i] == first;
        }
        if (same) {
            return "LineMap[" + first + " x" + fileLines.length + "]";
        }
        if (consecutive) {
            return "LineMap[" + first + "-" + last + "]";
        }
        return "LineMap" + Arrays.toString(fileLines);
    }
}
