package dev.nbmigrate.converter.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a review reads from a generated module's {@code migration.json}: the notebook it came from, the job class,
 * each cell's outcome with the job class lines it became, and every finding of the conversion.
 *
 * @param module     the module's name
 * @param sourcePath the notebook, relative to the project (as {@code convert} recorded it)
 * @param sha256     the notebook's SHA-256 when it was converted
 * @param mainClass  the job class, fully qualified
 * @param jobFile    the job class's file, relative to the module folder
 * @param cells      each notebook cell, in order
 * @param findings   every finding, in the order of the module's report
 */
public record ModuleRecord(String module, String sourcePath, String sha256, String mainClass, String jobFile,
        List<CellEntry> cells, List<Finding> findings) {

    /** The record's file name inside a module folder. */
    public static final String FILE = "migration.json";

    public ModuleRecord {
        cells = List.copyOf(cells);
        findings = List.copyOf(findings);
    }

    /** One cell of {@code cells}; {@code lines} are inclusive {@code [from, to]} ranges of the job class. */
    public record CellEntry(int index, String type, String language, String outcome, String reason,
            List<int[]> lines) {
        public CellEntry {
            lines = List.copyOf(lines);
        }
    }

    /** One finding of {@code findings}; {@code cell} 0 is the notebook as a whole, {@code line} 0 unknown. */
    public record Finding(String code, String severity, String notebook, int cell, int line, String message,
            String suggestion) {
    }

    /**
     * Reads {@code module/migration.json}.
     *
     * @throws IOException when the file cannot be read, is not JSON, or lacks what a review needs (the message
     *                     says which)
     */
    public static ModuleRecord read(Path module) throws IOException {
        Path file = module.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file (is " + module + " a module made by 'nbmigrate convert'?)");
        }
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        String name = text(json, file, "module");
        String source = text(json.path("source"), file, "source.path", "path");
        String sha = json.path("source").path("sha256").asText("");
        String main = text(json, file, "mainClass");
        String job = text(json.path("jobClassLines"), file, "jobClassLines.file", "file");
        if (!json.path("cells").isArray()) {
            throw new IOException(file + ": has no 'cells' (it was written by an older nbmigrate: convert again)");
        }
        if (!json.path("findings").isArray()) {
            throw new IOException(file + ": has no 'findings' (it was written by an older nbmigrate: convert again)");
        }
        List<CellEntry> cells = new ArrayList<>();
        for (JsonNode cell : json.path("cells")) {
            List<int[]> lines = new ArrayList<>();
            for (JsonNode range : cell.path("lines")) {
                lines.add(new int[] {range.path(0).asInt(), range.path(1).asInt()});
            }
            cells.add(new CellEntry(cell.path("index").asInt(), cell.path("type").asText(""),
                    cell.path("language").asText(""), cell.path("outcome").asText(""), cell.path("reason").asText(""),
                    lines));
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : json.path("findings")) {
            findings.add(new Finding(f.path("code").asText(""), f.path("severity").asText(""),
                    f.path("notebook").asText(""), f.path("cell").asInt(), f.path("line").asInt(),
                    f.path("message").asText(""), f.path("suggestion").asText("")));
        }
        return new ModuleRecord(name, source, sha, main, job, cells, findings);
    }

    private static String text(JsonNode parent, Path file, String field) throws IOException {
        return text(parent, file, field, field);
    }

    private static String text(JsonNode parent, Path file, String shown, String field) throws IOException {
        String value = parent.path(field).asText("");
        if (value.isEmpty()) {
            throw new IOException(file + ": has no '" + shown + "'");
        }
        return value;
    }
}
