package dev.nbmigrate.converter.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;

/** Job order from what jobs read and write; shared writers and cycles as findings. */
class LineageGraphTest {

    private static LineageGraph.Node node(String name, List<String> reads, List<String> writes) {
        return new LineageGraph.Node(name, "nb/" + name + ".ipynb", reads, writes);
    }

    @Test
    void aJobRunsAfterTheJobsWhoseOutputItReads() {
        LineageGraph graph = LineageGraph.of(List.of(
                node("kpi", List.of("FoodOps.Waste_Daily", "foodops.daily_sales"), List.of("foodops.kpi")),
                node("waste", List.of("wasbs://raw@lake.blob.core.windows.net/waste/"), List.of("foodops.waste_daily",
                        "wasbs://curated@lake.blob.core.windows.net/waste")),
                node("sales", List.of(), List.of("foodops.daily_sales")),
                node("export", List.of("wasbs://curated@lake.blob.core.windows.net/waste/"), List.of())));

        assertThat(graph.dependencies().get("kpi")).containsExactly("sales", "waste");
        assertThat(graph.dependencies().get("export")).as("paths match without the trailing slash")
                .containsExactly("waste");
        assertThat(graph.dependencies().get("waste")).isEmpty();
        assertThat(graph.order()).containsExactly("sales", "waste", "export", "kpi");
        assertThat(graph.depths()).containsEntry("kpi", 1).containsEntry("sales", 0);
        assertThat(graph.edges()).extracting(e -> e.from() + "->" + e.to() + " " + e.data())
                .containsExactly("sales->kpi [foodops.daily_sales]", "waste->export [wasbs://curated@lake.blob.core"
                        + ".windows.net/waste]", "waste->kpi [foodops.waste_daily]");
        assertThat(graph.findings()).isEmpty();
    }

    @Test
    void aJobReadingWhatItWritesDependsOnNothingForIt() {
        LineageGraph graph = LineageGraph.of(List.of(node("upsert", List.of("db.t"), List.of("db.t"))));
        assertThat(graph.dependencies().get("upsert")).isEmpty();
        assertThat(graph.isolated()).containsExactly("upsert");
    }

    @Test
    void dataWrittenByTwoJobsIsAFindingAndReadersWaitForBoth() {
        LineageGraph graph = LineageGraph.of(List.of(
                node("a", List.of(), List.of("db.shared")),
                node("b", List.of(), List.of("DB.SHARED")),
                node("reader", List.of("db.shared"), List.of())));

        assertThat(graph.dependencies().get("reader")).containsExactly("a", "b");
        assertThat(graph.findings()).extracting(Diagnostic::code).containsExactly(Code.NBM320, Code.NBM320);
        assertThat(graph.findings().get(0).message()).contains("'db.shared' is written by jobs a, b");
        assertThat(graph.findings().get(0).location().notebook()).isEqualTo("nb/a.ipynb");
    }

    @Test
    void aCycleIsAFindingAndItsEdgesAreLeftOut() {
        LineageGraph graph = LineageGraph.of(List.of(
                node("a", List.of("db.c"), List.of("db.a")),
                node("b", List.of("db.a"), List.of("db.b")),
                node("c", List.of("db.b"), List.of("db.c")),
                node("d", List.of("db.c"), List.of())));

        assertThat(graph.findings()).extracting(Diagnostic::code).containsOnly(Code.NBM321).hasSize(3);
        assertThat(graph.findings().get(0).message()).contains("a, b, c");
        assertThat(graph.dependencies().get("a")).isEmpty();
        assertThat(graph.dependencies().get("b")).isEmpty();
        assertThat(graph.dependencies().get("d")).as("edges leaving the cycle are kept").containsExactly("c");
        assertThat(graph.order()).as("every job is still ordered").containsExactly("a", "b", "c", "d");
    }
}
