package dev.nbmigrate.converter.assess;

import java.util.Locale;

/** The forms an assessment is written in. */
public enum ReportFormat {
    /** Markdown: readable as text, rendered by code hosts. */
    MD("md"),
    /** JSON with a stable, documented shape (schema {@code nbmigrate-assessment/1}) for tools. */
    JSON("json"),
    /** One self-contained HTML page for a reviewer's browser. */
    HTML("html");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name the report is written to with {@code --out}: {@code assessment.md}, ... */
    public String fileName() {
        return "assessment." + extension;
    }

    /** Renders a report in this format. */
    public String render(AssessmentReport report) {
        return switch (this) {
            case MD -> MarkdownReport.render(report);
            case JSON -> JsonReport.render(report);
            case HTML -> HtmlReport.render(report);
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
