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

import java.util.stream.Collectors;

/**
 * The assessment as one self-contained HTML page: inline CSS, no scripts, fonts or images from anywhere, every
 * text escaped. Sections fold open with {@code <details>}, so it works in any browser, offline.
 */
final class HtmlReport {

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2430;\
            background:#f6f7f9}
            main{max-width:1200px;margin:0 auto;padding:24px}
            h1{font-size:24px;margin:0 0 8px}h2{font-size:19px;margin:32px 0 8px;word-break:break-all}
            h3{font-size:15px;margin:18px 0 6px}
            p.lead{color:#465062;margin:0 0 16px}
            table{border-collapse:collapse;width:100%;background:#fff;margin:6px 0 12px;font-size:13px}
            th,td{border:1px solid #dde1e7;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#eef1f5;font-weight:600}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
            section.nb{background:#fff;border:1px solid #dde1e7;border-radius:6px;padding:4px 16px 12px;margin:16px 0}
            details{margin:6px 0}summary{cursor:pointer;font-weight:600;padding:2px 0}
            .bar{display:inline-block;width:120px;height:10px;background:#e5e8ed;border-radius:5px;\
            vertical-align:middle;margin-right:6px;overflow:hidden}
            .bar span{display:block;height:100%;background:#2e8b57}
            .tag{display:inline-block;padding:0 6px;border-radius:9px;font-size:12px;white-space:nowrap}
            .ready,.supported,.analysed,.exploration{background:#e3f4e8;color:#1e6b3a}
            .review,.warning{background:#fff4d6;color:#7a5600}
            .blocked,.unsupported,.error,.unreadable,.failed{background:#fde4e4;color:#9b1c1c}
            .not-translated{background:#ece7f8;color:#4b3a86}
            .settings,.not-code,.info{background:#eef1f5;color:#465062}
            .muted{color:#6b7485}
            """;

    private final StringBuilder out = new StringBuilder();

    private HtmlReport() {
    }

    static String render(AssessmentReport report) {
        HtmlReport html = new HtmlReport();
        html.write(report);
        return html.out.toString();
    }

    private void write(AssessmentReport report) {
        Summary s = report.summary();
        raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        raw("<title>nbmigrate assessment</title>\n<style>\n").raw(STYLE).raw("</style>\n</head>\n<body>\n<main>\n");
        raw("<h1>nbmigrate assessment</h1>\n<p class=\"lead\">");
        text(s.notebooks() + " notebook(s), " + s.analysed() + " analysed" + (s.unreadable() > 0 ? ", "
                + s.unreadable() + " could not be analysed" : "") + ". Code cells converting without error: "
                + s.convertibleCells() + " of " + s.codeCells() + " (" + s.cellPercent() + "); PySpark API references: "
                + s.convertibleApiReferences() + " of " + s.apiReferences() + " (" + s.apiPercent() + "). "
                + s.errors() + " error(s), " + s.warnings() + " warning(s), " + s.secrets() + " hard-coded secret(s).");
        raw("</p>\n<h2>Summary</h2>\n<table>\n");
        header("Notebook", "Status", "Kernel", "Code cells ready", "API references ready", "Errors", "Warnings",
                "Secrets");
        for (NotebookReport nb : report.notebooks()) {
            raw("<tr><td><a href=\"#").text(anchor(nb.path())).raw("\"><code>").text(nb.path()).raw("</code></a></td>");
            raw("<td>").tag(nb.status()).raw("</td><td>").text(nb.kernel()).raw("</td>");
            if (nb.analysed()) {
                raw("<td>").bar(nb.readiness().convertibleCells(), nb.readiness().codeCells(),
                        nb.readiness().cellPercent()).raw("</td><td>").bar(nb.readiness().convertibleApiReferences(),
                        nb.readiness().apiReferences(), nb.readiness().apiPercent()).raw("</td>");
            } else {
                raw("<td class=\"muted\">-</td><td class=\"muted\">-</td>");
            }
            num(nb.count("error")).num(nb.count("warning")).num(nb.secrets().size()).raw("</tr>\n");
        }
        raw("</table>\n");
        raw(LineagePicture.html(report));
        for (NotebookReport nb : report.notebooks()) {
            notebook(nb);
        }
        raw("</main>\n</body>\n</html>\n");
    }

    private void notebook(NotebookReport nb) {
        raw("<section class=\"nb\" id=\"").text(anchor(nb.path())).raw("\">\n<h2><code>").text(nb.path())
                .raw("</code> ").tag(nb.status()).raw("</h2>\n");
        if (!nb.analysed()) {
            DiagnosticRow failure = nb.failure().orElseThrow();
            raw("<p>").tag(failure.severity()).raw(" <code>").text(failure.code()).raw("</code> ")
                    .text(failure.message()).raw("</p>\n</section>\n");
            return;
        }
        raw("<p class=\"muted\">").text("Format " + nb.format() + ", kernel " + nb.kernel()
                + (nb.python().isEmpty() ? "" : ", Python " + nb.python())).raw("</p>\n");
        raw("<p>Code cells: ").bar(nb.readiness().convertibleCells(), nb.readiness().codeCells(),
                nb.readiness().cellPercent());
        raw(" &nbsp; API references: ").bar(nb.readiness().convertibleApiReferences(), nb.readiness().apiReferences(),
                nb.readiness().apiPercent());
        raw(" <span class=\"muted\">").text("(" + nb.readiness().apiSupported() + " supported, "
                + nb.readiness().apiWarnings() + " with warnings, " + nb.readiness().apiUnsupported() + " unsupported)")
                .raw("</span></p>\n");

        raw("<details open><summary>Cells (").text(String.valueOf(nb.cells().size())).raw(")</summary>\n<table>\n");
        header("Cell", "Kind", "Language", "Status", "Exploration", "Findings", "In the job");
        for (CellRow cell : nb.cells()) {
            raw("<tr>").num(cell.index()).td(cell.kind()).td(cell.language()).raw("<td>").tag(cell.status())
                    .raw("</td>").num(cell.explorations()).raw("<td><code>").text(String.join(", ", cell.codes()))
                    .raw("</code></td>").td(cell.outcome()).raw("</tr>\n");
        }
        raw("</table>\n</details>\n");
        if (!nb.api().isEmpty()) {
            raw("<details><summary>PySpark API (").text(String.valueOf(nb.api().size())).raw(")</summary>\n<table>\n");
            header("API", "Status", "Codes", "Uses", "Cells", "Note");
            for (ApiRow api : nb.api()) {
                raw("<tr><td><code>").text(api.api()).raw("</code></td><td>")
                        .tag(api.status().startsWith("supported") ? "supported" : api.status(), api.status())
                        .raw("</td>").td(api.code()).num(api.uses())
                        .td(api.cells().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                        .td(api.note()).raw("</tr>\n");
            }
            raw("</table>\n</details>\n");
        }
        if (!nb.io().isEmpty()) {
            raw("<details open><summary>Inputs and outputs (").text(String.valueOf(nb.io().size()))
                    .raw(")</summary>\n<table>\n");
            header("Direction", "Kind", "Format", "Location", "Via", "Mode", "Parameter", "Cell", "Detail");
            for (IoRow io : nb.io()) {
                raw("<tr>").td(io.direction()).td(io.target()).td(io.format()).raw("<td><code>").text(io.location())
                        .raw("</code></td>").td(io.via()).td(io.mode()).td(io.parameter())
                        .td(io.cell() + ":" + io.line()).td(io.detail()).raw("</tr>\n");
            }
            raw("</table>\n</details>\n");
        }
        if (!nb.parameters().isEmpty()) {
            raw("<details open><summary>Parameters (").text(String.valueOf(nb.parameters().size()))
                    .raw(")</summary>\n<table>\n");
            header("Name", "Kind", "Role", "Type", "Default", "Variable", "Cell");
            for (ParameterRow p : nb.parameters()) {
                raw("<tr><td><code>").text(p.name()).raw("</code></td>").td(p.kind()).td(p.role()).td(p.type())
                        .raw("<td><code>").text(p.defaultValue()).raw("</code></td>").td(p.variable())
                        .td(p.cell() + ":" + p.line()).raw("</tr>\n");
            }
            raw("</table>\n</details>\n");
        }
        if (!nb.secrets().isEmpty()) {
            raw("<details open><summary>Hard-coded secrets (").text(String.valueOf(nb.secrets().size()))
                    .raw(")</summary>\n<p class=\"muted\">Values are not shown. Rotate each secret and keep it in a "
                            + "secret scope or Key Vault.</p>\n<table>\n");
            header("Kind", "Code", "Where", "Used as", "Variable");
            for (SecretRow secret : nb.secrets()) {
                raw("<tr>").td(secret.kind()).td(secret.code()).td("cell " + secret.cell() + ", line " + secret.line())
                        .raw("<td><code>").text(secret.context()).raw("</code></td>").td(secret.variable())
                        .raw("</tr>\n");
            }
            raw("</table>\n</details>\n");
        }
        if (!nb.runs().isEmpty()) {
            raw("<details open><summary>Notebooks run with %run (").text(String.valueOf(nb.runs().size()))
                    .raw(")</summary>\n<table>\n");
            header("Target", "Found", "Cell", "Problem");
            for (RunRow run : nb.runs()) {
                raw("<tr>").td(run.target()).td(run.resolved()).td(run.cell() + ":" + run.line()).td(run.problem())
                        .raw("</tr>\n");
            }
            raw("</table>\n</details>\n");
        }
        if (!nb.diagnostics().isEmpty()) {
            raw("<details><summary>Findings (").text(String.valueOf(nb.diagnostics().size()))
                    .raw(")</summary>\n<table>\n");
            header("Where", "Code", "Severity", "Message", "Suggestion");
            for (DiagnosticRow d : nb.diagnostics()) {
                raw("<tr>").td(where(d)).raw("<td><code>").text(d.code()).raw("</code></td><td>").tag(d.severity())
                        .raw("</td>").td(d.message()).raw("<td class=\"muted\">").text(d.suggestion())
                        .raw("</td></tr>\n");
            }
            raw("</table>\n</details>\n");
        }
        raw("</section>\n");
    }

    private static String where(DiagnosticRow d) {
        if (d.cell() == 0) {
            return "notebook";
        }
        return "cell " + d.cell() + (d.line() > 0 ? ", line " + d.line() + (d.column() > 0 ? ":" + d.column() : "") : "");
    }

    private static String anchor(String path) {
        return "nb-" + path.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private HtmlReport header(String... names) {
        raw("<tr>");
        for (String name : names) {
            raw("<th>").text(name).raw("</th>");
        }
        return raw("</tr>\n");
    }

    private HtmlReport bar(int part, int whole, String percent) {
        String width = percent.substring(0, percent.length() - 1);
        return raw("<span class=\"bar\"><span style=\"width:").raw(width).raw("%\"></span></span>")
                .text(part + "/" + whole + " (" + percent + ")");
    }

    private HtmlReport tag(String status) {
        return tag(status, status);
    }

    private HtmlReport tag(String style, String label) {
        return raw("<span class=\"tag ").text(style.replaceAll("[^a-z-]", "")).raw("\">").text(label).raw("</span>");
    }

    private HtmlReport td(String value) {
        return raw("<td>").text(value).raw("</td>");
    }

    private HtmlReport num(long value) {
        return raw("<td class=\"num\">").text(value == 0 ? "" : String.valueOf(value)).raw("</td>");
    }

    private HtmlReport raw(String html) {
        out.append(html);
        return this;
    }

    private HtmlReport text(String value) {
        out.append(escape(value));
        return this;
    }

    /** HTML text escaping, also safe inside attribute values. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
