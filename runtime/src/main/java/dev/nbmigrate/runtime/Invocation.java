package dev.nbmigrate.runtime;

import dev.nbmigrate.runtime.logging.LogFormat;
import dev.nbmigrate.runtime.paths.PathResolver;
import dev.nbmigrate.runtime.secrets.SecretStore;
import org.slf4j.event.Level;

/** What a job's arguments asked for: usage, or a run with accepted configuration. */
sealed interface Invocation<C extends Record> {

    /**
     * Usage was asked for.
     *
     * @param usage the text to print
     */
    record Help<C extends Record>(String usage) implements Invocation<C> {
    }

    /**
     * A run whose configuration was bound and validated.
     *
     * @param config       the job's config
     * @param description  the config with each value's origin, for the log
     * @param options      the runtime options
     * @param paths        the path resolver of the environment
     * @param secrets      the secret store of the platform
     * @param secretScope  the default secret scope
     * @param runId        the run id
     * @param logFormat    the effective log format
     * @param logLevel     the level to apply, or null to leave levels alone
     * @param onDatabricks whether the job runs on Databricks
     */
    record Ready<C extends Record>(C config, String description, RuntimeOptions options, PathResolver paths,
                                   SecretStore secrets, String secretScope, String runId, LogFormat logFormat,
                                   Level logLevel, boolean onDatabricks) implements Invocation<C> {
    }
}
