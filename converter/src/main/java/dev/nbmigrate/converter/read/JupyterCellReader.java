package dev.nbmigrate.converter.read;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Jupyter cells of nbformat 4 ({@code source}, {@code execution_count}) and 3 ({@code input},
 * {@code prompt_number}, {@code language}, {@code heading} cells) from the stream, with their outputs.
 */
final class JupyterCellReader {

    /** nbformat 3 output keys that hold a representation, and their mime types. */
    private static final Map<String, String> V3_MIME_KEYS = Map.of(
            "text", "text/plain",
            "html", "text/html",
            "svg", "image/svg+xml",
            "png", "image/png",
            "jpeg", "image/jpeg",
            "latex", "text/latex",
            "json", "application/json",
            "javascript", "application/javascript",
            "pdf", "application/pdf");

    /** Cell types as saved, and what they become. {@code heading} (nbformat 3) becomes Markdown. */
    private static final Map<String, CellType> CELL_TYPES = Map.of(
            "code", CellType.CODE,
            "markdown", CellType.MARKDOWN,
            "raw", CellType.RAW,
            "heading", CellType.MARKDOWN);

    private final PayloadReader payloads;

    JupyterCellReader(PayloadReader payloads) {
        this.payloads = payloads;
    }

    /** Reads a {@code cells} array (current token: its start) into drafts. */
    void cells(JsonCursor cursor, List<CellDraft> into) throws IOException {
        if (cursor.token() != JsonToken.START_ARRAY) {
            throw new ShapeException(cursor.line(), cursor.column(), "\"cells\" is not a list");
        }
        while (cursor.next() != JsonToken.END_ARRAY) {
            CellDraft draft = new CellDraft();
            draft.fileLine = cursor.line();
            if (cursor.token() != JsonToken.START_OBJECT) {
                draft.problems.add("it is not a JSON object");
                draft.type = CellType.RAW;
                draft.metadata.set("nbmigrate.malformed", cursor.tree());
            } else {
                cell(cursor, draft);
            }
            into.add(draft);
        }
    }

    /** Reads nbformat 3 {@code worksheets}: the cells of all worksheets, in order. */
    void worksheets(JsonCursor cursor, List<CellDraft> into) throws IOException {
        if (cursor.token() != JsonToken.START_ARRAY) {
            throw new ShapeException(cursor.line(), cursor.column(), "\"worksheets\" is not a list");
        }
        while (cursor.next() != JsonToken.END_ARRAY) {
            if (cursor.token() != JsonToken.START_OBJECT) {
                throw new ShapeException(cursor.line(), cursor.column(), "a worksheet is not a JSON object");
            }
            while (cursor.next() == JsonToken.FIELD_NAME) {
                String field = cursor.fieldName();
                cursor.next();
                if (field.equals("cells")) {
                    cells(cursor, into);
                } else {
                    cursor.skip();
                }
            }
        }
    }

    private void cell(JsonCursor cursor, CellDraft draft) throws IOException {
        String cellType = null;
        Integer headingLevel = null;
        JsonNode collapsed = null;
        while (cursor.next() == JsonToken.FIELD_NAME) {
            String field = cursor.fieldName();
            cursor.next();
            switch (field) {
                case "cell_type" -> cellType = cursor.stringOrNull();
                case "source", "input" -> source(cursor, draft, field);
                case "metadata" -> draft.metadata(cursor.tree());
                case "execution_count", "prompt_number" -> draft.executionCount = cursor.intValue();
                case "id" -> draft.id = cursor.stringOrNull();
                case "language" -> draft.languageHint = cursor.stringOrNull();
                case "level" -> headingLevel = cursor.intValue();
                case "collapsed" -> collapsed = cursor.tree();
                case "outputs" -> outputs(cursor, draft);
                case "attachments" -> attachments(cursor, draft);
                default -> cursor.skip();
            }
        }
        if (collapsed != null && !draft.metadata.has("collapsed")) {
            draft.metadata.set("collapsed", collapsed);
        }
        if (cellType == null) {
            draft.problems.add("it has no \"cell_type\"; read as a code cell");
            draft.type = CellType.CODE;
        } else {
            CellType type = CELL_TYPES.get(cellType.toLowerCase(Locale.ROOT));
            if (type == null) {
                draft.problems.add("its cell_type \"" + cellType + "\" is unknown; read as a raw cell");
                type = CellType.RAW;
            }
            draft.type = type;
            if (cellType.equals("heading")) {
                int level = headingLevel == null ? 1 : Math.max(1, Math.min(6, headingLevel));
                draft.source = "#".repeat(level) + " " + draft.source;
            }
        }
    }

