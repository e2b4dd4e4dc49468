package dev.nbmigrate.converter.read;

import java.util.Objects;

/**
 * One representation of an output (or attachment) by mime type, kept small: binary data (images, PDF) is never
 * held in memory, only its mime type and size; text and JSON are kept up to {@link NotebookReader#TEXT_LIMIT}
 * characters, with the full length recorded.
 *
 * @param mimeType e.g. {@code text/plain}, {@code image/png}, {@code application/vnd.jupyter.widget-view+json}
 * @param kind     how the value was stored and kept
 * @param text     the text (JSON values as compact JSON), possibly truncated; empty for binary data
 * @param size     for text and JSON the full length in characters; for binary data the number of bytes the
 *                 encoded value occupies in the file (its quotes and the separator after it included)
 */
public record Payload(String mimeType, Kind kind, String text, long size) {

    /** How a payload was stored in the file. */
    public enum Kind {
        TEXT,
        JSON,
        /** Base64 or other encoded binary: only mime type and size are kept. */
        BINARY
    }

    public Payload {
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** True when {@link #text} is shorter than the value in the file (always true for non-empty binary data). */
    public boolean truncated() {
        return text.length() < size;
    }
}
