package dev.nbmigrate.converter.read;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Zeppelin paragraphs ({@code note.json} of Zeppelin 0.7/0.8 as on HDInsight 3.6 and 4, {@code .zpln} of
 * Zeppelin 0.9+): the text with its interpreter prefix, the title, the saved results, and every other field as the
 * cell's metadata.
 */
final class ZeppelinParagraphReader {

    /** Zeppelin result message types and the mime types they are kept as. */
    private static final Map<String, String> MESSAGE_TYPES = Map.of(
            "TEXT", "text/plain",
            "TABLE", "text/tab-separated-values",
            "HTML", "text/html",
            "IMG", "image/png",
            "ANGULAR", "application/x-zeppelin-angular",
            "NETWORK", "application/x-zeppelin-network",
            "SVG", "image/svg+xml");

    private final PayloadReader payloads;

    ZeppelinParagraphReader(PayloadReader payloads) {
        this.payloads = payloads;
    }

    /** Reads a {@code paragraphs} array (current token: its start) into drafts. */
    void paragraphs(JsonCursor cursor, List<CellDraft> into) throws IOException {
        if (cursor.token() != JsonToken.START_ARRAY) {
            throw new ShapeException(cursor.line(), cursor.column(), "\"paragraphs\" is not a list");
        }
        while (cursor.next() != JsonToken.END_ARRAY) {
            CellDraft draft = new CellDraft();
            draft.fileLine = cursor.line();
            if (cursor.token() != JsonToken.START_OBJECT) {
                draft.problems.add("it is not a JSON object");
                draft.metadata.set("nbmigrate.malformed", cursor.tree());
            } else {
                paragraph(cursor, draft);
            }
            into.add(draft);
        }
    }

    private void paragraph(JsonCursor cursor, CellDraft draft) throws IOException {
        draft.type = CellType.CODE;
        while (cursor.next() == JsonToken.FIELD_NAME) {
            String field = cursor.fieldName();
            cursor.next();
            switch (field) {
                case "text" -> text(cursor, draft);
                case "results" -> results(cursor, draft);
                case "result" -> legacyResult(cursor, draft);
                default -> {
                    JsonNode value = cursor.tree();
                    draft.metadata.set(field, value);
                    if (field.equals("title") && value.isTextual() && !value.asText().isBlank()) {
                        draft.title = value.asText();
                    } else if (field.equals("id") && value.isTextual()) {
                        draft.id = value.asText();
                    } else if (field.equals("config")) {
                        draft.languageHint = editorLanguage(value);
                    }
                }
            }
        }
    }

    private static void text(JsonCursor cursor, CellDraft draft) throws IOException {
        if (cursor.token() == JsonToken.VALUE_NULL) {
            return;
        }
        JsonCursor.SourceWithLines source = cursor.source();
        if (source == null) {
            draft.problems.add("its \"text\" is not a string");
            return;
        }
        draft.source = source.text();
        draft.lines = source.lines();
    }

    /** {@code config.editorSetting.language}, else the mode of {@code config.editorMode} ("ace/mode/python"). */
    private static String editorLanguage(JsonNode config) {
        JsonNode language = config.path("editorSetting").path("language");
        if (language.isTextual() && !language.asText().isBlank()) {
            return language.asText().toLowerCase(Locale.ROOT);
        }
        JsonNode mode = config.path("editorMode");
        if (mode.isTextual() && mode.asText().startsWith("ace/mode/")) {
            return mode.asText().substring("ace/mode/".length()).toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** Zeppelin 0.8+: {@code {"code": "SUCCESS", "msg": [{"type": "TEXT", "data": "..."}]}}. */
    private void results(JsonCursor cursor, CellDraft draft) throws IOException {
        if (cursor.token() != JsonToken.START_OBJECT) {
            cursor.skip();
            return;
        }
        String status = "";
        List<Payload> messages = new ArrayList<>();
        while (cursor.next() == JsonToken.FIELD_NAME) {
            String field = cursor.fieldName();
            cursor.next();
            if (field.equals("code")) {
                String code = cursor.stringOrNull();
                status = code == null ? "" : code;
            } else if (field.equals("msg") && cursor.token() == JsonToken.START_ARRAY) {
                while (cursor.next() != JsonToken.END_ARRAY) {
                    message(cursor, messages);
                }
            } else {
                cursor.skip();
            }
        }
        draft.outputs.add(new ParagraphResult(status, messages));
    }

    private void message(JsonCursor cursor, List<Payload> into) throws IOException {
        if (cursor.token() != JsonToken.START_OBJECT) {
            cursor.skip();
            return;
        }
        String type = "TEXT";
        List<PayloadReader.Draft> drafts = new ArrayList<>();
        while (cursor.next() == JsonToken.FIELD_NAME) {
            String field = cursor.fieldName();
            cursor.next();
            if (field.equals("type")) {
                String value = cursor.stringOrNull();
                type = value == null ? type : value;
            } else if (field.equals("data")) {
                drafts.add(payloads.read(cursor, mimeType(type)));
            } else {
                cursor.skip();
            }
        }
        into.addAll(PayloadReader.build(drafts));
    }

    /** Zeppelin 0.7 and earlier: {@code {"code": "SUCCESS", "type": "TEXT", "msg": "..."}}. */
    private void legacyResult(JsonCursor cursor, CellDraft draft) throws IOException {
        if (cursor.token() != JsonToken.START_OBJECT) {
            cursor.skip();
            return;
        }
        String status = "";
        String type = "TEXT";
        List<PayloadReader.Draft> drafts = new ArrayList<>();
        while (cursor.next() == JsonToken.FIELD_NAME) {
            String field = cursor.fieldName();
            cursor.next();
            switch (field) {
                case "code" -> {
                    String code = cursor.stringOrNull();
                    status = code == null ? "" : code;
                }
                case "type" -> {
                    String value = cursor.stringOrNull();
                    type = value == null ? type : value;
                }
                case "msg" -> drafts.add(payloads.read(cursor, mimeType(type)));
                default -> cursor.skip();
            }
        }
        draft.outputs.add(new ParagraphResult(status, PayloadReader.build(drafts)));
    }

    private static String mimeType(String zeppelinType) {
        String type = zeppelinType.toUpperCase(Locale.ROOT);
        return MESSAGE_TYPES.getOrDefault(type, "application/x-zeppelin-" + type.toLowerCase(Locale.ROOT));
    }
}
