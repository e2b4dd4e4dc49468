package dev.nbmigrate.converter.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nbmigrate.converter.convert.ProjectPaths;
import dev.nbmigrate.converter.render.TemplateRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review page of a small module written here by hand: what it shows, escapes, redacts and warns about. */
class ReviewerTest {

    private static final String SECRET = "cl13nt~s3cr3t.value_42";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path project;

    private Path module;
    private Path notebook;

    @BeforeEach
    void writeModule() throws Exception {
        notebook = project.resolve("notebooks/sales.ipynb");
        Files.createDirectories(notebook.getParent());
        ObjectNode nb = JSON.createObjectNode();
        ArrayNode cells = nb.putArray("cells");
        cells.add(code("client_secret = \"" + SECRET + "\"\nTHRESHOLD = 5\n"));
        cells.add(JSON.createObjectNode().put("cell_type", "markdown").put("source", "# Totals <b>by</b> site")
                .set("metadata", JSON.createObjectNode()));
        cells.add(code("df = spark.read.parquet(\"/data/sales\")\ndf.show()"));
        cells.add(code("%pip install tqdm"));
        ObjectNode kernel = nb.putObject("metadata").putObject("kernelspec");
        kernel.put("name", "pyspark3kernel").put("display_name", "PySpark3").put("language", "python");
        nb.with("metadata").putObject("language_info").put("name", "python").put("version", "3.8.10");
        nb.put("nbformat", 4).put("nbformat_minor", 5);
        Files.writeString(notebook, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(nb));

        module = project.resolve("generated/sales");
        Path java = module.resolve("src/main/java/p");
        Files.createDirectories(java);
        Files.writeString(java.resolve("SalesJob.java"), String.join("\n", "package p;", "", "class SalesJob {",
                "    void load() {", "        // cell 3", "        Dataset<Row> df = spark.read().parquet(\"/data/sales\");",
                "        NotTranslated.fail(\"NBM201\", \"cell 3\", \"a < b && c\");", "    }", "}", ""));
        Files.writeString(java.resolve("SalesConfig.java"), String.join("\n", "package p;", "",
                "public record SalesConfig(", "        @Help(\"threshold (constant THRESHOLD in cell 1)\")",
                "        @Default(\"5\")", "        long threshold) {", "}", ""));
        writeRecord(sha256(notebook));
    }

    private static ObjectNode code(String source) {
        ObjectNode cell = JSON.createObjectNode().put("cell_type", "code").put("source", source);
        cell.putNull("execution_count");
        cell.set("metadata", JSON.createObjectNode());
        cell.putArray("outputs");
        return cell;
    }

    private void writeRecord(String sha) throws IOException {
        ObjectNode record = JSON.createObjectNode().put("module", "sales");
        record.putObject("source").put("path", "notebooks/sales.ipynb").put("sha256", sha);
        record.put("mainClass", "p.SalesJob");
        record.putObject("jobClassLines").put("file", "src/main/java/p/SalesJob.java");
        ArrayNode findings = record.putArray("findings");
        findings.add(finding("NBM220", "error", "notebooks/utils.ipynb", 2, 1, "name 'x' is not defined"));
        findings.add(finding("NBM403", "error", "notebooks/sales.ipynb", 1, 1,
                "hard-coded credential " + SECRET + " <script>alert(1)</script>"));
        findings.add(finding("NBM201", "error", "notebooks/sales.ipynb", 3, 2, "show() <not> translated"));
        findings.add(finding("NBM224", "info", "notebooks/sales.ipynb", 4, 0, "%pip installs packages"));
        ArrayNode cells = record.putArray("cells");
        cells.add(cell(1, "code", "python", "java", "", List.of()));
        cells.add(cell(2, "markdown", "markdown", "not-code", "", List.of()));
        cells.add(cell(3, "code", "python", "failing", "", List.of(new int[] {5, 7})));
        cells.add(cell(4, "code", "magic", "left-out", "NBM224", List.of()));
        Files.writeString(module.resolve("migration.json"), JSON.writeValueAsString(record));
    }

    private static ObjectNode finding(String code, String severity, String nb, int cell, int line, String message) {
        return JSON.createObjectNode().put("code", code).put("severity", severity).put("notebook", nb)
                .put("cell", cell).put("line", line).put("message", message).put("suggestion", "fix it & see");
    }

