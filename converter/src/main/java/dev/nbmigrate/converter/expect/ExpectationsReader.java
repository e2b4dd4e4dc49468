package dev.nbmigrate.converter.expect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nbmigrate.converter.expect.Expectations.ExpectedRow;
import dev.nbmigrate.converter.expect.Expectations.GivenTable;
import dev.nbmigrate.converter.expect.Expectations.OutputExpectation;
import dev.nbmigrate.converter.expect.Expectations.QueryExpectation;
import dev.nbmigrate.converter.expect.Expectations.Source;

/**
 * Reads an expectations file ({@code docs/expectations.md}) strictly: unknown fields, wrong types, rows without their
 * key columns and duplicate keys are errors naming the file and the JSON path, so a typo never weakens a test silently.
 */
public final class ExpectationsReader {

    /** The suffix that replaces a notebook's extension: {@code daily_covers_sales.expect.json}. */
    public static final String SUFFIX = ".expect.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Set<String> TOP = Set.of("$comment", "notebook", "source", "tolerance", "args", "given",
            "outputs");
    private static final Set<String> GIVEN = Set.of("$comment", "table", "sources", "select");
    private static final Set<String> SOURCE = Set.of("$comment", "format", "location", "options", "schema");
    private static final Set<String> OUTPUT = Set.of("$comment", "output", "format", "options", "rowCount", "columns",
            "schema", "tolerance", "key", "rows", "queries");
    private static final Set<String> QUERY = Set.of("$comment", "name", "sql", "rowCount", "columns", "tolerance",
            "key", "rows");

    private final String file;

    private ExpectationsReader(String file) {
        this.file = file;
    }

    /** The expectations file of {@code notebook}: same folder, extension replaced by {@value #SUFFIX}. */
    public static Path fileFor(Path notebook) {
        String name = notebook.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return notebook.resolveSibling(stem + SUFFIX);
    }

    /**
     * Reads {@code path} if it exists.
     *
     * @param displayName how messages and the report name the file (relative, forward slashes)
     */
    public static Optional<Expectations> readIfPresent(Path path, String displayName) throws ExpectationsException {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            throw new ExpectationsException(displayName + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return Optional.of(parse(text, displayName));
    }

    /** Parses the text of an expectations file named {@code displayName}. */
    public static Expectations parse(String text, String displayName) throws ExpectationsException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ExpectationsException(displayName + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
        return new ExpectationsReader(displayName).expectations(root);
    }

    private Expectations expectations(JsonNode root) throws ExpectationsException {
        object(root, "(top level)", TOP);
        double tolerance = optionalDouble(root, "tolerance", "tolerance").orElse(Expectations.DEFAULT_TOLERANCE);
        checkTolerance(tolerance, "tolerance");
        List<GivenTable> given = new ArrayList<>();
        JsonNode givenNode = array(root, "given", "given");
        for (int i = 0; i < givenNode.size(); i++) {
            given.add(given(givenNode.get(i), "given[" + i + "]"));
        }
        List<OutputExpectation> outputs = new ArrayList<>();
        JsonNode outputsNode = array(root, "outputs", "outputs");
        for (int i = 0; i < outputsNode.size(); i++) {
            outputs.add(output(outputsNode.get(i), "outputs[" + i + "]"));
        }
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < outputs.size(); i++) {
            if (!seen.add(outputs.get(i).output())) {
                throw error("outputs[" + i + "]", "output '" + outputs.get(i).output() + "' is listed twice");
            }
        }
        return new Expectations(file, optionalText(root, "notebook", "notebook"), optionalText(root, "source", "source"),
                tolerance, strings(root, "args", "args"), given, outputs);
    }

    private GivenTable given(JsonNode node, String path) throws ExpectationsException {
        object(node, path, GIVEN);
        String table = requiredText(node, "table", path);
        JsonNode sourcesNode = node.get("sources");
        if (sourcesNode == null || !sourcesNode.isObject() || sourcesNode.isEmpty()) {
            throw error(path + ".sources", "needs at least one named source: {\"name\": {\"format\": ..., \"location\": ...}}");
        }
        TreeMap<String, Source> sources = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = sourcesNode.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String where = path + ".sources." + entry.getKey();
            if (!entry.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw error(where, "a source name is a SQL view name (letters, digits, _)");
            }
            sources.put(entry.getKey(), source(entry.getValue(), where));
        }
        String select = optionalText(node, "select", path + ".select");
        if (select == null && sources.size() > 1) {
            throw error(path + ".select", "several sources need a select that combines them");
        }
        return new GivenTable(table, sources, select);
    }

    private Source source(JsonNode node, String path) throws ExpectationsException {
        object(node, path, SOURCE);
        return new Source(requiredText(node, "format", path), requiredText(node, "location", path),
                options(node, path), optionalText(node, "schema", path + ".schema"));
    }

    private OutputExpectation output(JsonNode node, String path) throws ExpectationsException {
        object(node, path, OUTPUT);
        Double tolerance = optionalDouble(node, "tolerance", path + ".tolerance").orElse(null);
        if (tolerance != null) {
            checkTolerance(tolerance, path + ".tolerance");
        }
        List<String> key = strings(node, "key", path + ".key");
        List<ExpectedRow> rows = rows(node, key, path);
        List<QueryExpectation> queries = new ArrayList<>();
        JsonNode queriesNode = array(node, "queries", path + ".queries");
        for (int i = 0; i < queriesNode.size(); i++) {
            queries.add(query(queriesNode.get(i), path + ".queries[" + i + "]"));
        }
        return new OutputExpectation(requiredText(node, "output", path), optionalText(node, "format", path + ".format"),
                options(node, path), optionalLong(node, "rowCount", path + ".rowCount"),
                strings(node, "columns", path + ".columns"), optionalText(node, "schema", path + ".schema"), tolerance,
                key, rows, queries);
    }

    private QueryExpectation query(JsonNode node, String path) throws ExpectationsException {
        object(node, path, QUERY);
        Double tolerance = optionalDouble(node, "tolerance", path + ".tolerance").orElse(null);
        if (tolerance != null) {
            checkTolerance(tolerance, path + ".tolerance");
        }
        List<String> key = strings(node, "key", path + ".key");
        return new QueryExpectation(requiredText(node, "name", path), requiredText(node, "sql", path),
                optionalLong(node, "rowCount", path + ".rowCount"), strings(node, "columns", path + ".columns"),
                tolerance, key, rows(node, key, path));
    }

    private List<ExpectedRow> rows(JsonNode node, List<String> key, String path) throws ExpectationsException {
        JsonNode rowsNode = array(node, "rows", path + ".rows");
        if (rowsNode.size() > 0 && key.isEmpty()) {
            throw error(path + ".key", "rows need key columns that identify each row");
        }
        List<ExpectedRow> rows = new ArrayList<>();
        Set<List<Object>> keys = new java.util.HashSet<>();
        for (int i = 0; i < rowsNode.size(); i++) {
            String where = path + ".rows[" + i + "]";
            JsonNode row = rowsNode.get(i);
            if (!row.isObject() || row.isEmpty()) {
                throw error(where, "a row is an object of column name to value");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                values.put(entry.getKey(), value(entry.getValue(), where + "." + entry.getKey()));
            }
            List<Object> keyValues = new ArrayList<>();
            for (String column : key) {
                if (!values.containsKey(column)) {
                    throw error(where, "key column '" + column + "' is missing");
                }
                keyValues.add(values.get(column));
            }
            if (!keys.add(keyValues)) {
                throw error(where, "another row has the same key " + keyValues);
            }
            rows.add(new ExpectedRow(values));
        }
        return rows;
    }

    private Object value(JsonNode node, String path) throws ExpectationsException {
        if (node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw error(path, "integer " + node + " does not fit a long");
            }
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        throw error(path, "a value is a string, number, boolean or null, not " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }

    private void object(JsonNode node, String path, Set<String> allowed) throws ExpectationsException {
        if (node == null || !node.isObject()) {
            throw error(path, "expected an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw error(path, "unknown field '" + name + "' (allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private JsonNode array(JsonNode parent, String field, String path) throws ExpectationsException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return JSON.createArrayNode();
        }
        if (!node.isArray()) {
            throw error(path, "expected an array");
        }
        return node;
    }

    private List<String> strings(JsonNode parent, String field, String path) throws ExpectationsException {
        JsonNode node = array(parent, field, path);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw error(path + "[" + i + "]", "expected a string");
            }
            values.add(node.get(i).textValue());
        }
        return values;
    }

    private TreeMap<String, String> options(JsonNode parent, String path) throws ExpectationsException {
        TreeMap<String, String> options = new TreeMap<>();
        JsonNode node = parent.get("options");
        if (node == null || node.isNull()) {
            return options;
        }
        if (!node.isObject()) {
            throw error(path + ".options", "expected an object of option name to text");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
                throw error(path + ".options." + entry.getKey(), "an option value is text, a number or a boolean");
            }
            options.put(entry.getKey(), entry.getValue().asText());
        }
        return options;
    }

    private String requiredText(JsonNode parent, String field, String path) throws ExpectationsException {
        String text = optionalText(parent, field, path + "." + field);
        if (text == null || text.isBlank()) {
            throw error(path, "'" + field + "' is required");
        }
        return text;
    }

    private String optionalText(JsonNode parent, String field, String path) throws ExpectationsException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw error(path, "expected a string");
        }
        return node.textValue();
    }

    private Optional<Double> optionalDouble(JsonNode parent, String field, String path) throws ExpectationsException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isNumber()) {
            throw error(path, "expected a number");
        }
        return Optional.of(node.doubleValue());
    }

    private Long optionalLong(JsonNode parent, String field, String path) throws ExpectationsException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            throw error(path, "expected a row count (an integer >= 0)");
        }
        return node.longValue();
    }

    private void checkTolerance(double tolerance, String path) throws ExpectationsException {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw error(path, "a tolerance is a number >= 0");
        }
    }

    private ExpectationsException error(String path, String message) {
        return new ExpectationsException(file + ": " + path + ": " + message);
    }
}
