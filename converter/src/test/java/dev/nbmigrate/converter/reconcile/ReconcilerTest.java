package dev.nbmigrate.converter.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ReconcilerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static final String LINES = "{'file': 'src/main/java/x/SalesJob.java', 'cells': ["
            + "{'cell': 3, 'lines': [[10, 20]]}, {'cell': 7, 'lines': [[21, 25], [40, 41]]}]}";

    @Test
    void jobEventsGoToTheCellTheirJobClassLineCameFrom() throws Exception {
        JsonNode lines = json(LINES);
        assertThat(Reconciler.cellOf(json("{'file': 'SalesJob.java', 'line': 41}"), lines)).isEqualTo(7);
        assertThat(Reconciler.cellOf(json("{'file': 'SalesJob.java', 'line': 10}"), lines)).isEqualTo(3);
        assertThat(Reconciler.cellOf(json("{'file': 'SalesJob.java', 'line': 30}"), lines)).isZero();
        assertThat(Reconciler.cellOf(json("{'file': 'Other.java', 'line': 12}"), lines)).isZero();
    }

    @Test
    void outputsPairByNameAndDisplaysByCellAndOrder() throws Exception {
        JsonNode notebook = json("{'outputs': ["
                + "{'name': 'wasbs://c@a.blob.core.windows.net/out/', 'format': 'parquet', 'cell': 5,"
                + " 'columns': [{'name': 'id', 'type': 'int'}], 'rows': [[1], [2]]},"
                + "{'name': 'FoodOps.Dim', 'format': 'table', 'columns': [{'name': 'id', 'type': 'int'}], 'rows': [[1]]}],"
                + " 'cells': [{'cell': 7, 'results': [{'kind': 'show', 'label': 'show',"
                + " 'columns': [{'name': 'n', 'type': 'bigint'}], 'rows': [[3]]}], 'printed': ['476', 'dropped rows: 3']}]}");
        JsonNode job = json("{'outputs': ["
                + "{'name': 'wasbs://c@a.blob.core.windows.net/out', 'format': 'parquet',"
                + " 'columns': [{'name': 'id', 'type': 'int'}], 'rows': [[2], [1]]},"
                + "{'name': 'foodops.dim', 'format': 'table', 'columns': [{'name': 'id', 'type': 'int'}], 'rows': [[9]]},"
                + "{'name': 'foodops.extra', 'format': 'table', 'columns': [], 'rows': []},"
                + "{'name': 'foodops.given', 'format': 'table', 'columns': [], 'rows': []}],"
                + " 'events': [{'kind': 'show', 'file': 'SalesJob.java', 'line': 22,"
                + " 'columns': [{'name': 'n', 'type': 'bigint'}], 'rows': [[3]]},"
                + " {'kind': 'printed', 'label': 'count', 'text': '476', 'file': 'SalesJob.java', 'line': 23},"
                + " {'kind': 'printed', 'label': 'x', 'text': 'dropped rows: 4', 'file': 'SalesJob.java', 'line': 24}]}");
        List<Reconciled> results = Reconciler.reconcile(notebook, job, json(LINES), java.util.Set.of("foodops.given"));
        assertThat(results).extracting(Reconciled::cell, Reconciled::what, Reconciled::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, "output", Verdict.EQUAL),
                org.assertj.core.groups.Tuple.tuple(0, "output", Verdict.DIFFERENT),
                org.assertj.core.groups.Tuple.tuple(0, "output", Verdict.JOB_ONLY),
                org.assertj.core.groups.Tuple.tuple(7, "show", Verdict.EQUAL),
                org.assertj.core.groups.Tuple.tuple(7, "printed", Verdict.EQUAL),
                org.assertj.core.groups.Tuple.tuple(7, "printed", Verdict.DIFFERENT));
        Reconciliation reconciliation = new Reconciliation("m", "nb.ipynb", "3.5.5", List.of(), results, Map.of());
        assertThat(reconciliation.equal()).isFalse();
        assertThat(reconciliation.cellsEqual()).as("cell 5 is all equal, cell 7 is not").isEqualTo(1);
    }

    @Test
    void reportsEscapeWhatNotebooksWrote() {
        Reconciled hostile = new Reconciled(4, "show", "<script>alert(1)</script>", Verdict.DIFFERENT,
                List.of(new Column("a|b", "string")), new Comparison(false, List.of(), List.of(new RowDifference(0,
                        List.of(JSON.getNodeFactory().textNode("<b>x</b>")), List.of())), 1, 0, false), "", "", "");
        Reconciliation r = new Reconciliation("m", "nb.ipynb", "3.5.5",
                List.of(new SideFailure("notebook", 4, "NameError: <x>", "Traceback <y>")), List.of(hostile),
                Map.of(2, "ran on the notebook server"));
        String html = ReportFormat.HTML.render(List.of(r));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").contains("&lt;b&gt;x&lt;/b&gt;")
                .contains("Traceback &lt;y&gt;");
        String md = ReportFormat.MD.render(List.of(r));
        assertThat(md).contains("could not run").contains("a\\|b").doesNotContain("<b>x</b>");
        assertThat(ReportFormat.JSON.render(List.of(r))).contains("\"verdict\" : \"could not run\"");
        dev.nbmigrate.runtime.secrets.Redactor.register("s3cr3t-value-for-report");
        Reconciliation printed = new Reconciliation("m", "nb.ipynb", "3.5.5", List.of(), List.of(new Reconciled(3,
                "printed", "key", Verdict.DIFFERENT, List.of(), null, "key is s3cr3t-value-for-report", "x", "")),
                Map.of());
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.render(List.of(printed))).as(format.name()).doesNotContain("s3cr3t-value-for-report");
        }
    }

    @Test
    void recordedKeysAreTheShortestUniquePrefixOfExactColumns() {
        JsonNode a = JSON.getNodeFactory().textNode("a");
        JsonNode b = JSON.getNodeFactory().textNode("b");
        JsonNode one = JSON.getNodeFactory().numberNode(1);
        JsonNode two = JSON.getNodeFactory().numberNode(2);
        Captured captured = new Captured(List.of(new Column("x", "double"), new Column("site", "string"),
                new Column("day", "int")), List.of(List.of(one, a, one), List.of(one, a, two), List.of(two, b, one)),
                false, false);
        assertThat(ExpectationsRecorder.key(captured)).containsExactly("site", "day");
        Captured duplicates = new Captured(List.of(new Column("site", "string")), List.of(List.of(a), List.of(a)),
                false, false);
        assertThat(ExpectationsRecorder.key(duplicates)).isEmpty();
    }

    @Test
    void recordedOutputsHoldEveryColumnOfEveryRowInTheExpectationsFormat() throws Exception {
        JsonNode output = json("{'name': 'foodops.t', 'format': 'table', 'columns': [{'name': 'id', 'type': 'string'},"
                + " {'name': 'at', 'type': 'timestamp'}, {'name': 'v', 'type': 'double'}],"
                + " 'rows': [['a', '2024-01-15T07:00:00+00:00', 1.5], ['b', null, 'NaN']]}");
        JsonNode entry = ExpectationsRecorder.output(output);
        assertThat(entry.path("output").asText()).isEqualTo("foodops.t");
        assertThat(entry.path("schema").asText()).isEqualTo("id STRING, at TIMESTAMP, v DOUBLE");
        assertThat(entry.path("rowCount").asInt()).isEqualTo(2);
        assertThat(entry.path("key").toString()).isEqualTo("[\"id\"]");
        assertThat(entry.path("rows").get(0).toString()).isEqualTo("{\"id\":\"a\",\"at\":\"2024-01-15 07:00:00\",\"v\":1.5}");
        assertThat(entry.path("rows").get(1).has("v")).as("NaN has no JSON number: left out").isFalse();
        assertThat(entry.path("rows").get(1).get("at").isNull()).isTrue();
    }

    @Test
    void printedSchemasAreComparedWithoutNullabilityButWithNamesAndTypes() throws Exception {
        assertThat(Reconciler.withoutNullability("|-- reason_category: string (nullable = false)"))
                .isEqualTo("|-- reason_category: string");
        assertThat(Reconciler.withoutNullability("|    |-- element: string (containsNull = true)"))
                .isEqualTo("|    |-- element: string");
        assertThat(Reconciler.withoutNullability("nullable = false")).isEqualTo("nullable = false");
        JsonNode notebook = json("{'outputs': [], 'cells': [{'cell': 7, 'results': [],"
                + " 'printed': ['root', '|-- reason: string (nullable = true)']}]}");
        JsonNode sameButNullability = json("{'outputs': [], 'events': [{'kind': 'printed', 'label': 'schema',"
                + " 'text': 'root\\n |-- reason: string (nullable = false)\\n', 'file': 'SalesJob.java', 'line': 22}]}");
        JsonNode otherType = json("{'outputs': [], 'events': [{'kind': 'printed', 'label': 'schema',"
                + " 'text': 'root\\n |-- reason: int (nullable = true)\\n', 'file': 'SalesJob.java', 'line': 22}]}");
        assertThat(Reconciler.reconcile(notebook, sameButNullability, json(LINES), java.util.Set.of()))
                .extracting(Reconciled::verdict).containsExactly(Verdict.EQUAL);
        assertThat(Reconciler.reconcile(notebook, otherType, json(LINES), java.util.Set.of()))
                .extracting(Reconciled::verdict).containsExactly(Verdict.DIFFERENT);
    }
}
