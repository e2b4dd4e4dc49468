package dev.nbmigrate.runtime.logging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.MDC;

/**
 * One log line carrying metric fields ({@link LogFields#METRICS}): the fields are in the MDC for that line only, so
 * every layout can write them (the JSON layout as fields of the line's object).
 *
 * <pre>{@code
 * MetricLine.of(LogFields.EVENT_STEP, LogFields.SUCCEEDED, 42).rowsOut(1200)
 *         .log(log, l -> l.info("step '{}' finished in {} ms", name, 42));
 * }</pre>
 */
public final class MetricLine {
    private final Map<String, String> fields = new LinkedHashMap<>();

    private MetricLine(String event, String outcome, long durationMillis) {
        fields.put(LogFields.EVENT, event);
        fields.put(LogFields.OUTCOME, outcome);
        fields.put(LogFields.DURATION_MS, Long.toString(durationMillis));
    }

    /** A line ending {@code event} ({@code step} or {@code job}) with {@code outcome} after {@code durationMillis}. */
    public static MetricLine of(String event, String outcome, long durationMillis) {
        return new MetricLine(event, outcome, durationMillis);
    }

    /** Adds the rows the step was given. */
    public MetricLine rowsIn(long rows) {
        fields.put(LogFields.ROWS_IN, Long.toString(rows));
        return this;
    }

    /** Adds the rows the step made. */
    public MetricLine rowsOut(long rows) {
        fields.put(LogFields.ROWS_OUT, Long.toString(rows));
        return this;
    }

    /** Logs through {@code logging} with the fields in the MDC, then restores what the MDC held before. */
    public void log(Logger log, Consumer<Logger> logging) {
        Map<String, String> previous = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            previous.put(key, MDC.get(key));
            MDC.put(key, value);
        });
        try {
            logging.accept(log);
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    MDC.remove(key);
                } else {
                    MDC.put(key, value);
                }
            });
        }
    }
}
