package dev.nbmigrate.runtime;

import dev.nbmigrate.runtime.secrets.Redactor;

/** A named step failed; the message names the step, the cause is the original error (redacted if it held a secret). */
public final class StepFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String step;

    /** Step {@code step} failed with {@code cause}. */
    public StepFailedException(String step, Throwable cause) {
        super("step '" + step + "' failed: " + Redactor.redact(String.valueOf(cause)), Redactor.sanitize(cause));
        this.step = step;
    }

    /** The step's name. */
    public String step() {
        return step;
    }
}
