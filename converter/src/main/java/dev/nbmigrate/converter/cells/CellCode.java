package dev.nbmigrate.converter.cells;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The code of a classified cell, ready for a parser: the cell's source with magic lines blanked, so that line
 * {@code n} of the code is line {@code n} of the cell. Nested escapes become {@code pass} at their indentation to
 * keep the Python valid. Where a magic's prefix was removed from a line that keeps code ({@code %time stmt},
 * {@code %livy2.sql SELECT ...}), {@link #columnOffset} tells how far the code moved left.
 *
 * @param text          the code
 * @param columnOffsets per cell line (1-based), the number of columns removed from its start; only lines with an
 *                      offset are present
 */
public record CellCode(String text, SortedMap<Integer, Integer> columnOffsets) {

    public CellCode {
        Objects.requireNonNull(text, "text");
        columnOffsets = Collections.unmodifiableSortedMap(new TreeMap<>(columnOffsets));
    }

    /** Code with no shifted lines. */
    public static CellCode of(String text) {
        return new CellCode(text, new TreeMap<>());
    }

    /** The number of columns to add to a column of {@code line} in the code to get its column in the cell. */
    public int columnOffset(int line) {
        return columnOffsets.getOrDefault(line, 0);
    }

    /**
     * The code's lines; line {@code n} is {@code lines().get(n - 1)}. As for cell sources, a final {@code \n} ends
     * the last line, so blank lines at the very end of the cell may be missing here.
     */
    public List<String> lines() {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }

    /** True when there is no code at all (only blank lines). */
    public boolean isBlank() {
        return text.isBlank();
    }
}
