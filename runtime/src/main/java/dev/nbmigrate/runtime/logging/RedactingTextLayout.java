package dev.nbmigrate.runtime.logging;

import dev.nbmigrate.runtime.secrets.Redactor;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.layout.AbstractStringLayout;
import org.apache.logging.log4j.core.layout.PatternLayout;

/** The TEXT layout: one line per event ({@value #PATTERN}), stack traces after it, secrets redacted. */
final class RedactingTextLayout extends AbstractStringLayout {
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}{UTC} %-5level %c{1.} [%X{job} %X{run_id}]"
            + "%notEmpty{ step=%X{step}} - %msg%n%throwable";

    private final PatternLayout pattern;

    private RedactingTextLayout(PatternLayout pattern) {
        super(StandardCharsets.UTF_8);
        this.pattern = pattern;
    }

    static RedactingTextLayout create(Configuration config) {
        return new RedactingTextLayout(PatternLayout.newBuilder().withPattern(PATTERN).withConfiguration(config)
                .withCharset(StandardCharsets.UTF_8).build());
    }

    @Override
    public String toSerializable(LogEvent event) {
        return Redactor.redact(pattern.toSerializable(event));
    }
}
