package dev.nbmigrate.converter.parse.python.legacy;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.Span;
import java.util.Objects;

/**
 * A Python 2 hazard found in a cell, positioned in the original cell source; the parser turns it into a
 * {@link dev.nbmigrate.converter.diag.Diagnostic} with the cell's {@link dev.nbmigrate.converter.parse.SourceRef}.
 */
public record Finding(Code code, Span span, String message) implements Comparable<Finding> {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(Finding other) {
        int bySpan = span.compareTo(other.span);
        if (bySpan != 0) {
            return bySpan;
        }
        int byCode = code.compareTo(other.code);
        return byCode != 0 ? byCode : message.compareTo(other.message);
    }
}
