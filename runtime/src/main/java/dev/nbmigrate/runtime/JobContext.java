package dev.nbmigrate.runtime;

import dev.nbmigrate.runtime.inspect.Inspector;
import dev.nbmigrate.runtime.logging.LogFields;
import dev.nbmigrate.runtime.logging.MetricLine;
import dev.nbmigrate.runtime.paths.PathResolver;
import dev.nbmigrate.runtime.secrets.Redactor;
import dev.nbmigrate.runtime.secrets.Secret;
import dev.nbmigrate.runtime.secrets.SecretStore;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * What a running job works with: the SparkSession, path resolution, named steps, inspection and secrets.
 *
 * <pre>{@code
 * Dataset<Row> sales = ctx.step("load sales", () -> ctx.spark().read().parquet(ctx.path(config.inputPath())));
 * ctx.inspect().show(sales, 20);
 * ctx.step("write covers", () -> covers.write().mode("overwrite").parquet(ctx.path(config.outputPath())));
 * }</pre>
 */
public final class JobContext {
    private final String jobName;
    private final String runId;
    private final SparkSession spark;
    private final PathResolver paths;
    private final SecretStore secrets;
    private final String secretScope;
    private final boolean countRows;
    private final Inspector inspector;
    private final Logger log;

    /**
     * A context; jobs get theirs from {@link SparkJob}, tests of single job methods may build one.
     *
     * @param jobName     the job name (logs, MDC)
     * @param runId       the run id (logs, MDC)
     * @param spark       the session
     * @param paths       the environment's path resolver
     * @param secrets     where {@link #secret} reads from
     * @param secretScope the default secret scope
     * @param countRows   whether steps returning a Dataset log its row count
     */
    public JobContext(String jobName, String runId, SparkSession spark, PathResolver paths, SecretStore secrets,
                      String secretScope, boolean countRows) {
        this.jobName = jobName;
        this.runId = runId;
        this.spark = spark;
        this.paths = paths;
        this.secrets = secrets;
        this.secretScope = secretScope;
        this.countRows = countRows;
        this.inspector = new Inspector(LoggerFactory.getLogger("dev.nbmigrate.inspect." + jobName));
        this.log = LoggerFactory.getLogger("dev.nbmigrate.step." + jobName);
    }

    /** The SparkSession. */
    public SparkSession spark() {
        return spark;
    }

    /** The job name. */
    public String jobName() {
        return jobName;
    }

    /** The run id. */
    public String runId() {
        return runId;
    }

    /** The deployment environment ({@code local}, {@code uat}, {@code prod}, ...). */
    public String environment() {
        return paths.environment();
    }

    /**
     * Where {@code location} (a lake URI, {@code dbfs:/}, {@code /mnt/} or local path) is in this environment.
     *
     * @throws dev.nbmigrate.runtime.paths.PathResolutionException if the environment has no rule for it
     */
    public String path(String location) {
        String resolved = paths.resolve(location);
        if (!resolved.equals(location)) {
            log.debug("path {} -> {}", location, resolved);
        }
        return resolved;
    }

    /** The inspection helpers (DEBUG only; free otherwise). */
    public Inspector inspect() {
        return inspector;
    }

    /**
     * Runs a named step that produces a value: logs its duration (and the row count of a Dataset result when row
     * counts are on), puts the step name in the MDC while it runs, and wraps a failure in a
     * {@link StepFailedException} naming the step. The line ending the step carries the metric fields of
     * {@link LogFields} ({@code event=step}, {@code outcome}, {@code duration_ms}, {@code rows_out}).
     */
    public <T> T step(String name, StepBody<T> body) {
        return step(name, java.util.List.of(), body);
    }

    /**
     * Runs a named step over {@code inputs}, as {@link #step(String, StepBody)}; when row counts are on, the ending
     * line also carries {@code rows_in}, the rows of the inputs (counted before the step runs).
     */
    public <T> T step(String name, java.util.List<? extends Dataset<?>> inputs, StepBody<T> body) {
        String outer = MDC.get(LogFields.STEP);
        MDC.put(LogFields.STEP, name);
        Long rowsIn = countRows && !inputs.isEmpty() ? inputs.stream().mapToLong(Dataset::count).sum() : null;
        long start = System.nanoTime();
        try {
            T result = body.get();
            long millis = (System.nanoTime() - start) / 1_000_000;
            MetricLine line = MetricLine.of(LogFields.EVENT_STEP, LogFields.SUCCEEDED, millis);
            if (rowsIn != null) {
                line.rowsIn(rowsIn);
            }
            if (countRows && result instanceof Dataset<?> data) {
                long countStart = System.nanoTime();
                long rows = data.count();
                long countMillis = (System.nanoTime() - countStart) / 1_000_000;
                line.rowsOut(rows).log(log, l -> l.info("step '{}' finished in {} ms; {} rows (counted in {} ms)",
                        name, millis, rows, countMillis));
            } else {
                line.log(log, l -> l.info("step '{}' finished in {} ms", name, millis));
            }
            return result;
        } catch (StepFailedException e) {
            throw e;
        } catch (Exception e) { // Spark also throws checked exceptions it does not declare
            long millis = (System.nanoTime() - start) / 1_000_000;
            MetricLine.of(LogFields.EVENT_STEP, LogFields.FAILED, millis).log(log, l -> l.error(
                    "step '{}' failed after {} ms: {}", name, millis, Redactor.redact(String.valueOf(e))));
            throw new StepFailedException(name, e);
        } finally {
            if (outer == null) {
                MDC.remove(LogFields.STEP);
            } else {
                MDC.put(LogFields.STEP, outer);
            }
        }
    }

    /** Runs a named step that produces nothing; see {@link #step(String, StepBody)}. */
    public void step(String name, StepAction action) {
        step(name, () -> {
            action.run();
            return null;
        });
    }

    /** The secret {@code key} in the job's default scope (registered for redaction). */
    public Secret secret(String key) {
        return secret(secretScope, key);
    }

    /**
     * The secret {@code key} in {@code scope} (registered for redaction).
     *
     * @throws IllegalStateException if there is no such secret
     */
    public Secret secret(String scope, String key) {
        return new Secret(key, secrets.get(scope, key).orElseThrow(() -> new IllegalStateException(
                "missing secret '" + key + "' (" + secrets.describe(scope, key) + ")")));
    }
}
