package dev.nbmigrate.jobs.suppliersdeliverypunctuality;

import static dev.nbmigrate.runtime.testkit.DatasetAssert.assertThatDataset;
import static dev.nbmigrate.runtime.testkit.Rows.row;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nbmigrate.runtime.EnvVars;
import dev.nbmigrate.runtime.config.ConfigException;
import dev.nbmigrate.runtime.paths.PathResolver;
import dev.nbmigrate.runtime.paths.PathRules;
import dev.nbmigrate.runtime.testkit.SparkTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of {@link SuppliersDeliveryPunctualityJob} on local Spark. The job runs once on the notebook's sample data
 * (copied from
 * {@code src/test/resources/lake} into a temporary lake that every lake location maps to); then each output is read
 * back and checked against {@code legacy-notebooks/zeppelin/2F1K7QZPN/note.expect.json}: row counts, columns and values
 * computed
 * independently of the job. Bad configuration must be refused before Spark starts.
 */
@SparkTest
class SuppliersDeliveryPunctualityJobTest {

    /** The job options of the test run. */
    private static final String[] ARGS = {};

    /** The environment of every run: the local lake. */
    private static EnvVars environment(Path lake) {
        return EnvVars.of("NBM_LOCAL_ROOT", lake.toString());
    }

    /** Where {@code location} is in the local lake under {@code lake}, by the runtime's own rule. */
    private static String resolve(Path lake, String location) {
        return PathResolver.create("local", PathRules.none(), lake.toString()).resolve(location);
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("on the sample data")
    class OnTheSampleData {

        /** The temporary lake of this run: the fixtures, then the job's outputs. */
        private Path lake;

        @BeforeAll
        void runTheJob(SparkSession spark, @TempDir Path lake) throws IOException, URISyntaxException {
            this.lake = lake;
            copyFixtures(lake);
            SuppliersDeliveryPunctualityJobLocalRun.createGivenTables(spark, lake.toString());
            new SuppliersDeliveryPunctualityJob().execute(environment(lake), ARGS);
        }

        private Dataset<Row> readOutput1(SparkSession spark) {
            return spark.table("foodops.supplier_punctuality_monthly");
        }

        @Test
        @DisplayName("foodops.supplier_punctuality_monthly holds the expected rows")
        void output1(SparkSession spark) {
            Dataset<Row> output = readOutput1(spark);
            assertThatDataset(output).hasRowCount(24L);
            assertThatDataset(output)
                    .hasColumns(
                            "supplier_id",
                            "supplier_name",
                            "month",
                            "deliveries",
                            "cancelled",
                            "delivered",
                            "on_time",
                            "on_time_pct",
                            "avg_delay_min",
                            "max_delay_min");
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP01")
                                    .and(col("month").cast("string").equalTo("2024-01")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP01", "2024-01", 22L, 0L, 22L, 19L, 86.4, 8.8));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP01")
                                    .and(col("month").cast("string").equalTo("2024-02")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP01", "2024-02", 21L, 0L, 21L, 17L, 81.0, 10.7));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP01")
                                    .and(col("month").cast("string").equalTo("2024-03")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP01", "2024-03", 20L, 0L, 20L, 19L, 95.0, 7.7));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP02")
                                    .and(col("month").cast("string").equalTo("2024-01")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP02", "2024-01", 18L, 0L, 18L, 15L, 83.3, 9.6));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP02")
                                    .and(col("month").cast("string").equalTo("2024-02")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP02", "2024-02", 17L, 2L, 15L, 10L, 66.7, 17.1));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP02")
                                    .and(col("month").cast("string").equalTo("2024-03")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP02", "2024-03", 16L, 1L, 15L, 10L, 66.7, 24.3));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP03")
                                    .and(col("month").cast("string").equalTo("2024-01")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP03", "2024-01", 8L, 0L, 8L, 4L, 50.0, 18.6));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP03")
                                    .and(col("month").cast("string").equalTo("2024-02")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP03", "2024-02", 8L, 0L, 8L, 4L, 50.0, 22.3));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP03")
                                    .and(col("month").cast("string").equalTo("2024-03")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP03", "2024-03", 7L, 0L, 7L, 2L, 28.6, 22.1));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP04")
                                    .and(col("month").cast("string").equalTo("2024-01")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP04", "2024-01", 9L, 0L, 9L, 9L, 100.0, 3.2));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP04")
                                    .and(col("month").cast("string").equalTo("2024-02")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP04", "2024-02", 8L, 0L, 8L, 7L, 87.5, 3.8));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP04")
                                    .and(col("month").cast("string").equalTo("2024-03")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP04", "2024-03", 9L, 0L, 9L, 7L, 77.8, 14.3));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP05")
                                    .and(col("month").cast("string").equalTo("2024-01")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP05", "2024-01", 13L, 3L, 10L, 6L, 60.0, 25.1));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP05")
                                    .and(col("month").cast("string").equalTo("2024-02")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP05", "2024-02", 12L, 0L, 12L, 9L, 75.0, 23.3));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP05")
                                    .and(col("month").cast("string").equalTo("2024-03")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP05", "2024-03", 12L, 0L, 12L, 12L, 100.0, 4.0));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP06")
                                    .and(col("month").cast("string").equalTo("2024-01")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP06", "2024-01", 12L, 1L, 11L, 8L, 72.7, 24.5));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP06")
                                    .and(col("month").cast("string").equalTo("2024-02")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP06", "2024-02", 11L, 1L, 10L, 6L, 60.0, 23.3));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP06")
                                    .and(col("month").cast("string").equalTo("2024-03")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP06", "2024-03", 13L, 0L, 13L, 6L, 46.2, 36.0));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP07")
                                    .and(col("month").cast("string").equalTo("2024-01")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP07", "2024-01", 5L, 0L, 5L, 4L, 80.0, 8.0));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP07")
                                    .and(col("month").cast("string").equalTo("2024-02")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP07", "2024-02", 4L, 0L, 4L, 4L, 100.0, 2.3));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP07")
                                    .and(col("month").cast("string").equalTo("2024-03")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP07", "2024-03", 4L, 0L, 4L, 4L, 100.0, 2.3));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP08")
                                    .and(col("month").cast("string").equalTo("2024-01")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP08", "2024-01", 5L, 0L, 5L, 2L, 40.0, 15.6));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP08")
                                    .and(col("month").cast("string").equalTo("2024-02")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP08", "2024-02", 4L, 0L, 4L, 0L, 0.0, 64.0));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP08")
                                    .and(col("month").cast("string").equalTo("2024-03")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("month").cast("string"),
                                    col("deliveries"),
                                    col("cancelled"),
                                    col("delivered"),
                                    col("on_time"),
                                    col("on_time_pct"),
                                    col("avg_delay_min")))
                    .withTolerance(0.01)
                    .containsExactly(row("SUP08", "2024-03", 4L, 1L, 3L, 2L, 66.7, 20.3));
        }

        @Test
        @DisplayName("foodops.supplier_punctuality_monthly: all deliveries")
        void output1Query1(SparkSession spark) {
            readOutput1(spark).createOrReplaceTempView("output");
            Dataset<Row> result = spark.sql("SELECT SUM(deliveries) AS deliveries FROM output");
            assertThatDataset(result).hasRowCount(1L);
            assertThatDataset(result.filter(col("deliveries").equalTo(262L)).select(col("deliveries")))
                    .withTolerance(0.01)
                    .containsExactly(row(262L));
        }
    }

