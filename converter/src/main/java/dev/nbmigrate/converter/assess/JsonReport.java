package dev.nbmigrate.converter.assess;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nbmigrate.converter.assess.AssessmentReport.ApiRow;
import dev.nbmigrate.converter.assess.AssessmentReport.CellRow;
import dev.nbmigrate.converter.assess.AssessmentReport.DiagnosticRow;
import dev.nbmigrate.converter.assess.AssessmentReport.IoRow;
import dev.nbmigrate.converter.assess.AssessmentReport.NotebookReport;
import dev.nbmigrate.converter.assess.AssessmentReport.ParameterRow;
import dev.nbmigrate.converter.assess.AssessmentReport.ReadinessRow;
import dev.nbmigrate.converter.assess.AssessmentReport.RunRow;
import dev.nbmigrate.converter.assess.AssessmentReport.SecretRow;
import dev.nbmigrate.converter.assess.AssessmentReport.Summary;

import java.io.UncheckedIOException;

/**
 * The assessment as JSON, schema {@value #SCHEMA}. The shape is stable: fields are only ever added, in a new
 * schema version when their meaning changes. Objects keep the field order below; arrays are sorted as in the
 * other formats; every field is always present ({@code ""}, {@code 0} or {@code []} when empty); shares are
 * percentages with one decimal.
 *
 * <pre>
 * {
 *   "schema": "nbmigrate-assessment/1",
 *   "summary": {"notebooks", "analysed", "unreadable", "codeCells", "convertibleCells", "cellPercent",
 *               "apiReferences", "convertibleApiReferences", "apiPercent", "errors", "warnings", "secrets",
 *               "parameters", "reads", "writes"},
 *   "notebooks": [{
 *     "path", "status" ("analysed" | "unreadable" | "failed"), "failure" (a diagnostic, or null),
 *     "format", "kernel", "python" ("2", "3" or ""),
 *     "readiness": {"codeCells", "convertibleCells", "cellPercent", "apiReferences", "apiSupported",
 *                   "apiWarnings", "apiUnsupported", "convertibleApiReferences", "apiPercent"},
 *     "cells": [{"index", "kind", "language", "status", "explorations", "codes": [..]}],
 *     "api": [{"api", "status", "codes", "uses", "cells": [..], "note"}],
 *     "io": [{"direction" ("read" | "write"), "target" ("path" | "table" | "jdbc"), "format", "location", "via",
 *             "mode", "parameter", "detail", "cell", "line"}],
 *     "parameters": [{"name", "kind", "role", "type", "default", "variable", "choices": [..], "description",
 *                     "cell", "line"}],
 *     "secrets": [{"kind", "code", "context", "variable", "cell", "line"}],
 *     "runs": [{"target", "resolved", "problem", "cell", "line"}],
 *     "diagnostics": [{"code", "severity", "cell", "line", "column", "message", "suggestion"}]
 *   }]
 * }
 * </pre>
 */
final class JsonReport {

