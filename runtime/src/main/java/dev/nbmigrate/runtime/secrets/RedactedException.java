package dev.nbmigrate.runtime.secrets;

/**
 * A stand-in for an exception whose message held a secret: same class name (in {@link #originalClassName()} and
 * {@link #toString()}), same stack trace, redacted message, and a redacted cause chain. Made by
 * {@link Redactor#sanitize(Throwable)}.
 */
public final class RedactedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String originalClassName;
    private final String description;

    RedactedException(String originalClassName, String message, String description) {
        super(message);
        this.originalClassName = originalClassName;
        this.description = description;
    }

    /** The class of the exception this one replaces. */
    public String originalClassName() {
        return originalClassName;
    }

    /** The original exception's own description, redacted: {@code java.sql.SQLException: login failed ...}. */
    @Override
    public String toString() {
        return description;
    }
}
