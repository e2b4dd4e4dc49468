package dev.nbmigrate.converter.assess;

import dev.nbmigrate.converter.assess.AssessmentReport.ApiRow;
import dev.nbmigrate.converter.assess.AssessmentReport.CellRow;
import dev.nbmigrate.converter.assess.AssessmentReport.DiagnosticRow;
import dev.nbmigrate.converter.assess.AssessmentReport.IoRow;
import dev.nbmigrate.converter.assess.AssessmentReport.NotebookReport;
import dev.nbmigrate.converter.assess.AssessmentReport.ParameterRow;
import dev.nbmigrate.converter.assess.AssessmentReport.RunRow;
import dev.nbmigrate.converter.assess.AssessmentReport.SecretRow;
import dev.nbmigrate.converter.assess.AssessmentReport.Summary;

import java.util.List;
import java.util.stream.Collectors;

/** The assessment as Markdown: a summary table of the batch, then one section per notebook. */
final class MarkdownReport {

    private final StringBuilder out = new StringBuilder();

    private MarkdownReport() {
    }

    static String render(AssessmentReport report) {
        MarkdownReport md = new MarkdownReport();
        md.write(report);
        return md.out.toString();
    }

    private void write(AssessmentReport report) {
        Summary s = report.summary();
        line("# nbmigrate assessment");
        line("");
        line(s.notebooks() + " notebook(s), " + s.analysed() + " analysed" + (s.unreadable() > 0 ? ", "
                + s.unreadable() + " could not be analysed" : "") + ". Code cells converting without error: "
                + s.convertibleCells() + " of " + s.codeCells() + " (" + s.cellPercent() + "); PySpark API "
                + "references: " + s.convertibleApiReferences() + " of " + s.apiReferences() + " (" + s.apiPercent()
                + "). Findings: " + s.errors() + " error(s), " + s.warnings() + " warning(s); " + s.secrets()
                + " hard-coded secret(s); " + s.parameters() + " parameter(s); " + s.reads() + " read(s), "
                + s.writes() + " write(s).");
        line("");
        line("## Summary");
        line("");
        table(List.of("Notebook", "Status", "Kernel", "Code cells ready", "API refs ready", "Errors", "Warnings",
                "Secrets"));
        for (NotebookReport nb : report.notebooks()) {
            row(nb.path(), nb.status(), nb.kernel(),
                    nb.analysed() ? nb.readiness().convertibleCells() + "/" + nb.readiness().codeCells() + " ("
                            + nb.readiness().cellPercent() + ")" : "-",
                    nb.analysed() ? nb.readiness().convertibleApiReferences() + "/" + nb.readiness().apiReferences()
                            + " (" + nb.readiness().apiPercent() + ")" : "-",
                    String.valueOf(nb.count("error")), String.valueOf(nb.count("warning")),
                    String.valueOf(nb.secrets().size()));
        }
        for (NotebookReport nb : report.notebooks()) {
            notebook(nb);
        }
    }

    private void notebook(NotebookReport nb) {
        line("");
        line("## " + text(nb.path()));
        line("");
        if (!nb.analysed()) {
            DiagnosticRow failure = nb.failure().orElseThrow();
            line("**" + (nb.status().equals("failed") ? "Failed" : "Unreadable") + "** (" + failure.code() + "): "
                    + text(failure.message()));
            return;
        }
        line("Format " + nb.format() + ", kernel " + text(nb.kernel()) + (nb.python().isEmpty() ? ""
                : ", Python " + nb.python()) + ".");
        line("");
        line("**Readiness:** " + nb.readiness().convertibleCells() + " of " + nb.readiness().codeCells()
                + " code cells (" + nb.readiness().cellPercent() + ") and " + nb.readiness().convertibleApiReferences()
                + " of " + nb.readiness().apiReferences() + " PySpark API references (" + nb.readiness().apiPercent()
                + ") convert without error; API references: " + nb.readiness().apiSupported() + " supported, "
                + nb.readiness().apiWarnings() + " with warnings, " + nb.readiness().apiUnsupported()
                + " unsupported.");
        line("");
        line("### Cells");
        line("");
        table(List.of("Cell", "Kind", "Language", "Status", "Exploration", "Findings", "In the job"));
        for (CellRow cell : nb.cells()) {
            row(String.valueOf(cell.index()), cell.kind(), cell.language(), cell.status(),
                    cell.explorations() == 0 ? "" : String.valueOf(cell.explorations()), String.join(", ", cell.codes()),
                    cell.outcome());
        }
        if (!nb.api().isEmpty()) {
            line("");
            line("### PySpark API");
            line("");
            table(List.of("API", "Status", "Codes", "Uses", "Cells", "Note"));
            for (ApiRow api : nb.api()) {
                row(api.api(), api.status(), api.code(), String.valueOf(api.uses()), cells(api.cells()), api.note());
            }
        }
        if (!nb.io().isEmpty()) {
            line("");
            line("### Inputs and outputs");
            line("");
            table(List.of("Direction", "Kind", "Format", "Location", "Via", "Mode", "Parameter", "Cell", "Detail"));
            for (IoRow io : nb.io()) {
                row(io.direction(), io.target(), io.format(), io.location(), io.via(), io.mode(), io.parameter(),
                        io.cell() + ":" + io.line(), io.detail());
            }
        }
        if (!nb.parameters().isEmpty()) {
            line("");
            line("### Parameters");
            line("");
            table(List.of("Name", "Kind", "Role", "Type", "Default", "Variable", "Cell"));
            for (ParameterRow p : nb.parameters()) {
                row(p.name(), p.kind(), p.role(), p.type(), p.defaultValue(), p.variable(), p.cell() + ":" + p.line());
            }
        }
        if (!nb.secrets().isEmpty()) {
            line("");
            line("### Hard-coded secrets");
            line("");
            line("Values are not shown. Rotate each secret and keep it in a secret scope or Key Vault.");
            line("");
            table(List.of("Kind", "Code", "Where", "Used as", "Variable"));
            for (SecretRow secret : nb.secrets()) {
                row(secret.kind(), secret.code(), "cell " + secret.cell() + ", line " + secret.line(), secret.context(),
                        secret.variable());
            }
        }
        if (!nb.runs().isEmpty()) {
            line("");
            line("### Notebooks run with %run");
            line("");
            table(List.of("Target", "Found", "Cell", "Problem"));
            for (RunRow run : nb.runs()) {
                row(run.target(), run.resolved(), run.cell() + ":" + run.line(), run.problem());
            }
        }
        if (!nb.diagnostics().isEmpty()) {
            line("");
            line("### Findings");
            line("");
            table(List.of("Where", "Code", "Severity", "Message"));
            for (DiagnosticRow d : nb.diagnostics()) {
                row(where(d), d.code(), d.severity(), d.message());
            }
        }
    }

    private static String where(DiagnosticRow d) {
        if (d.cell() == 0) {
            return "notebook";
        }
        return "cell " + d.cell() + (d.line() > 0 ? ", line " + d.line() + (d.column() > 0 ? ":" + d.column() : "") : "");
    }

    private static String cells(List<Integer> cells) {
        return cells.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private void table(List<String> headers) {
        row(headers.toArray(String[]::new));
        out.append('|');
        headers.forEach(h -> out.append(" --- |"));
        out.append('\n');
    }

    private void row(String... cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(text(cell)).append(" |");
        }
        out.append('\n');
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    /** Text from a notebook for Markdown: the one Markdown escaper. */
    static String text(String value) {
        return dev.nbmigrate.converter.escape.Markdown.text(value);
    }
}
