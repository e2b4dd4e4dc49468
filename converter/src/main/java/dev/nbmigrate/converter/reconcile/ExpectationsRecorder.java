package dev.nbmigrate.converter.reconcile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code reconcile --record}: writes the notebook's expectations file ({@code docs/expectations.md}) from what the
 * notebook wrote under PySpark. Every output it wrote becomes an {@code outputs} entry with its exact row count,
 * schema and every row with every column (keyed by the shortest prefix of non-floating columns that tells rows
 * apart); {@code args}, {@code given} and {@code tolerance} of an existing file are kept. An output cut short by the
 * capture cap, or whose rows no key tells apart, keeps its row count and schema only.
 */
public final class ExpectationsRecorder {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExpectationsRecorder() {
    }

    /**
     * Writes the expectations of {@code run}'s notebook beside it.
     *
     * @return the file written
     */
    public static Path write(ModuleReconciler.Run run, Path projectRoot) throws IOException {
        String notebook = run.reconciliation().notebook();
        Path notebookFile = projectRoot.resolve(notebook);
        String fileName = notebookFile.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        Path file = notebookFile.resolveSibling((dot < 0 ? fileName : fileName.substring(0, dot)) + ".expect.json");
        ObjectNode existing = Files.isRegularFile(file) ? (ObjectNode) JSON.readTree(file.toFile())
                : JSON.createObjectNode();
        ObjectNode recorded = JSON.createObjectNode();
        recorded.put("notebook", fileName);
        recorded.put("source", "recorded by 'nbmigrate reconcile --record' from the notebook run under PySpark "
                + run.reconciliation().pyspark() + " on the sample data");
        recorded.put("tolerance", existing.path("tolerance").asDouble(1e-9));
        for (String kept : List.of("args", "given")) {
            if (existing.has(kept)) {
                recorded.set(kept, existing.get(kept));
            }
        }
        ArrayNode outputs = recorded.putArray("outputs");
        for (JsonNode output : run.notebookCapture().path("outputs")) {
            if (!output.has("error")) {
                outputs.add(output(output));
            }
        }
        Files.writeString(file, JSON.writeValueAsString(recorded) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    static ObjectNode output(JsonNode output) {
        Captured captured = Captured.fromJson(output);
        ObjectNode entry = JSON.createObjectNode();
        entry.put("output", output.path("name").asText());
        ArrayNode columns = entry.putArray("columns");
        List<String> ddl = new ArrayList<>();
        for (Column column : captured.columns()) {
            columns.add(column.name());
            ddl.add(column.name() + " " + column.type().toUpperCase(Locale.ROOT));
        }
        entry.put("schema", String.join(", ", ddl));
        if (captured.truncated()) {
            entry.put("$comment", "more rows than the capture keeps: schema only");
            return entry;
        }
        entry.put("rowCount", captured.rows().size());
        List<String> key = key(captured);
        if (key.isEmpty() && !captured.rows().isEmpty()) {
            entry.put("$comment", "no columns tell the rows apart: row count and schema only");
            return entry;
        }
        ArrayNode keyNode = entry.putArray("key");
        key.forEach(keyNode::add);
        ArrayNode rows = entry.putArray("rows");
        for (List<JsonNode> row : captured.rows()) {
            ObjectNode object = rows.addObject();
            for (int i = 0; i < captured.columns().size(); i++) {
                Column column = captured.columns().get(i);
                JsonNode value = row.get(i);
                SparkType type = SparkType.parse(column.type());
                if (type.isFloating() && value.isTextual()) {
                    continue; // NaN and infinities have no JSON number: left out of the row
                }
                object.set(column.name(), type.name().equals("timestamp") && value.isTextual()
                        ? JSON.getNodeFactory().textNode(value.asText().replace('T', ' ').replaceAll("(\\+00:00|Z)$", ""))
                        : value);
            }
        }
        return entry;
    }

    /** The shortest prefix of the non-floating, non-nested columns whose values tell every row apart; else empty. */
    static List<String> key(Captured captured) {
        List<String> key = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < captured.columns().size(); i++) {
            SparkType type = SparkType.parse(captured.columns().get(i).type());
            if (type.isFloating() || !type.elements().isEmpty()) {
                continue;
            }
            key.add(captured.columns().get(i).name());
            positions.add(i);
            Set<String> seen = new HashSet<>();
            boolean unique = true;
            for (List<JsonNode> row : captured.rows()) {
                StringBuilder k = new StringBuilder();
                positions.forEach(p -> k.append(row.get(p)).append('\u0001'));
                if (!seen.add(k.toString())) {
                    unique = false;
                    break;
                }
            }
            if (unique) {
                return key;
            }
        }
        return List.of();
    }
}
