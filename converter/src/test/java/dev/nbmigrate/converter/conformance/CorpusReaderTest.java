package dev.nbmigrate.converter.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsRecordsWithExamplesFlagsAndGlobals() throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        Files.writeString(file, """
                {"qualname": "lit", "module": "pyspark.sql.functions", "doctest_optionflags": ["ELLIPSIS"], \
                "implicit_globals": {"lit": "pyspark.sql.functions.lit"}, "flags": {"nondeterministic": [], \
                "order_sensitive_output": true, "sets_session_timezone": false, "timezone_sensitive": true}, \
                "examples": [{"source": "df = spark.range(1)\\n", "want": "", "kind": "none", "exc_msg": null, "lineno": 3}, \
                {"source": "df.show()\\n", "want": "+---+\\n", "kind": "show_table", "exc_msg": "boom", "lineno": 4}]}

                {"qualname": "rand", "module": "m", "flags": {"nondeterministic": ["rand"]}, "examples": []}
                """);

        List<CorpusEntry> records = new CorpusReader().read(file);

        assertThat(records).hasSize(2).allMatch(CorpusRecord.class::isInstance);
        CorpusRecord lit = (CorpusRecord) records.get(0);
        assertThat(lit.qualname()).isEqualTo("lit");
        assertThat(lit.optionFlags()).containsExactly("ELLIPSIS");
        assertThat(lit.implicitGlobals()).containsEntry("lit", "pyspark.sql.functions.lit");
        assertThat(lit.orderSensitiveOutput()).isTrue();
        assertThat(lit.timezoneSensitive()).isTrue();
        assertThat(lit.isNondeterministic()).isFalse();
        assertThat(lit.examples()).extracting(CorpusExample::kind).containsExactly(ExampleKind.NONE, ExampleKind.SHOW_TABLE);
        assertThat(lit.examples().get(0).source()).isEqualTo("df = spark.range(1)\n");
        assertThat(lit.examples().get(0).raises()).isFalse();
        assertThat(lit.examples().get(1).exceptionMessage()).isEqualTo("boom");
        assertThat(((CorpusRecord) records.get(1)).nondeterministic()).containsExactly("rand");
    }

    @Test
    void everyKindTheCorpusDocumentsIsRead() throws IOException {
        Path file = dir.resolve("kinds.jsonl");
        String kinds = String.join(",", List.of("none", "show_table", "show_vertical", "schema", "row_list", "row",
                "scalar", "python_value", "dataframe_repr", "column_repr", "type_repr", "explain", "exception", "other")
                .stream().map(kind -> "{\"source\": \"x\", \"kind\": \"" + kind + "\"}").toList());
        Files.writeString(file, "{\"qualname\": \"a\", \"examples\": [" + kinds + "]}\n");

        List<CorpusEntry> records = new CorpusReader().read(file);

        assertThat(records).singleElement().isInstanceOf(CorpusRecord.class);
        assertThat(((CorpusRecord) records.get(0)).examples()).extracting(CorpusExample::kind)
                .contains(ExampleKind.SHOW_VERTICAL, ExampleKind.ROW, ExampleKind.PYTHON_VALUE)
                .doesNotHaveDuplicates().hasSize(14);
    }

    @Test
    void malformedLineIsAnUnreadableEntryAndTheNextLineIsStillRead() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"qualname\": \n{\"qualname\": \"b\", \"examples\": []}\n");

        List<CorpusEntry> records = new CorpusReader().read(file);

        assertThat(records).hasSize(2);
        assertThat(records.get(0)).isInstanceOfSatisfying(UnreadableRecord.class, bad -> {
            assertThat(bad.qualname()).isEqualTo("line 1");
            assertThat(bad.result().line()).startsWith("UNSUPPORTED line 1: NBM-CORPUS line 1 of the corpus cannot"
                    + " be read: not JSON");
        });
        assertThat(records.get(1).qualname()).isEqualTo("b");
    }

    @Test
    void unknownKindIsUnsupportedWithItsName() throws IOException {
        Path file = dir.resolve("kind.jsonl");
        Files.writeString(file, "{\"qualname\": \"a\", \"examples\": [{\"source\": \"x\", \"kind\": \"plot\"}]}\n");

        List<CorpusEntry> records = new CorpusReader().read(file);

        assertThat(records).singleElement().isInstanceOfSatisfying(UnreadableRecord.class, bad ->
                assertThat(bad.result().line()).isEqualTo("UNSUPPORTED a: NBM-CORPUS line 1 of the corpus cannot be"
                        + " read: unknown example kind 'plot'"));
    }
}
