package dev.nbmigrate.converter.read;

/**
 * Valid JSON that cannot be a notebook (e.g. {@code "cells"} is not a list): raised inside the JSON readers and
 * turned into a {@link NotebookReadException} naming the file by {@link NotebookReader}.
 */
final class ShapeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    ShapeException(int line, int column, String reason) {
        super(reason, null, false, false);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
