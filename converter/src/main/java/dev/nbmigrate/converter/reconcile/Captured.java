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
 */
public record Captured(List<Column> columns, List<List<JsonNode>> rows, boolean ordered, boolean truncated) {

    public Captured {
        columns = List.copyOf(columns);
        List<List<JsonNode>> copied = new ArrayList<>();
        rows.forEach(row -> copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row))));
        rows = List.copyOf(copied);
    }

    /** Reads the capture format: {@code {"columns":[{"name","type"}], "rows":[[...]], "ordered", "truncated"}}. */
    public static Captured fromJson(JsonNode node) {
        List<Column> columns = new ArrayList<>();
        node.path("columns").forEach(c -> columns.add(new Column(c.path("name").asText(), c.path("type").asText())));
        List<List<JsonNode>> rows = new ArrayList<>();
        node.path("rows").forEach(r -> {
            List<JsonNode> row = new ArrayList<>();
            r.forEach(row::add);
            rows.add(row);
        });
        return new Captured(columns, rows, node.path("ordered").asBoolean(false), node.path("truncated").asBoolean(false));
    }
}
