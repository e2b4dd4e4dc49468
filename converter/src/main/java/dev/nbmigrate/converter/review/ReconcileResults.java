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
 * the module folder, which {@code nbmigrate reconcile} writes there (its JSON report). The review reads, of that
 * file, the {@code results} of the first of its {@code reconciliations}: each has {@code cell} (the 1-based notebook
 * cell; 0 for an output not tied to one), {@code what}, {@code name}, {@code verdict} and {@code equal}. A cell is
 * {@code equal} when all its results are, else {@code different}; the detail lists them. Other fields are ignored,
 * so the report can grow without breaking reviews.
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
        JsonNode entries = json == null ? null : json.path("reconciliations").path(0).path("results");
        if (entries == null || !entries.isArray()) {
            throw new IOException(FILE + ": has no 'reconciliations[0].results' array");
        }
        Map<Integer, Boolean> equal = new TreeMap<>();
        Map<Integer, StringBuilder> details = new TreeMap<>();
        for (JsonNode entry : entries) {
            int cell = entry.path("cell").asInt(0);
            if (cell < 1) {
                continue; // an output compared as a whole, not tied to a cell
            }
            if (!entry.path("equal").isBoolean()) {
                throw new IOException(FILE + ": a result without 'equal': " + entry);
            }
            equal.merge(cell, entry.path("equal").asBoolean(), Boolean::logicalAnd);
            StringBuilder detail = details.computeIfAbsent(cell, c -> new StringBuilder());
            detail.append(detail.length() == 0 ? "" : "; ").append(entry.path("what").asText()).append(' ')
                    .append(entry.path("name").asText()).append(": ").append(entry.path("verdict").asText());
        }
        Map<Integer, CellResult> results = new TreeMap<>();
        equal.forEach((cell, same) -> results.put(cell, new CellResult(same ? "equal" : "different",
                details.get(cell).toString().strip())));
        return Optional.of(new ReconcileResults(results));
    }

    /** The comparison of notebook cell {@code cell}, if the report has one. */
    public Optional<CellResult> of(int cell) {
        return Optional.ofNullable(byCell.get(cell));
    }
}
