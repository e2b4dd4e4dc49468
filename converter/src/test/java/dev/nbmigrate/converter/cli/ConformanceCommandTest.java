package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.testing.FakeTranslator;

/** {@code nbmigrate conformance}: one bad record never ends the run; vertical {@code show} output is compared. */
class ConformanceCommandTest {

    @TempDir
    Path dir;

    @Test
    void unreadableRecordsAreUnsupportedAndTheRunGoesOn() throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, String.join("\n",
                "{\"qualname\": \"broken\", ",
                "{\"qualname\": \"plotted\", \"examples\": [{\"source\": \"df.plot()\\n\", \"kind\": \"plot\"}]}",
                "{\"qualname\": \"DataFrame.show\", \"module\": \"pyspark.sql.dataframe\", \"doctest_optionflags\":"
                        + " [\"NORMALIZE_WHITESPACE\"], \"examples\": ["
                        + "{\"source\": \"df = spark.createDataFrame([(14, 'Tom'), (23, 'Alice')], ['age', 'name'])\\n\","
                        + " \"want\": \"\", \"kind\": \"none\"},"
                        + "{\"source\": \"df.show(vertical=True)\\n\", \"want\": \"-RECORD 0-----\\n age  | 14\\n name | Tom\\n-RECORD 1-----\\n age  | 23\\n name | Alice\\n\", \"kind\": \"show_vertical\"}]}",
                ""));

        CliRunner.Run run = CliRunner.run(dir, new FakeTranslator(), "conformance", corpus.toString());

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("""
                UNSUPPORTED line 1: NBM-CORPUS line 1 of the corpus cannot be read: not JSON: Unexpected end-of-input \
                within/between Object entries
                UNSUPPORTED plotted: NBM-CORPUS line 2 of the corpus cannot be read: unknown example kind 'plot'
                PASS DataFrame.show
                1 passed, 0 failed, 2 unsupported
                """);
    }
}
