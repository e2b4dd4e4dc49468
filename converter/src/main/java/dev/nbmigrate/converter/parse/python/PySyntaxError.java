package dev.nbmigrate.converter.parse.python;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.SourceRef;
import java.util.Objects;

/**
 * Why a cell did not parse, as CPython would say it: the exception type ({@code SyntaxError},
 * {@code IndentationError}, {@code TabError}, {@code RecursionError}, {@code MemoryError}), CPython's message, and
 * where in the original cell source: the 1-based {@code line} and the 1-based {@code column} (CPython's
 * {@code lineno} and {@code offset}, in characters), each 0 when unknown.
 */
public record PySyntaxError(String type, String message, int line, int column) {

    public PySyntaxError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    /** The error's place in the notebook. */
    public Location location(SourceRef ref) {
        return ref.location(line, column - 1);
    }

    /** {@code SyntaxError: invalid syntax}, as the last line of a Python traceback. */
    @Override
    public String toString() {
        return type + ": " + message;
    }
}
