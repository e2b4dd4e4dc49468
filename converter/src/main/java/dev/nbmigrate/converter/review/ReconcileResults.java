package dev.nbmigrate.converter.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The optional result comparison of a module, per notebook cell, from {@code target/reconcile/reconcile.json} in
 * the module folder when a reconcile run left one there. The review reads, of that file, only an array
 * {@code cells} whose entries have {@code cell} (the 1-based notebook cell), {@code status} (e.g. {@code equal},
 * {@code different}; {@code result} is read when there is no {@code status}) and an optional {@code detail}; other
 * fields are ignored, so the report can grow without breaking reviews.
 */
public final class ReconcileResults {

    /** Where the report is, relative to the module folder. */
    public static final String FILE = "target/reconcile/reconcile.json";

    /** The comparison of one cell. */
    public record CellResult(String status, String detail) {
    }

    private final Map<Integer, CellResult> byCell;

    private ReconcileResults(Map<Integer, CellResult> byCell) {
        this.byCell = Map.copyOf(byCell);
    }

    /**
     * The module's results; empty when it has no reconcile report.
     *
     * @throws IOException when the report is there but is not JSON of the shape above (the message says why)
     */
    public static Optional<ReconcileResults> read(Path module) throws IOException {
        Path file = module.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(FILE + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (json == null || !json.path("cells").isArray()) {
            throw new IOException(FILE + ": has no 'cells' array");
        }
        Map<Integer, CellResult> results = new TreeMap<>();
        for (JsonNode entry : json.path("cells")) {
            int cell = entry.path("cell").asInt(0);
            String status = entry.path("status").asText(entry.path("result").asText(""));
            if (cell < 1 || status.isEmpty()) {
                throw new IOException(FILE + ": an entry of 'cells' without a cell number or status: " + entry);
            }
            results.put(cell, new CellResult(status, entry.path("detail").asText("")));
        }
        return Optional.of(new ReconcileResults(results));
    }

    /** The comparison of notebook cell {@code cell}, if the report has one. */
    public Optional<CellResult> of(int cell) {
        return Optional.ofNullable(byCell.get(cell));
    }
}