    static final String SCHEMA = "nbmigrate-assessment/1";

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static String render(AssessmentReport report) {
        ObjectNode root = NODES.objectNode();
        root.put("schema", SCHEMA);
        Summary s = report.summary();
        ObjectNode summary = root.putObject("summary");
        summary.put("notebooks", s.notebooks());
        summary.put("analysed", s.analysed());
        summary.put("unreadable", s.unreadable());
        summary.put("codeCells", s.codeCells());
        summary.put("convertibleCells", s.convertibleCells());
        summary.put("cellPercent", AssessmentReport.share(s.convertibleCells(), s.codeCells()));
        summary.put("apiReferences", s.apiReferences());
        summary.put("convertibleApiReferences", s.convertibleApiReferences());
        summary.put("apiPercent", AssessmentReport.share(s.convertibleApiReferences(), s.apiReferences()));
        summary.put("errors", s.errors());
        summary.put("warnings", s.warnings());
        summary.put("secrets", s.secrets());
        summary.put("parameters", s.parameters());
        summary.put("reads", s.reads());
        summary.put("writes", s.writes());
        ArrayNode notebooks = root.putArray("notebooks");
        for (NotebookReport nb : report.notebooks()) {
            notebooks.add(notebook(nb));
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode notebook(NotebookReport nb) {
        ObjectNode node = NODES.objectNode();
        node.put("path", nb.path());
        node.put("status", nb.status());
        if (nb.failure().isPresent()) {
            node.set("failure", diagnostic(nb.failure().get()));
        } else {
            node.putNull("failure");
        }
        node.put("format", nb.format());
        node.put("kernel", nb.kernel());
        node.put("python", nb.python());
        ReadinessRow r = nb.readiness();
        ObjectNode readiness = node.putObject("readiness");
        readiness.put("codeCells", r.codeCells());
        readiness.put("convertibleCells", r.convertibleCells());
        readiness.put("cellPercent", AssessmentReport.share(r.convertibleCells(), r.codeCells()));
        readiness.put("apiReferences", r.apiReferences());
        readiness.put("apiSupported", r.apiSupported());
        readiness.put("apiWarnings", r.apiWarnings());
        readiness.put("apiUnsupported", r.apiUnsupported());
        readiness.put("convertibleApiReferences", r.convertibleApiReferences());
        readiness.put("apiPercent", AssessmentReport.share(r.convertibleApiReferences(), r.apiReferences()));
        ArrayNode cells = node.putArray("cells");
        for (CellRow cell : nb.cells()) {
            ObjectNode c = cells.addObject();
            c.put("index", cell.index());
            c.put("kind", cell.kind());
            c.put("language", cell.language());
            c.put("status", cell.status());
            c.put("explorations", cell.explorations());
            ArrayNode codes = c.putArray("codes");
            cell.codes().forEach(codes::add);
            c.put("outcome", cell.outcome());
        }
        ArrayNode api = node.putArray("api");
        for (ApiRow row : nb.api()) {
            ObjectNode a = api.addObject();
            a.put("api", row.api());
            a.put("status", row.status());
            a.put("codes", row.code());
            a.put("uses", row.uses());
            ArrayNode at = a.putArray("cells");
            row.cells().forEach(at::add);
            a.put("note", row.note());
        }
        ArrayNode io = node.putArray("io");
        for (IoRow row : nb.io()) {
            ObjectNode i = io.addObject();
            i.put("direction", row.direction());
            i.put("target", row.target());
            i.put("format", row.format());
            i.put("location", row.location());
            i.put("via", row.via());
            i.put("mode", row.mode());
            i.put("parameter", row.parameter());
            i.put("detail", row.detail());
            i.put("cell", row.cell());
            i.put("line", row.line());
        }
        ArrayNode parameters = node.putArray("parameters");
        for (ParameterRow row : nb.parameters()) {
            ObjectNode p = parameters.addObject();
            p.put("name", row.name());
            p.put("kind", row.kind());
            p.put("role", row.role());
            p.put("type", row.type());
            p.put("default", row.defaultValue());
            p.put("variable", row.variable());
            ArrayNode choices = p.putArray("choices");
            row.choices().forEach(choices::add);
            p.put("description", row.description());
            p.put("cell", row.cell());
            p.put("line", row.line());
        }
        ArrayNode secrets = node.putArray("secrets");
        for (SecretRow row : nb.secrets()) {
            ObjectNode s = secrets.addObject();
            s.put("kind", row.kind());
            s.put("code", row.code());
            s.put("context", row.context());
            s.put("variable", row.variable());
            s.put("cell", row.cell());
            s.put("line", row.line());
        }
        ArrayNode runs = node.putArray("runs");
        for (RunRow row : nb.runs()) {
            ObjectNode run = runs.addObject();
            run.put("target", row.target());
            run.put("resolved", row.resolved());
            run.put("problem", row.problem());
            run.put("cell", row.cell());
            run.put("line", row.line());
        }
        ArrayNode diagnostics = node.putArray("diagnostics");
        nb.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
        return node;
    }

    private static ObjectNode diagnostic(DiagnosticRow d) {
        ObjectNode node = NODES.objectNode();
        node.put("code", d.code());
        node.put("severity", d.severity());
        node.put("cell", d.cell());
        node.put("line", d.line());
        node.put("column", d.column());
        node.put("message", d.message());
        node.put("suggestion", d.suggestion());
        return node;
    }
}