    @Nested
    @DisplayName("bad configuration")
    class BadConfiguration {

        @TempDir
        Path lake;

        @Test
        @DisplayName("--tolerance-minutes that is not an integer is refused")
        void badValueToleranceMinutes() {
            assertThatThrownBy(() -> new SuppliersDeliveryPunctualityJob()
                            .execute(environment(lake), "--tolerance-minutes=not-a-long"))
                    .isInstanceOfSatisfying(
                            ConfigException.class,
                            e -> assertThat(e.problems())
                                    .anySatisfy(problem -> assertThat(problem).contains("'--tolerance-minutes'")));
        }

        @Test
        @DisplayName("an unknown option is refused")
        void unknownOption() {
            assertThatThrownBy(() ->
                            new SuppliersDeliveryPunctualityJob().execute(environment(lake), "--no-such-option=x"))
                    .isInstanceOfSatisfying(
                            ConfigException.class,
                            e -> assertThat(e.problems())
                                    .anySatisfy(problem ->
                                            assertThat(problem).contains("unknown option '--no-such-option'")));
        }
    }

    /** Copies the fixtures ({@code src/test/resources/lake}) into the temporary lake. */
    private static void copyFixtures(Path lake) throws IOException, URISyntaxException {
        URL fixtures = SuppliersDeliveryPunctualityJobTest.class.getResource("/lake");
        Path root = Path.of(fixtures.toURI());
        try (Stream<Path> files = Files.walk(root)) {
            for (Path source : files.toList()) {
                Path target = lake.resolve(root.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
