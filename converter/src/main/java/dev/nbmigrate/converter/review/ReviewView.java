package dev.nbmigrate.converter.review;

import java.util.List;

/**
 * What {@code review.html.ftlh} lays out: records of plain text, escaped by the template (auto-escaping HTML).
 *
 * @param module        the module's name
 * @param source        the notebook, relative to the project
 * @param jobFile       the job class's file, relative to the module folder
 * @param configFile    the config class's file, relative to the module folder, or empty when there is none
 * @param counts        the cells by outcome and the findings by severity
 * @param notices       problems the reviewer must know before reading (a changed notebook, an unreadable reconcile
 *                      report), each a code and a message
 * @param moduleFindings findings about the notebook as a whole or a notebook it includes with {@code %run}
 * @param cells         every notebook cell in order
 * @param reconcile     true when the module has a reconcile report
 */
public record ReviewView(String module, String source, String jobFile, String configFile, Counts counts,
        List<Notice> notices, List<FindingView> moduleFindings, List<CellView> cells, boolean reconcile) {

    /** Cells by outcome (over code cells) and findings by severity. */
    public record Counts(int code, int java, int failing, int leftOut, int errors, int warnings, int infos,
            int findings) {
    }

    /** A problem found while building the page: a diagnostic code and its message. */
    public record Notice(String code, String message) {
    }

    /**
     * One notebook cell beside its Java.
     *
     * @param anchor    the cell's element id ({@code cell-7})
     * @param reason    for a left-out cell, the code of the finding that says why; else empty
     * @param why       for a left-out cell, that finding's message; else empty
     * @param source    the cell's source lines, secrets redacted
     * @param java      the Java the cell became: job class ranges first, then config components
     * @param javaNote  when a code cell in the job has no Java of its own, where its content went; else empty
     * @param result    the reconcile result of the cell, or {@code null}
     */
    public record CellView(int index, String anchor, String type, String language, String outcome, String reason,
            String why, List<Line> source, List<JavaBlock> java, String javaNote, List<FindingView> findings,
            ReconcileResults.CellResult result) {
    }

    /**
     * One numbered line; {@code anchor} its element id, or empty; {@code marked} true when a finding points at it
     * (notebook) or it holds a placeholder that throws (Java).
     */
    public record Line(int number, String text, String anchor, boolean marked) {
    }

    /** Lines {@code from}..{@code to} of {@code file}. */
    public record JavaBlock(String file, String kind, int from, int to, List<Line> lines) {
    }

    /**
     * One finding; {@code anchor} its element id ({@code finding-3}, numbered in page order), {@code cellAnchor} the
     * cell it is in, or empty.
     */
    public record FindingView(int number, String anchor, String code, String severity, String place, String message,
            String suggestion, String cellAnchor) {
    }
}
