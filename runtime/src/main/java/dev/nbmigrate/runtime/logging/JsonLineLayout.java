package dev.nbmigrate.runtime.logging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.nbmigrate.runtime.secrets.Redactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.layout.AbstractStringLayout;
import org.apache.logging.log4j.util.ReadOnlyStringMap;

/**
 * The JSON layout: one object per line with {@code time} (ISO-8601 UTC, milliseconds), {@code level},
 * {@code logger}, {@code message}, {@code job}, {@code run_id}, {@code step} (while a step runs), {@code thread}
 * and {@code thrown} (the stack trace, when there is one); the line ending a step or run also has the metric fields of
 * {@link LogFields} ({@code event}, {@code outcome}, {@code duration_ms}, {@code rows_in}, {@code rows_out}). Secrets are redacted from message and stack trace. The
 * field names suit Azure Log Analytics custom logs, which parse {@code time} as the event time.
 */
final class JsonLineLayout extends AbstractStringLayout {

    /** ISO-8601 UTC with always three digits of milliseconds (ISO_INSTANT drops a zero fraction). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);
    private static final JsonFactory JSON = new JsonFactory();

    JsonLineLayout() {
        super(StandardCharsets.UTF_8);
    }

    @Override
    public String toSerializable(LogEvent event) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            Instant time = Instant.ofEpochSecond(event.getInstant().getEpochSecond(),
                    event.getInstant().getNanoOfSecond()).truncatedTo(ChronoUnit.MILLIS);
            json.writeStringField("time", TIME.format(time));
            json.writeStringField("level", event.getLevel().name());
            json.writeStringField("logger", event.getLoggerName());
            json.writeStringField("message", Redactor.redact(event.getMessage().getFormattedMessage()));
            ReadOnlyStringMap mdc = event.getContextData();
            writeIfPresent(json, LogFields.JOB, mdc.getValue(LogFields.JOB));
            writeIfPresent(json, LogFields.RUN_ID, mdc.getValue(LogFields.RUN_ID));
            writeIfPresent(json, LogFields.STEP, mdc.getValue(LogFields.STEP));
            for (String field : LogFields.METRICS) {
                Object value = mdc.getValue(field);
                if (value != null && LogFields.NUMERIC.contains(field)) {
                    json.writeNumberField(field, Long.parseLong(value.toString()));
                } else {
                    writeIfPresent(json, field, value);
                }
            }
            json.writeStringField("thread", event.getThreadName());
            if (event.getThrown() != null) {
                StringWriter trace = new StringWriter();
                event.getThrown().printStackTrace(new PrintWriter(trace));
                json.writeStringField("thrown", Redactor.redact(trace.toString()));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void writeIfPresent(JsonGenerator json, String field, Object value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value.toString());
        }
    }

    @Override
    public String getContentType() {
        return "application/x-ndjson; charset=UTF-8";
    }
}
