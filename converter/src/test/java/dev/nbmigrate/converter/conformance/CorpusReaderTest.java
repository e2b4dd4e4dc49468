package dev.nbmigrate.converter.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

        List<CorpusRecord> records = new CorpusReader().read(file);

        assertThat(records).hasSize(2);
        CorpusRecord lit = records.get(0);
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
        assertThat(records.get(1).nondeterministic()).containsExactly("rand");
    }

    @Test
    void malformedLineNamesFileAndLine() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"qualname\": \"a\", \"examples\": []}\n{\"qualname\": \n");

        assertThatThrownBy(() -> new CorpusReader().read(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + ", line 2: not a corpus record");
    }

    @Test
    void unknownKindIsRejectedWithItsName() throws IOException {
        Path file = dir.resolve("kind.jsonl");
        Files.writeString(file, "{\"qualname\": \"a\", \"examples\": [{\"source\": \"x\", \"kind\": \"plot\"}]}\n");

        assertThatThrownBy(() -> new CorpusReader().read(file))
                .hasMessage(file + ", line 1: not a corpus record: unknown example kind 'plot'");
    }
}
