package dev.nbmigrate.runtime.example;

import static dev.nbmigrate.runtime.testkit.DatasetAssert.assertThatDataset;
import static dev.nbmigrate.runtime.testkit.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nbmigrate.runtime.EnvVars;
import dev.nbmigrate.runtime.SparkSettings;
import dev.nbmigrate.runtime.config.ConfigException;
import dev.nbmigrate.runtime.testkit.SparkTest;
import java.io.IOException;
import org.assertj.core.api.InstanceOfAssertFactories;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example job end to end on local Spark: CSV fixtures in, parquet out, asserted row by row. */
@SparkTest
class DailyCoversJobTest {
    private static final String COVERS = "store_id STRING, sale_date DATE, covers BIGINT, revenue DOUBLE";
    private static final LocalDate JAN_25 = LocalDate.of(2024, 1, 25);
    private static final LocalDate JAN_31 = LocalDate.of(2024, 1, 31);

    @TempDir
    Path lake;

    private EnvVars env;

    @BeforeEach
    void copyFixturesIntoALocalLake() throws IOException, URISyntaxException {
        Path fixtures = Path.of(getClass().getResource("/lake").toURI());
        try (Stream<Path> files = Files.walk(fixtures)) {
            files.forEach(source -> copy(source, lake.resolve(fixtures.relativize(source).toString())));
        }
        env = EnvVars.of("NBM_LOCAL_ROOT", lake.toString());
    }

    private static void copy(Path source, Path target) {
        try {
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                Files.copy(source, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void lakeDefaultsResolveUnderTheLocalRootAndTheOutputIsCorrect(SparkSession spark) {
        new DailyCoversJob().execute(env);

        assertThatDataset(spark.read().parquet(lake.resolve("curated/daily_covers").toString()))
                .hasSchema(COVERS)
                .withTolerance(1e-9)
                .containsExactlyInAnyOrder(
                        row("s1", JAN_25, 5L, 50.5),
                        row("s2", JAN_25, 3L, 30.25),
                        row("s1", JAN_31, 15L, 150.3),
                        row("s2", JAN_31, 4L, 40.0),
                        row("s3", JAN_31, 1L, 9.99));
    }

    @Test
    void optionsNarrowTheWindowAndTheStores(SparkSession spark) {
        Path out = lake.resolve("narrow");
        new DailyCoversJob().execute(env, "--lookback-days", "1", "--stores", "s1,s3", "--output-path",
                out.toString());

        assertThatDataset(spark.read().parquet(out.toString()))
                .withTolerance(1e-9)
                .containsExactlyInAnyOrder(row("s1", JAN_31, 15L, 150.3), row("s3", JAN_31, 1L, 9.99));
    }

    @Test
    void dryRunWritesNothing(SparkSession spark) {
        new DailyCoversJob().execute(env, "--dry-run");
        assertThat(lake.resolve("curated")).doesNotExist();
    }

    @Test
    void badConfigurationIsRejectedBeforeSparkRuns() {
        assertThatThrownBy(() -> new DailyCoversJob().execute(env, "--lookback-days", "0", "--write-mode", "merge",
                "--output-path", "hdfs://nn/out"))
                .isInstanceOf(ConfigException.class)
                .extracting(e -> ((ConfigException) e).problems())
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly(
                        "option '--output-path': path 'hdfs://nn/out' has scheme 'hdfs', allowed: abfss, file",
                        "option '--lookback-days': must be between 1 and 365, got 0",
                        "option '--write-mode': must be one of overwrite, append; got 'merge'");
    }

    @Test
    void theSharedSessionStaysOpenWithItsSettingsRestored(SparkSession spark) {
        spark.conf().set(SparkSettings.ANSI, "true");
        try {
            new DailyCoversJob().execute(env, "--dry-run");
            assertThat(spark.sparkContext().isStopped()).isFalse();
            assertThat(spark.conf().get(SparkSettings.ANSI)).isEqualTo("true");
            assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("2");
        } finally {
            spark.conf().unset(SparkSettings.ANSI);
        }
    }
}
