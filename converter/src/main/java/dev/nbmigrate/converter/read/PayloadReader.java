package dev.nbmigrate.converter.read;

import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads output values (mime bundles, stream text, Zeppelin messages) into small {@link Payload}s: binary data is
 * skipped in the stream and only measured, text and JSON are kept up to a limit.
 */
final class PayloadReader {

    /** Mime type prefixes of binary data (Jupyter stores it base64-encoded). */
    private static final List<String> BINARY_PREFIXES = List.of("image/", "audio/", "video/", "font/");
    /** Binary mime types outside those prefixes. */
    private static final Set<String> BINARY_TYPES = Set.of(
            "application/pdf", "application/octet-stream", "application/zip", "application/x-protobuf");
    /** Text mime types inside the binary prefixes. */
    private static final Set<String> TEXT_EXCEPTIONS = Set.of("image/svg+xml");

    private final int textLimit;

    PayloadReader(int textLimit) {
        this.textLimit = textLimit;
    }

    /** True when values of this mime type are binary (base64 in the file): never read into memory. */
    static boolean binary(String mimeType) {
        String mime = mimeType.toLowerCase(Locale.ROOT);
        if (TEXT_EXCEPTIONS.contains(mime)) {
            return false;
        }
        return BINARY_TYPES.contains(mime) || BINARY_PREFIXES.stream().anyMatch(mime::startsWith);
    }

    /** Reads the current value as a payload of the mime type; binary sizes complete after the next token. */
    Draft read(JsonCursor cursor, String mimeType) throws IOException {
        Draft draft = new Draft(mimeType);
        JsonToken token = cursor.token();
        if (binary(mimeType) && (token == JsonToken.VALUE_STRING || token == JsonToken.START_ARRAY)) {
            draft.kind = Payload.Kind.BINARY;
            cursor.skipMeasured(size -> draft.size = size);
            return draft;
        }
        TruncatingWriter sink;
        boolean jsonArray = token == JsonToken.START_ARRAY && mimeType.contains("json");
        if (token == JsonToken.START_OBJECT || jsonArray) {
            draft.kind = Payload.Kind.JSON;
            sink = cursor.boundedJson(textLimit);
        } else {
            draft.kind = Payload.Kind.TEXT;
            sink = cursor.boundedText(textLimit);
        }
        draft.text = sink.kept();
        draft.size = sink.length();
        return draft;
    }

    /** Reads a mime bundle object ({@code {"text/plain": ..., "image/png": ...}}). */
    List<Payload> bundle(JsonCursor cursor) throws IOException {
        if (cursor.token() != JsonToken.START_OBJECT) {
            cursor.skip();
            return List.of();
        }
        List<Draft> drafts = new ArrayList<>();
        while (cursor.next() == JsonToken.FIELD_NAME) {
            String mime = cursor.fieldName();
            cursor.next();
            drafts.add(read(cursor, mime));
        }
        return build(drafts);
    }

    static List<Payload> build(List<Draft> drafts) {
        return drafts.stream().map(Draft::build).toList();
    }

    /** A payload being read: binary sizes are known only after the next token. */
    static final class Draft {
        private final String mimeType;
        private Payload.Kind kind = Payload.Kind.TEXT;
        private String text = "";
        private long size;

        Draft(String mimeType) {
            this.mimeType = mimeType;
        }

        Payload build() {
            return new Payload(mimeType, kind, text, size);
        }
    }
}
