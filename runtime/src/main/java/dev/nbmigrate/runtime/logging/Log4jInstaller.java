package dev.nbmigrate.runtime.logging;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.OutputStreamAppender;
import org.apache.logging.log4j.core.config.AppenderRef;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;

/** The log4j2 side of {@link LoggingSetup}; loaded only when log4j-core is SLF4J's backend. */
final class Log4jInstaller {
    static final String APPENDER = "nbmigrate";

    private Log4jInstaller() {
    }

    static LoggingSetup.Restorer install(LogFormat format, org.slf4j.event.Level level, List<String> loggers,
                                         OutputStream out) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        Deque<Runnable> undo = new ArrayDeque<>();
        if (format != LogFormat.PLATFORM) {
            replaceRootAppenders(config, format, out, undo);
        }
        if (level != null) {
            Level wanted = Level.toLevel(level.name());
            for (String name : loggers) {
                setLevel(config, name, wanted, undo);
            }
        }
        context.updateLoggers();
        return () -> {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
            context.updateLoggers();
        };
    }

    private static void replaceRootAppenders(Configuration config, LogFormat format, OutputStream out,
                                             Deque<Runnable> undo) {
        Layout<String> layout = format == LogFormat.JSON ? new JsonLineLayout() : RedactingTextLayout.create(config);
        OutputStreamAppender appender = OutputStreamAppender.newBuilder()
                .setName(APPENDER).setLayout(layout).setTarget(new KeepOpen(out)).build();
        appender.start();
        LoggerConfig root = config.getRootLogger();
        List<AppenderRef> previousRefs = List.copyOf(root.getAppenderRefs());
        List<Appender> previous = List.copyOf(root.getAppenders().values());
        Level previousLevel = root.getLevel();
        for (Appender old : previous) {
            root.removeAppender(old.getName());
        }
        config.addAppender(appender);
        root.addAppender(appender, null, null);
        root.setLevel(Level.WARN);
        undo.push(() -> {
            root.removeAppender(APPENDER);
            for (Appender old : previous) {
                AppenderRef ref = previousRefs.stream().filter(r -> r.getRef().equals(old.getName())).findFirst()
                        .orElse(null);
                root.addAppender(old, ref == null ? null : ref.getLevel(), ref == null ? null : ref.getFilter());
            }
            root.setLevel(previousLevel);
            appender.stop();
        });
    }

    private static void setLevel(Configuration config, String name, Level level, Deque<Runnable> undo) {
        LoggerConfig existing = config.getLoggers().get(name);
        if (existing != null) {
            Level before = existing.getLevel();
            existing.setLevel(level);
            undo.push(() -> existing.setLevel(before));
            return;
        }
        LoggerConfig added = new LoggerConfig(name, level, true);
        config.addLogger(name, added);
        undo.push(() -> config.removeLogger(name));
    }

    /** Keeps the target (often System.err) open when the appender stops. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
