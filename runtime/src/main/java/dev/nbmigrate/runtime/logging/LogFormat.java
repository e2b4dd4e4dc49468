package dev.nbmigrate.runtime.logging;

/** How the runtime sets up log output ({@code --log-format}, env {@code NBM_LOG_FORMAT}). */
public enum LogFormat {
    /** One readable line per event, with job and run id; secrets redacted. The default off Databricks. */
    TEXT,
    /**
     * One JSON object per line (time, level, logger, message, job, run_id, step, thread, thrown), for Azure Log
     * Analytics and other collectors; secrets redacted.
     */
    JSON,
    /**
     * Keep the platform's logging setup (only {@code --log-level} is applied). The default on Databricks, whose
     * driver log delivery depends on its own log4j configuration. The runtime still redacts its own messages.
     */
    PLATFORM
}
