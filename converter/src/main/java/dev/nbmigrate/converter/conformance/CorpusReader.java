package dev.nbmigrate.converter.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a conformance corpus file: one JSON record per line (JSON Lines). A record needs {@code qualname} and
 * {@code examples} (each with {@code source} and {@code kind}; {@code want}, {@code exc_msg} and {@code lineno} are
 * optional) and may carry {@code module}, {@code implicit_globals}, {@code doctest_optionflags} and {@code flags}.
 */
public final class CorpusReader {

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * All entries of the file, in file order: a line that is not a record (malformed JSON, a missing field, an
     * unknown output kind) is an {@link UnreadableRecord} naming its line, so one bad line never ends a run.
     *
     * @throws IOException when the file itself cannot be read
     */
    public List<CorpusEntry> read(Path file) throws IOException {
        List<CorpusEntry> records = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = mapper.readTree(line);
                } catch (JsonProcessingException e) {
                    records.add(new UnreadableRecord("line " + lineNumber, lineNumber,
                            "not JSON: " + e.getOriginalMessage()));
                    continue;
                }
                try {
                    records.add(record(node));
                } catch (IllegalArgumentException e) {
                    String qualname = node.path("qualname").isTextual() ? node.get("qualname").asText()
                            : "line " + lineNumber;
                    records.add(new UnreadableRecord(qualname, lineNumber, e.getMessage()));
                }
            }
        }
        return records;
    }

    private static CorpusRecord record(JsonNode node) {
        JsonNode flags = node.path("flags");
        List<CorpusExample> examples = new ArrayList<>();
        for (JsonNode example : required(node, "examples")) {
            examples.add(new CorpusExample(
                    required(example, "source").asText(),
                    example.path("want").asText(""),
                    ExampleKind.fromLabel(required(example, "kind").asText()),
                    example.path("exc_msg").isTextual() ? example.get("exc_msg").asText() : null,
                    example.path("lineno").asInt(0)));
        }
        Map<String, String> globals = new TreeMap<>();
        node.path("implicit_globals").fields().forEachRemaining(e -> globals.put(e.getKey(), e.getValue().asText()));
        return new CorpusRecord(
                required(node, "qualname").asText(),
                node.path("module").asText(""),
                examples,
                globals,
                texts(node.path("doctest_optionflags")),
                texts(flags.path("nondeterministic")),
                flags.path("order_sensitive_output").asBoolean(false),
                flags.path("sets_session_timezone").asBoolean(false),
                flags.path("timezone_sensitive").asBoolean(false));
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return value;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.asText()));
        return values;
    }
}
