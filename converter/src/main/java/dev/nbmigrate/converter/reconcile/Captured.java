package dev.nbmigrate.converter.reconcile;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A result one side of a reconciliation captured: a written output or a displayed result, as columns and rows.
 *
 * @param columns   the schema
 * @param rows      the rows, each a list of values in column order (capture format in {@link Values})
 * @param ordered   whether the rows came out of a sort, so that their order is part of the result
 * @param truncated whether the side kept only the first rows (a {@code show(n)}, a capture cap)
 * @param clockColumns the columns whose values, by the side's lineage, come from the clock of the run
 *                  ({@code current_timestamp()} and the like): compared by type and nullness only
 */
public record Captured(List<Column> columns, List<List<JsonNode>> rows, boolean ordered, boolean truncated,
        List<String> clockColumns) {

    public Captured {
        columns = List.copyOf(columns);
        clockColumns = List.copyOf(clockColumns);
        List<List<JsonNode>> copied = new ArrayList<>();
        rows.forEach(row -> copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row))));
        rows = List.copyOf(copied);
    }

    /** A result without clock columns. */
    public Captured(List<Column> columns, List<List<JsonNode>> rows, boolean ordered, boolean truncated) {
        this(columns, rows, ordered, truncated, List.of());
    }

    /**
     * Reads the capture format: {@code {"columns":[{"name","type"}], "rows":[[...]], "ordered", "truncated",
     * "clockColumns":["name"]}}.
     */
    public static Captured fromJson(JsonNode node) {
        List<Column> columns = new ArrayList<>();
        node.path("columns").forEach(c -> columns.add(new Column(c.path("name").asText(), c.path("type").asText())));
        List<List<JsonNode>> rows = new ArrayList<>();
        node.path("rows").forEach(r -> {
            List<JsonNode> row = new ArrayList<>();
            r.forEach(row::add);
            rows.add(row);
        });
        List<String> clock = new ArrayList<>();
        node.path("clockColumns").forEach(c -> clock.add(c.asText()));
        return new Captured(columns, rows, node.path("ordered").asBoolean(false), node.path("truncated").asBoolean(false),
                clock);
    }
}
