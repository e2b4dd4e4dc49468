package dev.nbmigrate.converter.reconcile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs a notebook's {@link NotebookSteps} under PySpark with the harness kept beside this class
 * ({@code harness.py}), in a folder of its own: {@code lake/} (the data the storage URLs map onto), the warehouse
 * and metastore. Gives the harness's capture.
 */
public final class NotebookRun {

    /** The most rows captured of one displayed result. */
    public static final int MAX_ROWS = 1000;
    /** The most rows captured of one written output. */
    public static final int MAX_OUTPUT_ROWS = 100_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private NotebookRun() {
    }

    /**
     * Runs the steps.
     *
     * @param given  the {@code given} tables of the notebook's expectations file (an empty array for none),
     *               created before the first cell
     * @param folder an empty folder for the run; {@code folder/lake} must hold the data
     * @param output every line PySpark and the notebook print
     * @return the capture ({@code cells}, {@code outputs}, {@code error})
     * @throws IOException when the harness cannot start or writes no capture (its last lines say why)
     */
    public static JsonNode run(NotebookSteps steps, JsonNode given, PySpark pyspark, Path folder,
            Consumer<String> output)
            throws IOException, InterruptedException {
        return run(steps, given, pyspark, folder, "", output);
    }

    /**
     * As {@link #run(NotebookSteps, JsonNode, PySpark, Path, Consumer)}, the notebook running in
     * {@code folder/lake/<workingDir>} (its own folder, where its relative paths start).
     */
    public static JsonNode run(NotebookSteps steps, JsonNode given, PySpark pyspark, Path folder, String workingDir,
            Consumer<String> output)
            throws IOException, InterruptedException {
        Path harness = folder.resolve("harness.py");
        try (InputStream in = NotebookRun.class.getResourceAsStream("harness.py")) {
            if (in == null) {
                throw new IOException("harness.py is missing from the converter's resources");
            }
            Files.copy(in, harness);
        }
        ObjectNode spec = JSON.createObjectNode();
        Path cwd = folder.resolve("lake").resolve(workingDir).normalize();
        Files.createDirectories(cwd);
        spec.put("root", folder.toString()).put("lake", folder.resolve("lake").toString()).put("cwd", cwd.toString())
                .put("warehouse", folder.resolve("warehouse").toString()).put("maxRows", MAX_ROWS)
                .put("maxOutputRows", MAX_OUTPUT_ROWS).put("hive", true)
                .put("out", folder.resolve("capture.json").toString());
        spec.set("given", given.isArray() ? given : JSON.createArrayNode());
        ObjectNode conf = spec.putObject("conf");
        steps.conf().forEach(conf::put);
        ArrayNode list = spec.putArray("steps");
        for (NotebookSteps.Step step : steps.steps()) {
            ObjectNode node = list.addObject().put("cell", step.cell()).put("source", step.source())
                    .put("kind", step.sql() ? "sql" : "python");
            if (step.sql()) {
                node.put("sql", step.code());
            } else {
                node.put("code", step.code());
            }
        }
        Path specFile = folder.resolve("spec.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(specFile.toFile(), spec);
        ProcessBuilder builder = new ProcessBuilder(pyspark.python(), harness.toString(), specFile.toString())
                .directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().putAll(pyspark.environment());
        builder.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("PYTHONUNBUFFERED", "1");
        Process process = builder.start();
        process.getOutputStream().close();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            lines.lines().forEach(output);
        }
        int exit = process.waitFor();
        Path capture = folder.resolve("capture.json");
        if (!Files.isRegularFile(capture)) {
            throw new IOException("the PySpark harness wrote no capture (exit code " + exit + "); its output says why");
        }
        return JSON.readTree(capture.toFile());
    }
}
