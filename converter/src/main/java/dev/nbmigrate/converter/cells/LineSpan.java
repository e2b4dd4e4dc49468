package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * Where a line magic or shell escape is in its cell, and its text as written.
 *
 * @param line     the 1-based cell line it starts on
 * @param lastLine the last cell line it covers (after backslash continuations)
 * @param text     the escape as written, continuation lines joined with {@code \n}, without indentation
 * @param nested   true when it is indented, i.e. inside a block ({@code if}, {@code for}, {@code def}...), so it
 *                 ran conditionally or repeatedly
 */
public record LineSpan(int line, int lastLine, String text, boolean nested) {

    public LineSpan {
        Objects.requireNonNull(text, "text");
        if (line < 1 || lastLine < line) {
            throw new IllegalArgumentException("bad span " + line + "-" + lastLine);
        }
    }
}
