package dev.nbmigrate.converter.read;

import java.util.List;
import java.util.Objects;

/**
 * A file attached to a Markdown or raw cell ({@code attachments}, nbformat 4.1+), e.g. a pasted image.
 *
 * @param name the attachment's name as referenced from the Markdown ({@code attachment:name})
 * @param data its representations by mime type
 */
public record Attachment(String name, List<Payload> data) {

    public Attachment {
        Objects.requireNonNull(name, "name");
        data = List.copyOf(data);
    }
}
