package dev.nbmigrate.converter.translate;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.Span;

/**
 * Thrown inside the translation of one statement when some part of it has no Java: the statement becomes a
 * failing TODO with this code and message, and translation goes on with the next statement.
 */
public final class Untranslatable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Code code;
    private final transient Span span;

    public Untranslatable(Code code, Span span, String message) {
        super(message, null, false, false);
        this.code = code;
        this.span = span;
    }

    public Code code() {
        return code;
    }

    public Span span() {
        return span;
    }
}
