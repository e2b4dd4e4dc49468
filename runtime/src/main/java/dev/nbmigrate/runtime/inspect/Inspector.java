package dev.nbmigrate.runtime.inspect;

import dev.nbmigrate.runtime.secrets.Redactor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;

/**
 * What notebooks did with {@code show()}, {@code display()}, {@code printSchema()}, {@code describe()} and a bare
 * {@code count()}: each call logs its output at DEBUG and does nothing at all (no Spark job, no plan analysis) when
 * DEBUG is off for the job, which is the default. Turn it on with {@code --log-level debug}.
 *
 * <p>Inspection never changes what a job does: a failure while inspecting is logged as a warning and the job goes
 * on. Row output is capped at {@value #MAX_ROWS} rows.
 */
public final class Inspector {
    /** Rows shown when a call gives no number, as in Spark. */
    public static final int DEFAULT_ROWS = 20;
    /** The most rows any call shows. */
    public static final int MAX_ROWS = 1000;
    /** Characters a cell is cut to when truncating, as in Spark. */
    public static final int DEFAULT_TRUNCATE = 20;

    private static final String NL = System.lineSeparator();

    private final Logger log;

    /** An inspector logging to {@code log}. */
    public Inspector(Logger log) {
        this.log = log;
    }

    /** Whether inspection output is on (the logger is at DEBUG, or {@link Capture} is on). */
    public boolean enabled() {
        return log.isDebugEnabled() || Capture.active().isPresent();
    }

    /** {@code df.show()}: the first 20 rows, cells cut to 20 characters. */
    public void show(Dataset<?> data) {
        show(data, DEFAULT_ROWS, DEFAULT_TRUNCATE, false);
    }

    /** {@code df.show(n)}. */
    public void show(Dataset<?> data, int rows) {
        show(data, rows, DEFAULT_TRUNCATE, false);
    }

    /** {@code df.show(n, truncate)}: {@code false} shows whole cells. */
    public void show(Dataset<?> data, int rows, boolean truncate) {
        show(data, rows, truncate ? DEFAULT_TRUNCATE : 0, false);
    }

    /** {@code df.show(n, truncate)} with a cell width. */
    public void show(Dataset<?> data, int rows, int truncate) {
        show(data, rows, truncate, false);
    }

    /** {@code df.show(n, truncate, vertical)}. */
    public void show(Dataset<?> data, int rows, int truncate, boolean vertical) {
        Capture.active().ifPresent(capture -> capture.result("show", data));
        if (!log.isDebugEnabled()) {
            return;
        }
        int limit = Math.max(0, Math.min(rows, MAX_ROWS));
        emit("show", () -> table(data, limit, truncate, vertical));
    }

    /** Databricks {@code display(df)}: like {@link #show(Dataset)}. */
    public void display(Dataset<?> data) {
        show(data);
    }

    /** {@code df.printSchema()}. */
    public void printSchema(Dataset<?> data) {
        Capture.active().ifPresent(capture -> capture.printed("schema", data.schema().treeString()));
        if (!log.isDebugEnabled()) {
            return;
        }
        emit("schema", () -> data.schema().treeString());
    }

    /** {@code df.describe(cols).show()}: count, mean, stddev, min, max. */
    public void describe(Dataset<?> data, String... columns) {
        Capture.active().ifPresent(capture -> capture.result("describe", data.describe(columns)));
        if (!log.isDebugEnabled()) {
            return;
        }
        emit("describe", () -> table(data.describe(columns), DEFAULT_ROWS, DEFAULT_TRUNCATE, false));
    }

    /** {@code df.summary(stats).show()}. */
    public void summary(Dataset<?> data, String... statistics) {
        Capture.active().ifPresent(capture -> capture.result("summary", data.summary(statistics)));
        if (!log.isDebugEnabled()) {
            return;
        }
        emit("summary", () -> table(data.summary(statistics), DEFAULT_ROWS, DEFAULT_TRUNCATE, false));
    }

    /** {@code df.explain()}: the physical plan. */
    public void explain(Dataset<?> data) {
        explain(data, "simple");
    }

    /** {@code df.explain(extended)}: {@code true} gives the logical plans too. */
    public void explain(Dataset<?> data, boolean extended) {
        explain(data, extended ? "extended" : "simple");
    }

    /** {@code df.explain(mode)}: {@code simple}, {@code extended}, {@code codegen}, {@code cost} or {@code formatted}. */
    public void explain(Dataset<?> data, String mode) {
        if (!log.isDebugEnabled()) {
            return;
        }
        emit("explain", () -> plan(data, mode));
    }

    /** A displayed value the job computed anyway (call it under {@link #enabled()} when computing it costs). */
    public void value(String label, Object value) {
        Capture.active().ifPresent(capture -> capture.printed(label, String.valueOf(value)));
        if (!log.isDebugEnabled()) {
            return;
        }
        emit(label, () -> String.valueOf(value));
    }

    /** A bare {@code df.count()} a notebook displayed. */
    public void count(Dataset<?> data) {
        Capture.active().ifPresent(capture -> capture.printed("count", String.valueOf(data.count())));
        if (!log.isDebugEnabled()) {
            return;
        }
        emit("count", () -> data.count() + " rows");
    }

    /** Any other displayed value, computed only when inspection is on ({@code df.columns}, a collected list). */
    public void value(String label, Supplier<?> value) {
        if (Capture.active().isPresent()) {
            Object computed = value.get();
            Capture.active().get().printed(label, String.valueOf(computed));
            value(label, computed);
            return;
        }
        if (!log.isDebugEnabled()) {
            return;
        }
        emit(label, () -> String.valueOf(value.get()));
    }

    private void emit(String what, Supplier<String> output) {
        try {
            String text = output.get();
            String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            log.debug("{}:{}{}", what, NL, Redactor.redact(body));
        } catch (Exception e) { // Spark also throws checked exceptions it does not declare
            log.warn("inspection '{}' failed; the job goes on: {}", what, Redactor.redact(String.valueOf(e)));
        }
    }

    /**
     * The plan as {@code explain(mode)} prints it, through the query execution's {@code explainString} (public in
     * the bytecode of 3.5 and 4.0), else the analyzed plan's text.
     */
    static String plan(Dataset<?> data, String mode) {
        try {
            Object execution = data.getClass().getMethod("queryExecution").invoke(data);
            Class<?> modes = Class.forName("org.apache.spark.sql.execution.ExplainMode");
            Object explainMode = modes.getMethod("fromString", String.class).invoke(null, mode);
            return (String) execution.getClass().getMethod("explainString", modes).invoke(execution, explainMode);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            return data.schema().treeString();
        }
    }

    /** Spark's own rendering ({@code showString}, public in the bytecode of 3.5 and 4.0), else one row a line. */
    static String table(Dataset<?> data, int rows, int truncate, boolean vertical) {
        try {
            Method showString = data.getClass().getMethod("showString", int.class, int.class, boolean.class);
            return (String) showString.invoke(data, rows, truncate, vertical);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            Dataset<Row> frame = data.toDF();
            StringBuilder out = new StringBuilder(String.join(" | ", frame.columns())).append(NL);
            List<Row> taken = frame.limit(rows).collectAsList();
            for (Row row : taken) {
                out.append(row.mkString(" | ")).append(NL);
            }
            return out.toString();
        }
    }
}
