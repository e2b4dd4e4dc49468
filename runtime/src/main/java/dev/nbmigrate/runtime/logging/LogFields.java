package dev.nbmigrate.runtime.logging;

/** The MDC keys the runtime sets, read by its layouts and usable in any log pattern ({@code %X{run_id}}). */
public final class LogFields {
    /** The job name. */
    public static final String JOB = "job";
    /** The run id. */
    public static final String RUN_ID = "run_id";
    /** The running step's name, while a step runs. */
    public static final String STEP = "step";

    private LogFields() {
    }
}
