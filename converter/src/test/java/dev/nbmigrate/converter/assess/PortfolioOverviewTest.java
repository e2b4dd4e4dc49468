package dev.nbmigrate.converter.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.nbmigrate.converter.assess.AssessmentReport.CellRow;
import dev.nbmigrate.converter.assess.AssessmentReport.DiagnosticRow;
import dev.nbmigrate.converter.assess.AssessmentReport.NotebookReport;
import dev.nbmigrate.converter.assess.AssessmentReport.ReadinessRow;
import dev.nbmigrate.converter.assess.AssessmentReport.SecretRow;
import dev.nbmigrate.converter.render.TemplateRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verdicts, effort, blockers and sorted findings of a portfolio, and how each report format shows them. */
class PortfolioOverviewTest {

    private static NotebookReport notebook(String path, int codeCells, int blocking, List<DiagnosticRow> findings,
            int secrets) {
        List<CellRow> cells = new ArrayList<>();
        for (int i = 1; i <= codeCells; i++) {
            cells.add(new CellRow(i, "code", "python", "ready", 0, List.of(), i <= blocking ? "failing" : "java",
                    "x" + i + " = spark.table(\"t\")\n"));
        }
        List<SecretRow> secretRows = new ArrayList<>();
        for (int i = 0; i < secrets; i++) {
            secretRows.add(new SecretRow("credential", "NBM403", "variable k", "k", 1, 1));
        }
        return new NotebookReport(path, "analysed", Optional.empty(), "jupyter-4", "pyspark3", "3",
                new ReadinessRow(codeCells, codeCells - blocking, 0, 0, 0, 0, 0), cells, List.of(), List.of(),
                List.of(), secretRows, List.of(), findings);
    }

    private static DiagnosticRow finding(String code, String severity, int cell, String message) {
        return new DiagnosticRow(code, severity, cell, cell == 0 ? 0 : 1, 0, message, "do this");
    }

