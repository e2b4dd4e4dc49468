package dev.nbmigrate.converter.assess;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.nbmigrate.converter.render.TemplateException;
import dev.nbmigrate.converter.render.TemplateFunctions;
import dev.nbmigrate.converter.render.TemplateRenderer;

/**
 * The forms an assessment is written in. Markdown and HTML are Freemarker templates ({@code assessment.md.ftl};
 * {@code assessment.html.ftlh}, auto-escaping) that a user's {@code --templates DIR} may replace; JSON and CSV have a
 * fixed shape for tools.
 */
public enum ReportFormat {
    /** Markdown: readable as text, rendered by code hosts. */
    MD("md", "assessment.md.ftl"),
    /** JSON with a stable, documented shape (schema {@code nbmigrate-assessment/1}) for tools. */
    JSON("json", ""),
    /** One self-contained HTML page for a reviewer's browser. */
    HTML("html", "assessment.html.ftlh"),
    /** One row per notebook with its verdict and effort, for a spreadsheet. */
    CSV("csv", "");

    private final String extension;
    private final String template;

    ReportFormat(String extension, String template) {
        this.extension = extension;
        this.template = template;
    }

    /** The file name the report is written to with {@code --out}: {@code assessment.md}, ... */
    public String fileName() {
        return "assessment." + extension;
    }

    /** Renders a report in this format with the built-in templates. */
    public String render(AssessmentReport report) {
        try {
            return render(report, new TemplateRenderer(null));
        } catch (TemplateException e) {
            throw new IllegalStateException("built-in template " + template + ": " + e.getMessage(), e);
        }
    }

    /** Renders a report in this format, with {@code templates} for the formats that have one. */
    public String render(AssessmentReport report, TemplateRenderer templates) throws TemplateException {
        PortfolioOverview portfolio = PortfolioOverview.of(report);
        return switch (this) {
            case JSON -> JsonReport.render(report);
            case CSV -> CsvReport.render(report, portfolio);
            case MD, HTML -> {
                Map<String, Object> data = new TreeMap<>(TemplateFunctions.all());
                data.put("report", report);
                data.put("portfolio", portfolio);
                data.put("effortFormula", PortfolioOverview.EFFORT_FORMULA);
                data.put("verdictRule", PortfolioOverview.VERDICT_RULE);
                LineagePicture.of(report).ifPresent(picture -> data.put("lineage", picture));
                yield templates.render(template, data);
            }
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
