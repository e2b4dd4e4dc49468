package dev.nbmigrate.runtime.logging;

import java.io.OutputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Sets up log output for a job run. The runtime logs through SLF4J only; when SLF4J's backend is log4j2 (as on every
 * Spark classpath) the output is reconfigured for {@link LogFormat#TEXT} or {@link LogFormat#JSON}: one appender on
 * the root logger writing to the given stream through a redacting layout, Spark and other libraries at WARN, the
 * runtime and the job's package at the requested level. With another backend nothing is changed and a warning
 * says so.
 */
public final class LoggingSetup {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingSetup.class);
    private static final String LOG4J_SLF4J_FACTORY = "org.apache.logging.slf4j.Log4jLoggerFactory";

    private LoggingSetup() {
    }

    /**
     * Applies {@code format} and {@code level}, the latter to {@code loggers} (logger names or package prefixes).
     *
     * @param level      the level for {@code loggers}, or null to leave levels alone (only with PLATFORM)
     * @param out        where TEXT and JSON output goes
     * @return a handle that restores the previous setup when closed
     */
    public static Restorer install(LogFormat format, Level level, List<String> loggers, OutputStream out) {
        if (!log4jIsTheBackend()) {
            if (format != LogFormat.PLATFORM || level != null) {
                LOG.warn("log format {} and level {} need log4j2 as SLF4J's backend, found {}; logging left as it is",
                        format, level, LoggerFactory.getILoggerFactory().getClass().getName());
            }
            return () -> { };
        }
        return Log4jInstaller.install(format, level, loggers, out);
    }

    /** True if SLF4J logs through log4j-core. */
    static boolean log4jIsTheBackend() {
        if (!LoggerFactory.getILoggerFactory().getClass().getName().equals(LOG4J_SLF4J_FACTORY)) {
            return false;
        }
        try {
            Class<?> core = Class.forName("org.apache.logging.log4j.core.LoggerContext", false,
                    LoggingSetup.class.getClassLoader());
            return core.isInstance(org.apache.logging.log4j.LogManager.getContext(false));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Undoes a logging setup. */
    @FunctionalInterface
    public interface Restorer extends AutoCloseable {
        @Override
        void close();
    }
}
