package dev.nbmigrate.converter.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.CharConversionException;
import java.util.regex.Pattern;

/** The Jackson setup of the JSON readers and the translation of Jackson's errors into user messages. */
final class JsonSupport {

    /**
     * Strings are not limited in length (Jackson's default stops at 20 million characters): large binary outputs
     * are skipped without being read into memory, and text outputs are truncated after reading.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY).build();

    /** Jackson's {@code [Source: ...; line: 2, column: 1]}, replaced by the position alone. */
    private static final Pattern SOURCE_POSITION =
            Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);

    private JsonSupport() {
    }

    /** A location's offset: bytes for byte input (UTF-8), characters for character input (UTF-16/32). */
    static long offset(JsonLocation location) {
        long bytes = location.getByteOffset();
        return bytes >= 0 ? bytes : location.getCharOffset();
    }

    /** Turns a Jackson failure into the reader's exception, keeping Jackson's position but not its source dump. */
    static NotebookReadException unreadable(String notebook, JsonProcessingException error) {
        JsonLocation location = error.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        return new NotebookReadException(notebook, line, column, describe(error), error);
    }

    /** Turns a charset failure Jackson raises outside its own exception types into the reader's exception. */
    static NotebookReadException unreadable(String notebook, CharConversionException error) {
        return new NotebookReadException(notebook, 0, 0, "not valid text: " + firstLine(error.getMessage()), error);
    }

    private static String describe(JsonProcessingException error) {
        if (error instanceof JsonEOFException) {
            return "unexpected end of file inside the JSON document (the file looks truncated)";
        }
        String message = firstLine(error.getOriginalMessage());
        if (message.startsWith("Invalid UTF-8") || message.startsWith("Invalid UTF-32")) {
            return "not valid UTF-8 text: " + message;
        }
        return "not valid JSON: " + message;
    }

    /** Jackson's message without its source description: {@code [Source: ...; line: 2, column: 1]} becomes the position. */
    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String positioned = SOURCE_POSITION.matcher(message).replaceAll("line $1, column $2");
        int newline = positioned.indexOf('\n');
        return (newline < 0 ? positioned : positioned.substring(0, newline)).strip();
    }

}
