package dev.nbmigrate.converter.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nbmigrate.converter.convert.NotebookResult;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.model.CellOutcomes;

/**
 * {@code nbmigrate convert --format json}: what the text summary says, for tools (schema
 * {@value #SCHEMA}, documented in the README). Notebooks in the order they were converted; every finding with its
 * code, severity, place, message and suggestion; each cell's outcome; the notebooks taken as {@code %run} libraries
 * and the portfolio's lineage findings. The same run gives the same bytes.
 */
final class ConvertJson {

    static final String SCHEMA = "nbmigrate-convert/1";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConvertJson() {
    }

    static String render(List<NotebookResult> results, Map<Path, List<String>> libraries, List<Diagnostic> lineage,
            int exitCode) {
        ObjectNode root = NODES.objectNode();
        root.put("schema", SCHEMA);
        ObjectNode totals = root.putObject("totals");
        totals.put("notebooks", results.size());
        for (NotebookResult.Outcome outcome : NotebookResult.Outcome.values()) {
            totals.put(name(outcome), results.stream().filter(r -> r.outcome() == outcome).count());
        }
        totals.put("exitCode", exitCode);
        ArrayNode notebooks = root.putArray("notebooks");
        for (NotebookResult result : results) {
            ObjectNode node = notebooks.addObject();
            node.put("notebook", result.notebook());
            node.put("module", result.module());
            node.put("outcome", name(result.outcome()));
            node.put("version", result.version());
            node.put("problem", result.problem());
            ObjectNode counts = node.putObject("findings");
            for (Severity severity : Severity.values()) {
                counts.put(severity.name().toLowerCase(Locale.ROOT), result.count(severity));
            }
            ArrayNode cells = node.putArray("cells");
            for (CellOutcomes.Outcome cell : result.cells()) {
                ObjectNode c = cells.addObject();
                c.put("index", cell.index());
                c.put("type", cell.type());
                c.put("language", cell.language());
                c.put("outcome", cell.outcome());
                if (!cell.reason().isEmpty()) {
                    c.put("reason", cell.reason());
                }
            }
            ArrayNode diagnostics = node.putArray("diagnostics");
            result.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
        }
        ArrayNode included = root.putArray("libraries");
        libraries.forEach((library, users) -> {
            ObjectNode node = included.addObject();
            node.put("notebook", library.toString().replace('\\', '/'));
            ArrayNode by = node.putArray("runBy");
            users.forEach(by::add);
        });
        ArrayNode portfolio = root.putArray("lineage");
        lineage.forEach(d -> portfolio.add(diagnostic(d)));
        return JsonOutput.write(root);
    }

    private static String name(NotebookResult.Outcome outcome) {
        return switch (outcome) {
            case WRITTEN -> "written";
            case NOT_WRITTEN -> "notWritten";
            case REJECTED -> "rejected";
        };
    }

    static ObjectNode diagnostic(Diagnostic d) {
        ObjectNode node = NODES.objectNode();
        node.put("code", d.code().id());
        node.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
        node.put("notebook", d.location().notebook());
        node.put("cell", d.location().cell());
        node.put("line", d.location().line());
        node.put("column", d.location().column());
        node.put("message", d.message());
        node.put("suggestion", d.suggestion());
        return node;
    }
}
