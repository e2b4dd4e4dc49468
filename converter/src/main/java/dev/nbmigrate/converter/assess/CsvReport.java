package dev.nbmigrate.converter.assess;

import java.util.List;

/**
 * The assessment as CSV (RFC 4180, one row per notebook) for a spreadsheet: path, status, verdict and why, cells,
 * findings, secrets, estimated hours and the notebook's most frequent error code. A field is quoted when it holds a
 * comma, quote or line break; one that a spreadsheet would take for a formula ({@code = + - @} first) is prefixed
 * with a quote mark, so opening the file never runs anything a notebook path or message holds.
 */
final class CsvReport {

    static final List<String> HEADER = List.of("notebook", "status", "verdict", "why", "code_cells",
            "ready_cells", "blocking_cells", "errors", "warnings", "secrets", "effort_hours", "top_blocker");

    private CsvReport() {
    }

    static String render(AssessmentReport report, PortfolioOverview portfolio) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (int i = 0; i < report.notebooks().size(); i++) {
            AssessmentReport.NotebookReport nb = report.notebooks().get(i);
            PortfolioOverview.Verdict v = portfolio.verdicts().get(i);
            String top = nb.diagnostics().stream().filter(d -> d.severity().equals("error"))
                    .collect(java.util.stream.Collectors.groupingBy(AssessmentReport.DiagnosticRow::code,
                            java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                    .entrySet().stream().max(java.util.Map.Entry.<String, Long>comparingByValue()
                            .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .map(java.util.Map.Entry::getKey).orElse("");
            line(out, List.of(nb.path(), nb.status(), v.verdict(), v.reason(), String.valueOf(v.codeCells()),
                    String.valueOf(nb.readiness().convertibleCells()), String.valueOf(v.blocking()),
                    String.valueOf(v.errors()), String.valueOf(v.warnings()), String.valueOf(v.secrets()),
                    v.hours().toPlainString(), top));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** One field: formula-safe, quoted when it must be. */
    static String field(String value) {
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
