package dev.nbmigrate.converter.read;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A thin layer over Jackson's streaming parser with what the notebook readers need: token positions, sources as a
 * string or a list of lines with their file lines, bounded text, and binary strings skipped without being read
 * into memory (their size is measured from the position of the token after them).
 */
final class JsonCursor {

    private final JsonParser parser;
    private long pendingStart = -1;
    private LongConsumer pendingSize;

    JsonCursor(JsonParser parser) {
        this.parser = parser;
    }

    /** Moves to the next token; completes the measurement of a string skipped just before. */
    JsonToken next() throws IOException {
        JsonToken token = parser.nextToken();
        if (pendingSize != null) {
            pendingSize.accept(JsonSupport.offset(parser.currentTokenLocation()) - pendingStart);
            pendingSize = null;
        }
        return token;
    }

    JsonToken token() {
        return parser.currentToken();
    }

    /** The 1-based file line of the current token. */
    int line() {
        return parser.currentTokenLocation().getLineNr();
    }

    /** The 1-based file column of the current token. */
    int column() {
        return parser.currentTokenLocation().getColumnNr();
    }

    String fieldName() throws IOException {
        return parser.currentName();
    }

    /** The current string value. */
    String text() throws IOException {
        return parser.getText();
    }

    /** Skips the current value: a structure to its end, a scalar is skipped lazily by the next move. */
    void skip() throws IOException {
        parser.skipChildren();
    }

    /** Reads the current value as a tree; JSON null as {@link NullNode}. */
    JsonNode tree() throws IOException {
        JsonNode node = JsonSupport.MAPPER.readTree(parser);
        return node == null ? NullNode.getInstance() : node;
    }

    /** The current value as an int, or null when it is not an integral number. */
    Integer intValue() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return parser.getIntValue();
        }
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            double value = parser.getDoubleValue();
            if (value == Math.rint(value)) {
                return (int) value;
            }
        }
        return null;
    }

    /** The current value if it is a string, else null (the value is then skipped). */
    String stringOrNull() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        skip();
        return null;
    }

    /**
     * Reads a cell source: a string, or a list of strings (one per line as Jupyter writes them), decoded, with
     * line ends normalised and each cell line mapped to the JSON line it is on. Returns null when the value has
     * another shape (it is skipped).
     */
    SourceWithLines source() throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            int line = line();
            String text = SourceText.normalizeLineEnds(parser.getText());
            return new SourceWithLines(text, LineMap.sameLine(SourceText.lineCount(text), line));
        }
        if (token != JsonToken.START_ARRAY) {
            skip();
            return null;
        }
        StringBuilder text = new StringBuilder();
        List<Integer> fileLines = new ArrayList<>();
        while (next() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                skip();
                skipRestOfArray();
                return null;
            }
            int line = line();
            String element = SourceText.normalizeLineEnds(parser.getText());
            if (text.length() == 0 || text.charAt(text.length() - 1) == '\n') {
                fileLines.add(line);
            }
            for (int i = 0; i < element.length() - 1; i++) {
                if (element.charAt(i) == '\n') {
                    fileLines.add(line);
                }
            }
            text.append(element);
        }
        String source = text.toString();
        int count = SourceText.lineCount(source);
        int[] lines = new int[count];
        for (int i = 0; i < count; i++) {
            lines[i] = i < fileLines.size() ? fileLines.get(i) : fileLines.get(fileLines.size() - 1);
        }
        return new SourceWithLines(source, LineMap.ofFileLines(lines));
    }

    private void skipRestOfArray() throws IOException {
        while (next() != JsonToken.END_ARRAY) {
            skip();
        }
    }

    /** Reads a string or list of strings into a bounded sink; other shapes are kept as compact JSON. */
    TruncatingWriter boundedText(int limit) throws IOException {
        TruncatingWriter sink = new TruncatingWriter(limit);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            sink.append(parser.getText());
        } else if (token == JsonToken.START_ARRAY) {
            while (next() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == JsonToken.VALUE_STRING) {
                    sink.append(parser.getText());
                } else {
                    copyStructure(sink);
                }
            }
        } else if (token != JsonToken.VALUE_NULL) {
            copyStructure(sink);
        }
        return sink;
    }

    /** Writes the current value as compact JSON into the sink. */
    TruncatingWriter boundedJson(int limit) throws IOException {
        TruncatingWriter sink = new TruncatingWriter(limit);
        copyStructure(sink);
        return sink;
    }

    private void copyStructure(TruncatingWriter sink) throws IOException {
        try (JsonGenerator generator = JsonSupport.FACTORY.createGenerator(sink)) {
            generator.copyCurrentStructure(parser);
        }
    }

    /**
     * Skips the current value without reading its content into memory and reports the number of bytes (characters
     * for UTF-16 input) it occupies in the file. For a string the size includes the separator after it and is
     * reported when the next token is read; for a list it is reported at once.
     */
    void skipMeasured(LongConsumer size) throws IOException {
        long start = JsonSupport.offset(parser.currentTokenLocation());
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            pendingStart = start;
            pendingSize = size;
            return;
        }
        parser.skipChildren();
        size.accept(JsonSupport.offset(parser.currentTokenLocation()) + 1 - start);
    }

    /** A cell source and its line map. */
    record SourceWithLines(String text, LineMap lines) {
    }
}
