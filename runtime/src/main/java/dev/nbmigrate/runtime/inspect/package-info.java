/**
 * Inspection: what notebooks did with {@code show()}, {@code display()}, {@code printSchema()}, {@code describe()} and
 * a bare {@code count()}, as DEBUG logging in a job.
 *
 * <p>{@link dev.nbmigrate.runtime.inspect.Inspector} ({@code ctx.inspect()}) logs the output at DEBUG and does no Spark
 * work at all when DEBUG is off for the job (the default); {@code --log-level debug} turns it on. Generated code calls
 * it where the notebook only looked at data.
 *
 * <p>{@link dev.nbmigrate.runtime.inspect.Capture}, on only when the system property {@code nbmigrate.capture} names a
 * spec file ({@code nbmigrate reconcile} sets it), keeps every inspected result with the job-class line that asked for
 * it and, at the end of the run, the tables and file outputs, as JSON for comparison with the legacy notebook's run.
 */
package dev.nbmigrate.runtime.inspect;
