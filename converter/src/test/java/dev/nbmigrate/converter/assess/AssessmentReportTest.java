package dev.nbmigrate.converter.assess;

import dev.nbmigrate.converter.read.NotebookFinder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nbmigrate.converter.analyze.Analyzer;
import dev.nbmigrate.converter.analyze.Program;
import dev.nbmigrate.converter.cells.CellClassifier;
import dev.nbmigrate.converter.read.NotebookReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The assess report of the legacy corpus in its three forms. */
class AssessmentReportTest {

    private static final Path LEGACY = Path.of("..", "legacy-notebooks");
    private static final String FAKE_KEY =
            "TkJNSUdSQVRFLVNBTVBMRS9jb250b3NvZm9vZGxha2UvZmFrZS1hY2NvdW50LWtleS9ub3QtYS1zZWNyZXQvMA==";
    private static final String SUPPLIER = "../legacy-notebooks/supplier_price_normalisation.ipynb";

    private static AssessmentReport report;
    private static String markdown;
    private static String json;
    private static String html;

    @BeforeAll
    static void assessTheCorpus() {
        List<NotebookOutcome> outcomes = new Assessor().assess(NotebookFinder.find(List.of(LEGACY)));
        report = AssessmentReport.of(outcomes);
        markdown = ReportFormat.MD.render(report);
        json = ReportFormat.JSON.render(report);
        html = ReportFormat.HTML.render(report);
    }

    @Test
    void everyNotebookOfTheFolderIsAssessedInNameOrder() {
        assertThat(report.notebooks()).extracting(AssessmentReport.NotebookReport::path).containsExactly(
                "../legacy-notebooks/allergen_matrix.ipynb",
                "../legacy-notebooks/daily_covers_sales.ipynb",
                "../legacy-notebooks/food_waste_costing.ipynb",
                "../legacy-notebooks/meal_demand_forecast.ipynb",
                "../legacy-notebooks/menu_item_popularity.ipynb",
                "../legacy-notebooks/monthly_covers_report_py2.ipynb",
                "../legacy-notebooks/site_weekly_kpi_databricks.py",
                SUPPLIER,
                "../legacy-notebooks/utils.ipynb",
                "../legacy-notebooks/zeppelin/2F1K7QZPN/note.json");
        AssessmentReport.Summary summary = report.summary();
        assertThat(summary.notebooks()).isEqualTo(10);
        assertThat(summary.analysed()).isEqualTo(10);
        assertThat(summary.secrets()).isEqualTo(1);
        assertThat(summary.codeCells()).isEqualTo(report.notebooks().stream()
                .mapToInt(nb -> nb.readiness().codeCells()).sum());
    }

    @Test
    void theHardCodedKeyIsListedByKindAndLocationAndItsValueAppearsNowhere() {
        assertThat(markdown).doesNotContain(FAKE_KEY);
        assertThat(json).doesNotContain(FAKE_KEY);
        assertThat(html).doesNotContain(FAKE_KEY);
        assertThat(markdown).contains("| storage account key | NBM401 | cell 3, line 4 | "
                + "fs.azure.account.key.contosofoodlake.blob.core.windows.net |  |");
        assertThat(html).contains("<tr><td>storage account key</td><td>NBM401</td><td>cell 3, line 4</td>"
                + "<td><code>fs.azure.account.key.contosofoodlake.blob.core.windows.net</code></td><td></td></tr>");
    }

