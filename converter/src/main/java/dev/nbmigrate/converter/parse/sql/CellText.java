package dev.nbmigrate.converter.parse.sql;

import java.util.ArrayList;
import java.util.List;

/** Line and column (1-based, counted in code points) of offsets into a cell's SQL text. */
final class CellText {

    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();

    CellText(String text) {
        this.text = text;
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                lineStarts.add(i + 1);
            }
        }
    }

    /** The 1-based line of a char offset. */
    int line(int offset) {
        int low = 0;
        int high = lineStarts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts.get(mid) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    /** The 1-based column (in code points) of a char offset. */
    int column(int offset) {
        int start = lineStarts.get(line(offset) - 1);
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }

    /** The char offset of a 1-based line and 0-based code-point column within {@code [from, to)}-relative text. */
    static int offsetOf(String text, int line, int codePointColumn) {
        int offset = 0;
        for (int current = 1; current < line && offset < text.length(); offset++) {
            if (text.charAt(offset) == '\n') {
                current++;
            }
        }
        int column = 0;
        while (column < codePointColumn && offset < text.length() && text.charAt(offset) != '\n') {
            offset += Character.charCount(text.codePointAt(offset));
            column++;
        }
        return offset;
    }
}