    private static ObjectNode cell(int index, String type, String language, String outcome, String reason,
            List<int[]> lines) {
        ObjectNode cell = JSON.createObjectNode().put("index", index).put("type", type).put("language", language)
                .put("outcome", outcome);
        if (!reason.isEmpty()) {
            cell.put("reason", reason);
        }
        if (!lines.isEmpty()) {
            ArrayNode ranges = cell.putArray("lines");
            lines.forEach(r -> ranges.addArray().add(r[0]).add(r[1]));
        }
        return cell;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private Reviewer reviewer() throws Exception {
        return new Reviewer(new TemplateRenderer(null), new ProjectPaths(project));
    }

    private String page() throws Exception {
        Reviewer.Result result = reviewer().review(module, project.resolve("out"));
        assertThat(result.page()).isEqualTo(project.resolve("out/review.html"));
        return Files.readString(result.page(), StandardCharsets.UTF_8);
    }

    @Test
    void cellsStandBesideTheirJavaWithFindingsInPageOrder() throws Exception {
        ReviewView view = reviewer().view(module);
        assertThat(view.cells()).extracting(ReviewView.CellView::anchor)
                .containsExactly("cell-1", "cell-2", "cell-3", "cell-4");
        ReviewView.CellView failing = view.cells().get(2);
        assertThat(failing.java()).singleElement().satisfies(block -> {
            assertThat(block.kind()).isEqualTo("job");
            assertThat(block.lines()).extracting(ReviewView.Line::number).containsExactly(5, 6, 7);
            assertThat(block.lines().get(2).marked()).as("the placeholder line is marked").isTrue();
            assertThat(block.lines().get(0).marked()).isFalse();
        });
        assertThat(failing.source()).extracting(ReviewView.Line::marked).containsExactly(false, true);
        assertThat(view.cells().get(0).java()).singleElement().satisfies(block -> {
            assertThat(block.kind()).isEqualTo("config");
            assertThat(block.from()).isEqualTo(4);
            assertThat(block.to()).isEqualTo(6);
        });
        assertThat(view.cells().get(3).why()).isEqualTo("%pip installs packages");
        assertThat(view.moduleFindings()).extracting(ReviewView.FindingView::anchor, ReviewView.FindingView::place)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("finding-1", "notebooks/utils.ipynb, cell 2, line 1"));
        assertThat(view.cells().get(2).findings()).extracting(ReviewView.FindingView::anchor)
                .containsExactly("finding-3");
        assertThat(view.counts()).isEqualTo(new ReviewView.Counts(3, 1, 1, 1, 3, 0, 1, 4));
        assertThat(view.notices()).isEmpty();
        assertThat(view.reconcile()).isFalse();
    }

    @Test
    void theHtmlIsEscapedRedactedAndTheSameEveryTime() throws Exception {
        String html = page();
        assertThat(html).doesNotContain(SECRET).contains("client_secret = &quot;********&quot;")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert")
                .contains("# Totals &lt;b&gt;by&lt;/b&gt; site")
                .contains("id=\"java-7\" data-n=\"7\">        NotTranslated.fail(&quot;NBM201&quot;, &quot;cell 3&quot;,"
                        + " &quot;a &lt; b &amp;&amp; c&quot;);</span>")
                .contains("id=\"config-4\"").contains("href=\"#java-5\"").contains("id=\"finding-2\"")
                .doesNotContain("http://", "https://");
        assertThat(page()).isEqualTo(html);
    }

    @Test
    void aReconcileReportAddsEachCellsComparison() throws Exception {
        Files.createDirectories(module.resolve("target/reconcile"));
        // the shape of reconcile's JSON report: reconciliations[0].results, one per compared result
        Files.writeString(module.resolve(ReconcileResults.FILE), """
                {"reconciliations": [{"module": "m", "results": [
                  {"cell": 3, "what": "show", "name": "a < b", "verdict": "2 rows differ", "equal": false},
                  {"cell": 3, "what": "count", "name": "n", "verdict": "equal", "equal": true},
                  {"cell": 0, "what": "output", "name": "t", "verdict": "equal", "equal": true}]}]}
                """);
        ReviewView view = reviewer().view(module);
        assertThat(view.reconcile()).isTrue();
        assertThat(view.cells().get(2).result()).isEqualTo(new ReconcileResults.CellResult("different",
                "show a < b: 2 rows differ; count n: equal"));
        assertThat(view.cells().get(0).result()).isNull();
        assertThat(page()).contains("<span class=\"status\">different</span> show a &lt; b: 2 rows differ");
    }

    @Test
    void anUnreadableReconcileReportIsANoticeNotAFailure() throws Exception {
        Files.createDirectories(module.resolve("target/reconcile"));
        Files.writeString(module.resolve(ReconcileResults.FILE),
                "{\"reconciliations\": [{\"results\": [{\"cell\": 2, \"verdict\": \"equal\"}]}]}");
        ReviewView view = reviewer().view(module);
        assertThat(view.reconcile()).isFalse();
        assertThat(view.notices()).extracting(ReviewView.Notice::code).containsExactly("NBM541");
        Files.writeString(module.resolve(ReconcileResults.FILE), "{not json");
        assertThat(reviewer().view(module).notices()).singleElement()
                .satisfies(n -> assertThat(n.message()).contains("not valid JSON"));
    }

    @Test
    void aNotebookChangedSinceConversionIsNamed() throws Exception {
        writeRecord("0".repeat(64));
        ReviewView view = reviewer().view(module);
        assertThat(view.notices()).extracting(ReviewView.Notice::code).containsExactly("NBM540");
        assertThat(page()).contains("role=\"alert\"><strong>NBM540</strong> notebooks/sales.ipynb changed");
    }

    @Test
    void aModuleWithoutItsRecordOrNotebookIsRefusedWithTheReason() throws Exception {
        Files.delete(notebook);
        assertThatThrownBy(() -> reviewer().view(module)).hasMessageContaining("notebooks/sales.ipynb is not there");
        Files.delete(module.resolve("migration.json"));
        assertThatThrownBy(() -> reviewer().view(module)).hasMessageContaining("migration.json: no such file");
        Files.writeString(module.resolve("migration.json"), JSON.writeValueAsString(Map.of("module", "sales")));
        assertThatThrownBy(() -> reviewer().view(module)).hasMessageContaining("has no 'source.path'");
    }
}
