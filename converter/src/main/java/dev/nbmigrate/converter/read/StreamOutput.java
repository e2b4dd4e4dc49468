package dev.nbmigrate.converter.read;

import java.util.Objects;

/**
 * Text a cell printed to a stream ({@code output_type: stream}).
 *
 * @param stream {@code stdout} or {@code stderr}
 * @param text   the text, as a {@code text/plain} payload
 */
public record StreamOutput(String stream, Payload text) implements Output {

    public StreamOutput {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(text, "text");
    }
}