    private static void source(JsonCursor cursor, CellDraft draft, String field) throws IOException {
        JsonCursor.SourceWithLines source = cursor.source();
        if (source == null) {
            draft.problems.add("its \"" + field + "\" is neither a string nor a list of strings");
            return;
        }
        draft.source = source.text();
        draft.lines = source.lines();
    }

    private void outputs(JsonCursor cursor, CellDraft draft) throws IOException {
        if (cursor.token() != JsonToken.START_ARRAY) {
            draft.problems.add("its \"outputs\" is not a list");
            cursor.skip();
            return;
        }
        while (cursor.next() != JsonToken.END_ARRAY) {
            if (cursor.token() == JsonToken.START_OBJECT) {
                draft.outputs.add(output(cursor));
            } else {
                draft.problems.add("one of its outputs is not a JSON object");
                cursor.skip();
            }
        }
    }

    private Output output(JsonCursor cursor) throws IOException {
        String outputType = "";
        String streamName = null;
        Integer executionCount = null;
        String errorName = "";
        String errorValue = "";
        List<String> traceback = new ArrayList<>();
        List<PayloadReader.Draft> drafts = new ArrayList<>();
        List<Payload> data = List.of();
        while (cursor.next() == JsonToken.FIELD_NAME) {
            String field = cursor.fieldName();
            cursor.next();
            switch (field) {
                case "output_type" -> outputType = Optional.ofNullable(cursor.stringOrNull()).orElse("");
                case "name", "stream" -> streamName = cursor.stringOrNull();
                case "execution_count", "prompt_number" -> executionCount = cursor.intValue();
                case "data" -> data = payloads.bundle(cursor);
                case "ename" -> errorName = Optional.ofNullable(cursor.stringOrNull()).orElse("");
                case "evalue" -> errorValue = Optional.ofNullable(cursor.stringOrNull()).orElse("");
                case "traceback" -> traceback = strings(cursor);
                default -> {
                    String mime = V3_MIME_KEYS.get(field);
                    if (mime == null) {
                        cursor.skip();
                    } else {
                        drafts.add(payloads.read(cursor, mime));
                    }
                }
            }
        }
        List<Payload> all = new ArrayList<>(data);
        all.addAll(PayloadReader.build(drafts));
        return switch (outputType) {
            case "stream" -> new StreamOutput(streamName == null ? "stdout" : streamName,
                    all.stream().filter(p -> p.mimeType().equals("text/plain")).findFirst()
                            .orElse(new Payload("text/plain", Payload.Kind.TEXT, "", 0)));
            case "execute_result", "pyout" -> new DisplayOutput(true, Optional.ofNullable(executionCount), all);
            case "display_data", "update_display_data" -> new DisplayOutput(false, Optional.empty(), all);
            case "error", "pyerr" -> new ErrorOutput(errorName, errorValue, traceback);
            default -> new UnknownOutput(outputType);
        };
    }

    private void attachments(JsonCursor cursor, CellDraft draft) throws IOException {
        if (cursor.token() != JsonToken.START_OBJECT) {
            draft.problems.add("its \"attachments\" is not a JSON object");
            cursor.skip();
            return;
        }
        while (cursor.next() == JsonToken.FIELD_NAME) {
            String name = cursor.fieldName();
            cursor.next();
            draft.attachments.add(new Attachment(name, payloads.bundle(cursor)));
        }
    }

    private static List<String> strings(JsonCursor cursor) throws IOException {
        List<String> lines = new ArrayList<>();
        if (cursor.token() != JsonToken.START_ARRAY) {
            cursor.skip();
            return lines;
        }
        while (cursor.next() != JsonToken.END_ARRAY) {
            String line = cursor.stringOrNull();
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }
}
