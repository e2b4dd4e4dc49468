package dev.nbmigrate.converter.parse.python.legacy;

import java.util.Arrays;

/**
 * A text as Unicode code points with its line starts, so that offsets, lines and columns all count characters
 * the way the Python parser does. Line breaks are {@code \n}, {@code \r\n} and a lone {@code \r}.
 */
final class SourceText {

    private final int[] codePoints;
    private final int[] lineStarts;

    SourceText(String text) {
        this(text.codePoints().toArray());
    }

    SourceText(int[] codePoints) {
        this.codePoints = codePoints;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < codePoints.length; i++) {
            int cp = codePoints[i];
            boolean lineBreak = cp == '\n' || cp == '\r' && (i + 1 >= codePoints.length || codePoints[i + 1] != '\n');
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    int length() {
        return codePoints.length;
    }

    int at(int offset) {
        return offset >= 0 && offset < codePoints.length ? codePoints[offset] : -1;
    }

    String slice(int start, int end) {
        return new String(codePoints, start, end - start);
    }

    @Override
    public String toString() {
        return new String(codePoints, 0, codePoints.length);
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** The offset where a 1-based line starts. */
    int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    /** The 1-based line of an offset. */
    int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** The 0-based column of an offset. */
    int columnOf(int offset) {
        return offset - lineStart(lineOf(offset));
    }

    /** The offset of a 1-based line and 0-based column, clamped to the text. */
    int offsetOf(int line, int column) {
        if (line < 1) {
            return 0;
        }
        if (line > lineStarts.length) {
            return codePoints.length;
        }
        return Math.min(lineStarts[line - 1] + Math.max(0, column), codePoints.length);
    }
}
