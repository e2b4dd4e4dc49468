package dev.nbmigrate.runtime.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nbmigrate.runtime.secrets.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Database;
import org.apache.spark.sql.catalog.Table;
import org.apache.spark.sql.types.StructField;

/**
 * Capture for {@code nbmigrate reconcile}: when the system property {@value #PROPERTY} names a spec file, every
 * result the job inspects ({@code show}, {@code display}, {@code describe}, a displayed count or value) is kept with
 * the job-class line that asked for it, and at the end of the run every table of the session's catalog and every
 * file output the spec lists is read back; all of it is written as JSON to the spec's {@code out} file. Without the
 * property nothing is kept and nothing changes.
 *
 * <p>Spec: {@code {"out": "capture.json", "maxRows": 1000, "maxOutputRows": 100000, "files": [{"name", "format",
 * "path", "options": {}}]}}: at most {@code maxRows} rows of a displayed result, {@code maxOutputRows} of an output.
 * Values are written as {@link CapturedValues} says; printed text goes through the {@link Redactor}.
 */
public final class Capture {

    /** The system property naming the spec file. */
    public static final String PROPERTY = "nbmigrate.capture";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Optional<Capture> ACTIVE = load(System.getProperty(PROPERTY));

    private final JsonNode spec;
    private final int maxRows;
    private final int maxOutputRows;
    private final ObjectNode capture = JSON.createObjectNode();
    private final ArrayNode events = capture.putArray("events");
    private WrittenClockColumns writes;

    private Capture(JsonNode spec) {
        this.spec = spec;
        this.maxRows = spec.path("maxRows").asInt(1000);
        this.maxOutputRows = spec.path("maxOutputRows").asInt(100_000);
    }

    /** The capture of this JVM, when {@value #PROPERTY} is set. */
    public static Optional<Capture> active() {
        return ACTIVE;
    }

    private static Optional<Capture> load(String specFile) {
        if (specFile == null || specFile.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Capture(JSON.readTree(Path.of(specFile).toFile())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the capture spec " + specFile, e);
        }
    }

    /** Starts keeping the clock columns of what the run writes ({@link WrittenClockColumns}). */
    public synchronized void watch(SparkSession spark) {
        if (writes == null) {
            writes = WrittenClockColumns.listen(spark);
        }
    }

    /** A displayed dataset. */
    synchronized void result(String kind, Dataset<?> data) {
        ObjectNode event = event(kind);
        try {
            event.setAll(table(data.toDF(), maxRows));
            clockColumns(event, lineage(data));
        } catch (Exception e) { // AnalysisException, undeclared
            event.put("error", Redactor.redact(firstLine(e)));
        }
    }

    /** A displayed value, as the notebook printed it. */
    synchronized void printed(String label, String text) {
        event("printed").put("label", label).put("text", Redactor.redact(text));
    }

    /** Reads back the tables and files the run wrote and writes the capture. */
    public synchronized void finish(SparkSession spark) {
        WrittenClockColumns.drain(spark);
        ArrayNode outputs = capture.putArray("outputs");
        for (JsonNode file : spec.path("files")) {
            ObjectNode output = outputs.addObject().put("name", file.path("name").asText())
                    .put("format", file.path("format").asText());
            try {
                DataFrameReader reader = spark.read().format(file.path("format").asText());
                Map<String, String> options = new TreeMap<>();
                file.path("options").fields().forEachRemaining(o -> options.put(o.getKey(), o.getValue().asText()));
                output.setAll(table(reader.options(options).load(file.path("path").asText()), maxOutputRows));
                clockColumns(output, written(WrittenClockColumns.pathKey(file.path("path").asText())));
            } catch (Exception e) { // Spark throws AnalysisException (no such path, no such format) undeclared
                output.put("error", Redactor.redact(firstLine(e)));
            }
        }
        tableNames(spark).stream().sorted().forEach(name -> {
            ObjectNode output = outputs.addObject().put("name", name).put("format", "table");
            try {
                output.setAll(table(spark.table(name), maxOutputRows));
                int dot = name.indexOf('.');
                clockColumns(output, written(dot < 0 ? WrittenClockColumns.tableKey("default", name)
                        : WrittenClockColumns.tableKey(name.substring(0, dot), name.substring(dot + 1))));
            } catch (Exception e) { // AnalysisException, undeclared
                output.put("error", Redactor.redact(firstLine(e)));
            }
        });
        write();
    }

    /** The tables (not temporary views) of every database, {@code default}'s without a database name. */
    private static List<String> tableNames(SparkSession spark) {
        List<String> names = new ArrayList<>();
        for (Database database : spark.catalog().listDatabases().collectAsList()) {
            try {
                for (Table table : spark.catalog().listTables(database.name()).collectAsList()) {
                    if (!table.isTemporary()) {
                        names.add(database.name().equals("default") ? table.name()
                                : database.name() + "." + table.name());
                    }
                }
            } catch (Exception e) { // AnalysisException: the database went away meanwhile
                continue;
            }
        }
        return names;
    }

    /** Writes what was kept when the run failed, with the failure. */
    public synchronized void failed(Throwable error) {
        capture.put("error", Redactor.redact(firstLine(error)));
        write();
    }

    private void write() {
        try {
            JSON.writeValue(Path.of(spec.path("out").asText()).toFile(), capture);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the capture " + spec.path("out").asText(), e);
        }
    }

    private ObjectNode event(String kind) {
        ObjectNode event = events.addObject().put("kind", kind);
        StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().startsWith("dev.nbmigrate.runtime.")
                        && !f.getClassName().startsWith("java.") && !f.getClassName().startsWith("org.apache."))
                .findFirst()).ifPresent(f -> event.put("file", String.valueOf(f.getFileName()))
                        .put("line", f.getLineNumber()));
        return event;
    }

    private List<String> written(String key) {
        return writes == null ? List.of() : writes.of(key);
    }

    private static List<String> lineage(Dataset<?> data) {
        try {
            return ClockLineage.columns(data.queryExecution().analyzed());
        } catch (RuntimeException e) { // a plan this walk does not know: no clock columns found
            return List.of();
        }
    }

    /** Lists the columns whose values come from the clock; nothing when there are none. */
    private static void clockColumns(ObjectNode node, List<String> columns) {
        if (!columns.isEmpty()) {
            ArrayNode names = node.putArray("clockColumns");
            columns.forEach(names::add);
        }
    }

    private static ObjectNode table(Dataset<Row> data, int maxRows) {
        ObjectNode table = JSON.createObjectNode();
        ArrayNode columns = table.putArray("columns");
        for (StructField field : data.schema().fields()) {
            columns.addObject().put("name", field.name()).put("type", field.dataType().simpleString());
        }
        List<Row> rows = data.limit(maxRows + 1).collectAsList();
        ArrayNode values = table.putArray("rows");
        rows.stream().limit(maxRows).forEach(row -> values.add(CapturedValues.row(data.schema(), row)));
        table.put("truncated", rows.size() > maxRows);
        return table;
    }

    private static String firstLine(Throwable e) {
        String text = String.valueOf(e.getMessage() == null ? e : e.getMessage());
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