    private static AssessmentReport report() {
        NotebookReport clean = notebook("a/clean.ipynb", 4, 0, List.of(), 0);
        NotebookReport partial = notebook("b/partial.ipynb", 6, 2, List.of(
                finding("NBM301", "warning", 5, "hazard"), finding("NBM203", "error", 1, "rdd <here>"),
                finding("NBM221", "info", 3, "shown")), 1);
        NotebookReport rdd = notebook("c/rdd.ipynb", 6, 3, List.of(finding("NBM203", "error", 1, "rdd"),
                finding("NBM203", "error", 2, "rdd"), finding("NBM202", "error", 3, "pandas")), 0);
        NotebookReport unreadable = new NotebookReport("d/broken.ipynb", "unreadable",
                Optional.of(finding("NBM001", "error", 0, "not JSON")), "", "", "",
                new ReadinessRow(0, 0, 0, 0, 0, 0, 0), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        // The summary is not what these tests read: the batch's own totals are the portfolio's.
        return new AssessmentReport(AssessmentReport.of(List.of()).summary(), List.of(clean, partial, rdd,
                unreadable));
    }

    @Test
    void eachNotebookGetsTheVerdictAndHoursTheStatedRulesGive() {
        PortfolioOverview portfolio = PortfolioOverview.of(report());
        assertThat(portfolio.verdicts()).extracting(PortfolioOverview.Verdict::path, PortfolioOverview.Verdict::verdict,
                PortfolioOverview.Verdict::hours).containsExactly(
                tuple("a/clean.ipynb", PortfolioOverview.CONVERT, new BigDecimal("0.5")),
                // 0.5 + 2 x 2 blocking + 0.5 x 1 error + 0.25 x 1 warning + 1 x 1 secret
                tuple("b/partial.ipynb", PortfolioOverview.REVIEW, new BigDecimal("6.25")),
                // 3 of 6 code cells block, more than a third: port by hand, 0.5 + 1 x 6 code cells
                tuple("c/rdd.ipynb", PortfolioOverview.PORT, new BigDecimal("6.5")),
                tuple("d/broken.ipynb", PortfolioOverview.PORT, new BigDecimal("0.5")));
        assertThat(portfolio.verdicts().get(3).reason()).isEqualTo("could not be analysed (NBM001)");
        assertThat(portfolio.totals()).isEqualTo(new PortfolioOverview.Totals(4, 1, 1, 2, 16, 5, new BigDecimal("13.75")));
        assertThat(portfolio.startWith()).extracting(PortfolioOverview.Verdict::path)
                .containsExactly("a/clean.ipynb", "b/partial.ipynb");
    }

    @Test
    void blockersAreErrorCausesMostFirstAndFindingsAreSortedBySeverityWithTheirCell() {
        PortfolioOverview portfolio = PortfolioOverview.of(report());
        assertThat(portfolio.blockers()).extracting(PortfolioOverview.Blocker::code, PortfolioOverview.Blocker::findings,
                PortfolioOverview.Blocker::notebooks, PortfolioOverview.Blocker::width).containsExactly(
                tuple("NBM203", 3, 2, 100), tuple("NBM001", 1, 1, 33), tuple("NBM202", 1, 1, 33));
        assertThat(portfolio.blockers().get(0).title()).isEqualTo("RDD API is not translated");
        assertThat(portfolio.findings()).extracting(f -> f.finding().severity(), PortfolioOverview.Finding::notebook,
                f -> f.finding().cell()).containsExactly(
                tuple("error", "b/partial.ipynb", 1), tuple("error", "c/rdd.ipynb", 1),
                tuple("error", "c/rdd.ipynb", 2), tuple("error", "c/rdd.ipynb", 3), tuple("error", "d/broken.ipynb", 0),
                tuple("warning", "b/partial.ipynb", 5), tuple("info", "b/partial.ipynb", 3));
        assertThat(portfolio.findings().get(0).source()).isEqualTo("x1 = spark.table(\"t\")");
        assertThat(portfolio.findings().get(4).source()).isEmpty();
    }

    @Test
    void aFenceIsLongerThanAnyBacktickRunOfTheSource() {
        DiagnosticRow d = finding("NBM201", "error", 1, "m");
        assertThat(new PortfolioOverview.Finding("n", "a", d, "x = 1").fence()).isEqualTo("```");
        assertThat(new PortfolioOverview.Finding("n", "a", d, "s = '````'").fence()).isEqualTo("`````");
    }

    @Test
    void csvIsOneRowPerNotebookSafeForSpreadsheets() {
        NotebookReport formula = notebook("=HYPERLINK(\"x\",\"y\").ipynb", 1, 0, List.of(), 0);
        AssessmentReport report = new AssessmentReport(report().summary(), List.of(formula));
        String csv = ReportFormat.CSV.render(report);
        assertThat(csv).isEqualTo(String.join(",", CsvReport.HEADER) + "\r\n"
                + "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\").ipynb\",analysed,convert as is,"
                + "\"no error, warning or blocking cell\",1,1,0,0,0,0,0.5,\r\n");
        assertThat(ReportFormat.CSV.render(report()).lines()).hasSize(5)
                .anyMatch(l -> l.startsWith("c/rdd.ipynb,analysed,port by hand,") && l.endsWith(",6.5,NBM203"));
    }

    @Test
    void htmlAndMarkdownStateTheRulesChartTheBlockersAndShowEscapedSources() {
        String html = ReportFormat.HTML.render(report());
        assertThat(html).contains("<strong>Effort formula:</strong> hours = 0.5 per notebook")
                .contains("<strong>Verdict rule:</strong> convert as is:")
                .contains("<svg class=\"chart\" role=\"img\"")
                .contains("<rect x=\"64\" y=\"8\" height=\"16\" width=\"300\"></rect>")
                .contains("<pre class=\"src\">x1 = spark.table(&quot;t&quot;)</pre>")
                .contains("rdd &lt;here&gt;").doesNotContain("rdd <here>")
                .contains("<b>13.75 h</b>estimated work");
        String md = ReportFormat.MD.render(report());
        assertThat(md).contains("- **Work:** about 13.75 hours; 5 of 16 code cells block")
                .contains("| NBM203 RDD API is not translated | 3 | 2 | #################### |")
                .contains("### 1. error NBM203: b/partial.ipynb, cell 1, line 1\n\nrdd &lt;here&gt;\n\n"
                        + "Suggestion: do this\n\n```\nx1 = spark.table(\"t\")\n```\n")
                .contains("| c/rdd.ipynb | port by hand | 3 of 6 code cells block (more than a third) | 6 | 3 | 6.5 |");
    }

    @Test
    void aUsersTemplateReplacesTheBuiltInOneAndStillEscapes(@TempDir Path templates) throws Exception {
        Files.writeString(templates.resolve("assessment.html.ftlh"),
                "<#list portfolio.verdicts as v><p>${v.path}: ${v.verdict}</p></#list>");
        NotebookReport odd = notebook("<i>odd</i>.ipynb", 1, 0, List.of(), 0);
        String page = ReportFormat.HTML.render(new AssessmentReport(report().summary(), List.of(odd)),
                new TemplateRenderer(templates));
        assertThat(page).isEqualTo("<p>&lt;i&gt;odd&lt;/i&gt;.ipynb: convert as is</p>");
        assertThat(ReportFormat.MD.render(report(), new TemplateRenderer(templates))).startsWith("# nbmigrate");
    }
}
