package dev.nbmigrate.converter.read;

import java.util.List;
import java.util.Objects;

/**
 * The saved result of a Zeppelin paragraph: a status and its messages. Zeppelin message types map to mime types:
 * {@code TEXT} to {@code text/plain}, {@code TABLE} to {@code text/tab-separated-values}, {@code HTML} to
 * {@code text/html}, {@code IMG} to {@code image/png}, others to {@code application/x-zeppelin-<type>}.
 *
 * @param status   {@code SUCCESS}, {@code ERROR}, {@code INCOMPLETE}...
 * @param messages the messages in file order
 */
public record ParagraphResult(String status, List<Payload> messages) implements Output {

    public ParagraphResult {
        Objects.requireNonNull(status, "status");
        messages = List.copyOf(messages);
    }
}
