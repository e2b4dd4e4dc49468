/**
 * The runtime every generated job stands on: the job's base class, its launch on the command line and on Databricks,
 * and what a running job works with.
 *
 * <p>A generated job extends {@link dev.nbmigrate.runtime.SparkJob}, names its config record and
 * {@link dev.nbmigrate.runtime.SparkSettings}, and implements {@code run(JobContext, C)}.
 * {@link dev.nbmigrate.runtime.SparkJob#launch} (from {@code main}) and {@link dev.nbmigrate.runtime.SparkJob#execute}
 * turn the arguments and environment ({@link dev.nbmigrate.runtime.EnvVars}) into a validated config, the runtime's own
 * options ({@link dev.nbmigrate.runtime.RuntimeOptions}), secrets and a path resolver before Spark starts, then run
 * the job with a {@link dev.nbmigrate.runtime.JobContext}: the SparkSession, {@code ctx.path(...)} resolution, named
 * steps, inspection and secrets. On the command line a run ends with exit status 0 (done), 1
 * ({@link dev.nbmigrate.runtime.JobFailedException}) or 2 (refused configuration); on Databricks failures are thrown.
 * {@link dev.nbmigrate.runtime.NotTranslated} is what generated code calls where the converter left a gap. The
 * converter's templates and translator generate code against this API.
 */
package dev.nbmigrate.runtime;
