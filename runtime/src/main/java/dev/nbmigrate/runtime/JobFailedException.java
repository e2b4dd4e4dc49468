package dev.nbmigrate.runtime;

import dev.nbmigrate.runtime.secrets.Redactor;

/**
 * A job run failed after its configuration was accepted. Thrown on Databricks (and by
 * {@link SparkJob#execute}); on the command line the job logs it and exits with status 1. Message and cause chain
 * are redacted.
 */
public final class JobFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Job {@code job}, run {@code runId}, failed with {@code cause}. */
    public JobFailedException(String job, String runId, Throwable cause) {
        super("job '" + job + "' (run " + runId + ") failed: " + Redactor.redact(String.valueOf(cause)),
                Redactor.sanitize(cause));
    }
}
