package dev.nbmigrate.runtime.logging;

import java.util.List;
import java.util.Set;

/**
 * The MDC keys the runtime sets, read by its layouts and usable in any log pattern ({@code %X{run_id}}). Besides
 * job, run and step, the line that ends a step or a run carries its metrics: {@code event} ({@code step} or
 * {@code job}), {@code outcome} ({@code succeeded} or {@code failed}), {@code duration_ms}, and for steps
 * {@code rows_in} (the rows of the Datasets the step was given) and {@code rows_out} (the rows of the Dataset it
 * made), each only when counted. The JSON layout writes the numbers as JSON numbers; the monitoring queries
 * nbmigrate generates use these names.
 */
public final class LogFields {
    /** The job name. */
    public static final String JOB = "job";
    /** The run id. */
    public static final String RUN_ID = "run_id";
    /** The running step's name, while a step runs. */
    public static final String STEP = "step";
    /** What a metrics line ends: {@code step} or {@code job}. */
    public static final String EVENT = "event";
    /** How it ended: {@code succeeded} or {@code failed}. */
    public static final String OUTCOME = "outcome";
    /** How long it took, in milliseconds. */
    public static final String DURATION_MS = "duration_ms";
    /** Rows of the Datasets a step was given, when counted. */
    public static final String ROWS_IN = "rows_in";
    /** Rows of the Dataset a step made, when counted. */
    public static final String ROWS_OUT = "rows_out";

    /** The metric fields, in the order layouts write them. */
    public static final List<String> METRICS = List.of(EVENT, OUTCOME, DURATION_MS, ROWS_IN, ROWS_OUT);
    /** The metric fields whose values are whole numbers. */
    public static final Set<String> NUMERIC = Set.of(DURATION_MS, ROWS_IN, ROWS_OUT);
    /** {@link #EVENT} of a step's last line. */
    public static final String EVENT_STEP = "step";
    /** {@link #EVENT} of a run's last line. */
    public static final String EVENT_JOB = "job";
    /** {@link #OUTCOME} of what worked. */
    public static final String SUCCEEDED = "succeeded";
    /** {@link #OUTCOME} of what failed. */
    public static final String FAILED = "failed";

    private LogFields() {
    }
}