    @Test
    void markdownHasTheSummaryAndPerNotebookSections() {
        assertThat(markdown).startsWith("# nbmigrate assessment\n\n10 notebook(s), 10 analysed.");
        assertThat(markdown).contains("| Notebook | Status | Kernel | Code cells ready | API refs ready | Errors | "
                + "Warnings | Secrets |");
        assertThat(markdown).contains("| " + SUPPLIER + " | analysed | pyspark3 (pyspark3kernel) | 16/16 (100.0%) |");
        assertThat(markdown).contains("## " + SUPPLIER + "\n\nFormat jupyter-4, kernel pyspark3 (pyspark3kernel), "
                + "Python 3.\n\n**Readiness:** 16 of 16 code cells (100.0%)");
        assertThat(markdown).contains("| 3 | code | python | review |  | NBM401 |");
        assertThat(markdown).contains("| read | path | csv | wasbs://suppliers@contosofoodlake.blob.core.windows.net/"
                + "raw/price\\_lists/".replace("\\_", "_") + " | dataframe |  | PRICE_LISTS_PATH | 5:1 |  |");
        assertThat(markdown).contains("| RERUN_MONTH | constant | date | Optional\\[str\\] | None | RERUN_MONTH | 4:9 |");
        assertThat(markdown).contains("| pyspark.sql.DataFrame.toPandas | unsupported | NBM202 | 1 | 14 |  |");
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("schema").asText()).isEqualTo("nbmigrate-assessment/1");
        assertThat(fieldNames(root.get("summary"))).containsExactly("notebooks", "analysed", "unreadable",
                "codeCells", "convertibleCells", "cellPercent", "apiReferences", "convertibleApiReferences",
                "apiPercent", "errors", "warnings", "secrets", "parameters", "reads", "writes");
        JsonNode supplier = root.get("notebooks").get(7);
        assertThat(supplier.get("path").asText()).isEqualTo(SUPPLIER);
        assertThat(fieldNames(supplier)).containsExactly("path", "status", "failure", "format", "kernel", "python",
                "readiness", "cells", "api", "io", "parameters", "secrets", "runs", "diagnostics");
        assertThat(supplier.get("failure").isNull()).isTrue();
        assertThat(supplier.get("readiness").get("cellPercent").decimalValue()).isEqualByComparingTo("100.0");
        JsonNode secret = supplier.get("secrets").get(0);
        assertThat(secret.toString()).isEqualTo("{\"kind\":\"storage account key\",\"code\":\"NBM401\","
                + "\"context\":\"fs.azure.account.key.contosofoodlake.blob.core.windows.net\",\"variable\":\"\","
                + "\"cell\":3,\"line\":4}");
        JsonNode firstRead = supplier.get("io").get(0);
        assertThat(firstRead.get("direction").asText()).isEqualTo("read");
        assertThat(firstRead.get("parameter").asText()).isEqualTo("PRICE_LISTS_PATH");
        JsonNode utilsRun = root.get("notebooks").get(1).get("runs").get(0);
        assertThat(utilsRun.get("resolved").asText()).isEqualTo("../legacy-notebooks/utils.ipynb");
        assertThat(json).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void htmlIsOneSelfContainedPage() {
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n");
        assertThat(html).contains("<style>").doesNotContain("<script", "<link", " src=", "href=\"http", "@import",
                "url(");
        assertThat(html).contains("<a href=\"#nb----legacy-notebooks-supplier_price_normalisation-ipynb\">");
        assertThat(html).contains("<section class=\"nb\" id=\"nb----legacy-notebooks-supplier_price_normalisation-"
                + "ipynb\">");
    }

    @Test
    void textFromNotebooksIsEscapedInEveryFormat() {
        Program program = new Analyzer().analyze(CellClassifier.classify(
                dev.nbmigrate.converter.analyze.TestPrograms.notebook("<b>x</b>|y.ipynb",
                        "LABEL_PATH = \"/mnt/<script>alert('x')</script>|&/\"")));
        AssessmentReport small = AssessmentReport.of(List.of(NotebookOutcome.analysed(program)));
        String page = ReportFormat.HTML.render(small);
        assertThat(page).doesNotContain("<script>", "<b>x</b>")
                .contains("&lt;b&gt;x&lt;/b&gt;|y.ipynb")
                .contains("/mnt/&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;|&amp;/");
        String md = ReportFormat.MD.render(small);
        assertThat(md).doesNotContain("<script>").contains("/mnt/&lt;script&gt;alert('x')&lt;/script&gt;\\|&/");
        assertThat(ReportFormat.JSON.render(small))
                .contains("\"default\" : \"\\\"/mnt/<script>alert('x')</script>|&/\\\"\"");
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        List<Path> some = List.of(LEGACY.resolve("daily_covers_sales.ipynb"), LEGACY.resolve("zeppelin"),
                LEGACY.resolve("supplier_price_normalisation.ipynb"));
        AssessmentReport again = AssessmentReport.of(new Assessor().assess(NotebookFinder.find(some)));
        AssessmentReport reordered = AssessmentReport.of(new Assessor().assess(NotebookFinder.find(List.of(some.get(2),
                some.get(1), some.get(0)))));
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.render(reordered)).isEqualTo(format.render(again));
        }
        String fromCorpus = ReportFormat.JSON.render(new AssessmentReport(report.summary(), report.notebooks()));
        assertThat(fromCorpus).isEqualTo(json);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
