package dev.nbmigrate.converter.translate;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Subject;
import dev.nbmigrate.converter.parse.Span;
import java.util.Optional;

/**
 * Thrown inside the translation of one statement when some part of it has no Java: the statement becomes a
 * failing TODO with this code and message, and translation goes on with the next statement.
 */
public final class Untranslatable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Code code;
    private final transient Span span;
    private final transient Subject subject;

    public Untranslatable(Code code, Span span, String message) {
        this(code, span, message, null);
    }

    /** A step with no Java because of {@code subject} (the API called, the Python construct used). */
    public Untranslatable(Code code, Span span, String message, Subject subject) {
        super(message, null, false, false);
        this.code = code;
        this.span = span;
        this.subject = subject;
    }

    /** What the finding is about, when the raising rule knows it. */
    public Optional<Subject> subject() {
        return Optional.ofNullable(subject);
    }

    public Code code() {
        return code;
    }

    public Span span() {
        return span;
    }
}
