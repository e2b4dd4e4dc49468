package dev.nbmigrate.converter.reconcile;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.nbmigrate.converter.escape.Markdown;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

/** The formats of a reconciliation report: Markdown (default), one self-contained HTML page, JSON for tools. */
public enum ReportFormat {
    MD {
        @Override
        public String render(List<Reconciliation> reports) {
            StringBuilder out = new StringBuilder("# Reconciliation: notebook under PySpark vs generated job\n");
            for (Reconciliation r : reports) {
                markdown(ReportView.of(r), out);
            }
            return out.toString();
        }
    },
    HTML {
        @Override
        public String render(List<Reconciliation> reports) {
            Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
            configuration.setClassForTemplateLoading(ReportFormat.class, "");
            configuration.setDefaultEncoding("UTF-8");
            configuration.setRecognizeStandardFileExtensions(true);
            configuration.setNumberFormat("computer");
            try {
                Template template = configuration.getTemplate("report.ftlh");
                StringWriter out = new StringWriter();
                template.process(Map.of("reports", reports.stream().map(ReportView::of).toList()), out);
                return out.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (TemplateException e) {
                throw new IllegalStateException("report.ftlh: " + e.getMessage(), e);
            }
        }
    },
    JSON {
        @Override
        public String render(List<Reconciliation> reports) {
            try {
                return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(Map.of("reconciliations", reports.stream().map(ReportView::of).toList()))
                        + "\n";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /** The report of {@code reports} in this format. */
    public abstract String render(List<Reconciliation> reports);

    /** The file extension of this format. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static void markdown(Map<String, Object> view, StringBuilder out) {
        out.append("\n## ").append(Markdown.text((String) view.get("module"))).append(": ")
                .append(view.get("verdict")).append("\n\n");
        out.append("Notebook ").append(Markdown.code((String) view.get("notebook"))).append(" under PySpark ")
                .append(Markdown.text((String) view.get("pyspark"))).append(" against the generated job.\n\n");
        Map<String, Object> summary = (Map<String, Object>) view.get("summary");
        out.append("| ").append(String.join(" | ", summary.keySet())).append(" |\n|")
                .append(" --- |".repeat(summary.size())).append("\n| ");
        summary.values().forEach(v -> out.append(v).append(" | "));
        out.setLength(out.length() - 1);
        out.append("\n");
        for (Map<String, Object> f : (List<Map<String, Object>>) view.get("failures")) {
            out.append("\n**The ").append(f.get("side")).append(" could not run**")
                    .append((int) f.get("cell") > 0 ? " (cell " + f.get("cell") + ")" : "").append(": ")
                    .append(Markdown.text((String) f.get("message"))).append("\n");
            String traceback = (String) f.get("traceback");
            if (!traceback.isBlank()) {
                out.append("\n```text\n").append(traceback.replace("```", "`\u200b``").strip()).append("\n```\n");
            }
        }
        List<Map<String, Object>> results = (List<Map<String, Object>>) view.get("results");
        if (!results.isEmpty()) {
            out.append("\n| cell | what | result | verdict | notebook | job |\n| --- | --- | --- | --- | --- | --- |\n");
        }
        for (Map<String, Object> r : results) {
            out.append("| ").append((int) r.get("cell") > 0 ? r.get("cell") : "").append(" | ").append(r.get("what"))
                    .append(" | ").append(Markdown.code(shorten((String) r.get("name")))).append(" | ")
                    .append(r.get("verdict")).append(" | ").append(side(r, "notebook")).append(" | ")
                    .append(side(r, "job")).append(" |\n");
        }
        List<String> clock = results.stream().filter(r -> !((List<String>) r.get("clockColumns")).isEmpty())
                .map(r -> ((int) r.get("cell") > 0 ? "cell " + r.get("cell") + " " : "") + r.get("what") + " "
                        + Markdown.code(shorten((String) r.get("name"))) + ": "
                        + String.join(", ", ((List<String>) r.get("clockColumns")).stream().map(Markdown::code)
                                .toList()))
                .toList();
        if (!clock.isEmpty()) {
            out.append("\nCompared by type and nullness only, their values coming from the clock of each run"
                    + " (`current_timestamp()` and the like, by the column's lineage): ")
                    .append(String.join("; ", clock)).append("\n");
        }
        for (Map<String, Object> r : results) {
            if ((boolean) r.get("equal")) {
                continue;
            }
            out.append("\n### ").append((int) r.get("cell") > 0 ? "Cell " + r.get("cell") + ", " : "")
                    .append(r.get("what")).append(" ").append(Markdown.code(shorten((String) r.get("name"))))
                    .append(": ").append(r.get("verdict")).append("\n\n");
            for (String difference : (List<String>) r.get("schemaDifferences")) {
                out.append("- schema: ").append(Markdown.text(difference)).append("\n");
            }
            if (!((String) r.get("note")).isEmpty()) {
                out.append("- ").append(Markdown.text((String) r.get("note"))).append("\n");
            }
            List<Map<String, Object>> rows = (List<Map<String, Object>>) r.get("rows");
            if (!rows.isEmpty()) {
                List<String> columns = (List<String>) r.get("columns");
                out.append("\nFirst differing rows").append((boolean) r.get("ordered") ? " (in order)" : "")
                        .append(":\n\n| side | row | ")
                        .append(String.join(" | ", columns.stream().map(Markdown::text).toList())).append(" |\n|")
                        .append(" --- |".repeat(columns.size() + 2)).append("\n");
                for (Map<String, Object> row : rows) {
                    for (String side : List.of("notebook", "job")) {
                        List<String> values = (List<String>) row.get(side);
                        out.append("| ").append(side).append(" | ").append((int) row.get("position") + 1).append(" | ")
                                .append(values.isEmpty() ? "(no row)" + " |".repeat(Math.max(0, columns.size() - 1))
                                        : String.join(" | ", values.stream().map(Markdown::text).toList()))
                                .append(" |\n");
                    }
                }
            }
            if (r.get("what").equals("printed")) {
                out.append("- job displayed: ").append(Markdown.code((String) r.get("jobText"))).append("\n")
                        .append("- notebook printed: ").append(Markdown.code(shorten((String) r.get("notebookText"))))
                        .append("\n");
            }
            if (!((String) r.get("fingerprint")).isEmpty()) {
                out.append("\nA reviewer who finds this difference right accepts it in ")
                        .append(Markdown.code((String) view.get("acceptedFile"))).append(" with its reason: ")
                        .append(Markdown.code(acceptance(r))).append("\n");
            }
        }
        List<Map<String, Object>> stale = (List<Map<String, Object>>) view.get("staleAccepted");
        if (!stale.isEmpty()) {
            out.append("\nAccepted differences that accept nothing any more (the difference changed or went away;"
                    + " update or remove them in ").append(Markdown.code((String) view.get("acceptedFile")))
                    .append("): ").append(String.join("; ", stale.stream().map(e -> Markdown.code((String) e.get(
                            "result")) + " " + e.get("fingerprint")).toList())).append("\n");
        }
        List<Map<String, Object>> skipped = (List<Map<String, Object>>) view.get("skipped");
        if (!skipped.isEmpty()) {
            out.append("\nCells not run: ");
            out.append(String.join("; ", skipped.stream().map(s -> s.get("cell") + " ("
                    + Markdown.text((String) s.get("reason")) + ")").toList())).append("\n");
        }
    }

    /** The entry that accepts result {@code r}, its reason left for the reviewer to write. */
    static String acceptance(Map<String, Object> r) {
        try {
            Map<String, String> entry = new java.util.LinkedHashMap<>();
            entry.put("result", (String) r.get("identity"));
            entry.put("fingerprint", (String) r.get("fingerprint"));
            entry.put("reason", "...");
            return new ObjectMapper().writeValueAsString(entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String side(Map<String, Object> r, String side) {
        int rows = (int) r.get(side + "Rows");
        if (rows >= 0) {
            return rows + " rows";
        }
        String verdict = (String) r.get("verdict");
        return verdict.equals("only in the " + (side.equals("notebook") ? "job" : "notebook")) ? "-" : "";
    }

    private static String shorten(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= 90 ? flat : flat.substring(0, 87) + "...";
    }
}
