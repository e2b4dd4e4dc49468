package dev.nbmigrate.converter.parse.python;

import dev.nbmigrate.converter.parse.Span;
import java.util.Objects;

/**
 * Why a cell did not parse, as CPython would say it: the exception type ({@code SyntaxError},
 * {@code IndentationError}, {@code TabError}, {@code RecursionError}, {@code MemoryError}), CPython's message, and
 * where, in the original cell source ({@link Span#NONE} when the error has no position).
 */
public record PySyntaxError(String type, String message, Span span) {

    public PySyntaxError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }

    /** {@code SyntaxError: invalid syntax}, as the last line of a Python traceback. */
    @Override
    public String toString() {
        return type + ": " + message;
    }
}
