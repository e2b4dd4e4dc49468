package dev.nbmigrate.converter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Jupyter notebooks written for tests, one cell per string: a cell starting with {@code md:} is Markdown, one
 * starting with {@code params:} is a code cell tagged {@code parameters} (papermill), every other one is a code cell.
 */
public final class TestNotebooks {

    /** The sparkmagic PySpark3 kernel of HDInsight, the legacy notebooks' own. */
    public static final String PYSPARK3 = "pyspark3kernel";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestNotebooks() {
    }

    /** Writes a PySpark3 notebook to {@code file} and returns it. */
    public static Path pyspark3(Path file, String... cells) {
        return write(file, PYSPARK3, List.of(cells));
    }

    /** Writes a notebook of {@code kernel} ({@code python3}, {@code pyspark3kernel}, {@code sparkkernel}, ...). */
    public static Path write(Path file, String kernel, List<String> cells) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("cells");
        for (String cell : cells) {
            ObjectNode node = list.addObject();
            boolean markdown = cell.startsWith("md:");
            boolean parameters = cell.startsWith("params:");
            node.put("cell_type", markdown ? "markdown" : "code");
            ObjectNode metadata = node.putObject("metadata");
            if (parameters) {
                metadata.putArray("tags").add("parameters");
            }
            node.put("source", markdown ? cell.substring("md:".length())
                    : parameters ? cell.substring("params:".length()) : cell);
            if (!markdown) {
                node.putNull("execution_count");
                node.putArray("outputs");
            }
        }
        ObjectNode metadata = root.putObject("metadata");
        boolean sparkmagic = kernel.equals(PYSPARK3);
        metadata.putObject("kernelspec").put("name", kernel).put("display_name", sparkmagic ? "PySpark3" : kernel)
                .put("language", sparkmagic ? "" : kernel.startsWith("spark") ? "scala" : "python");
        ObjectNode language = metadata.putObject("language_info")
                .put("name", sparkmagic ? "pyspark3" : kernel.startsWith("spark") ? "scala" : "python");
        if (!sparkmagic) {
            language.put("version", "3.8.10");
        }
        root.put("nbformat", 4);
        root.put("nbformat_minor", 2);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
