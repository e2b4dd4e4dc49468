/**
 * Log output of a job run: {@link dev.nbmigrate.runtime.logging.LoggingSetup} configures it for
 * {@link dev.nbmigrate.runtime.logging.LogFormat} TEXT or JSON ({@code --log-format}) when SLF4J's backend is log4j2, as on
 * every Spark classpath, with the runtime's MDC fields ({@link dev.nbmigrate.runtime.logging.LogFields}: job, run id,
 * step). Both layouts ({@code RedactingTextLayout}, {@code JsonLineLayout}) redact secrets from messages and stack
 * traces. The runtime itself logs through SLF4J only.
 */
package dev.nbmigrate.runtime.logging;
