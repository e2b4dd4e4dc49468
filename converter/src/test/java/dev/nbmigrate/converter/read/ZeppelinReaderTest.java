package dev.nbmigrate.converter.read;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Zeppelin notes: HDInsight 4 {@code note.json} and Zeppelin 0.9+ {@code .zpln}. */
class ZeppelinReaderTest {

    @Test
    void readsHdinsight4Note() throws Exception {
        Notebook notebook = NotebookFixtures.read("zeppelin_hdi4_note.json");

        assertThat(notebook.format()).isEqualTo(SourceFormat.ZEPPELIN);
        assertThat(notebook.formatVersion()).isEmpty();
        assertThat(notebook.cells()).hasSize(7);
        assertThat(notebook.metadata().path("name").asText()).isEqualTo("Events/Hourly events");
        assertThat(notebook.metadata().has("paragraphs")).isFalse();

        Cell first = notebook.cell(1);
        assertThat(first.sourceLines()).containsExactly("%livy2.pyspark",
                "events = spark.read.json(\"wasbs://logs@contoso.blob.core.windows.net/events/\")",
                "events.createOrReplaceTempView(\"events\")", "print events.count()");
        assertThat(first.title()).contains("Load events");
        assertThat(first.id()).contains("20190304-101245_1520331291");
        assertThat(first.languageHint()).contains("python");
        assertThat(first.metadata().path("status").asText()).isEqualTo("FINISHED");
        // The paragraph's text is one JSON string: every line of it is on file line 5.
        assertThat(first.lines().fileLine(1)).isEqualTo(5);
        assertThat(first.lines().fileLine(4)).isEqualTo(5);
        assertThat(first.outputs()).containsExactly(new ParagraphResult("SUCCESS",
                List.of(new Payload("text/plain", Payload.Kind.TEXT, "120341\n", 7))));
    }

    @Test
    void keepsParagraphResultsSmall() throws Exception {
        Notebook notebook = NotebookFixtures.read("zeppelin_hdi4_note.json");

        ParagraphResult table = (ParagraphResult) notebook.cell(2).outputs().get(0);
        assertThat(table.messages()).extracting(Payload::mimeType, Payload::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("text/tab-separated-values", Payload.Kind.TEXT),
                        org.assertj.core.groups.Tuple.tuple("image/png", Payload.Kind.BINARY));
        assertThat(table.messages().get(0).text()).isEqualTo("event_type\tn\nclick\t100\nview\t20341\n");
        assertThat(notebook.cell(5).outputs()).singleElement()
                .extracting(output -> ((ParagraphResult) output).status()).isEqualTo("ERROR");
        assertThat(notebook.cell(2).languageHint()).contains("sql");
        Cell empty = notebook.cell(7);
        assertThat(empty.source()).isEmpty();
        assertThat(empty.isBlank()).isTrue();
    }

    @Test
    void readsZpln() throws Exception {
        Notebook notebook = NotebookFixtures.read("zeppelin_hdi5.zpln");

        assertThat(notebook.format()).isEqualTo(SourceFormat.ZEPPELIN);
        assertThat(notebook.formatVersion()).isEqualTo("0.10.1");
        assertThat(notebook.kernel().name()).isEqualTo("livy2");
        assertThat(notebook.cells()).extracting(Cell::source).containsExactly(
                "%livy2.sql SELECT region, sum(amount) FROM sales.orders GROUP BY region",
                "%livy2.pyspark3\ndf = spark.table(\"sales.orders\")\ndf.groupBy(\"region\").count().show()",
                "%jdbc(hive)\nSELECT * FROM sales.orders LIMIT 10",
                "val n = spark.table(\"sales.orders\").count()");
        assertThat(notebook.cell(1).title()).contains("Totals");
    }
}
