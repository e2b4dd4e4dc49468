package dev.nbmigrate.jobs.dailysitecovers;

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
 * Tests of {@link DailySiteCoversJob} on local Spark. The job runs once on the notebook's sample data (copied from
 * {@code src/test/resources/lake} into a temporary lake that every lake location maps to); then each output is read
 * back and checked against {@code notebooks/daily_site_covers.expect.json}: row counts, columns and values computed
 * independently of the job. Bad configuration must be refused before Spark starts.
 */
@SparkTest
class DailySiteCoversJobTest {

    /** The job options of the test run. */
    private static final String[] ARGS = {"--run-label", "test-run"};

    /** The environment of every run: the local lake and placeholder secrets. */
    private static EnvVars environment(Path lake) {
        return EnvVars.of("NBM_LOCAL_ROOT", lake.toString(), "NBM_SECRET_STORAGE_KEY", "placeholder-for-tests");
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
            DailySiteCoversJobLocalRun.createGivenTables(spark, lake.toString());
            new DailySiteCoversJob().execute(environment(lake), ARGS);
        }

        private Dataset<Row> readOutput1(SparkSession spark) {
            return spark.read()
                    .format("parquet")
                    .load(resolve(lake, "wasbs://curated@acct.blob.core.windows.net/site_covers/"));
        }

        @Test
        @DisplayName("wasbs://curated@acct.blob.core.windows.net/site_covers/ holds the expected rows")
        void output1(SparkSession spark) {
            Dataset<Row> output = readOutput1(spark);
            assertThatDataset(output).hasRowCount(2L);
            assertThatDataset(output).hasColumns("site_id", "site_name", "total_covers", "net_sales", "days");
            assertThatDataset(output.filter(col("site_id").cast("string").equalTo("S1"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("site_name").cast("string"),
                                    col("total_covers"),
                                    col("net_sales"),
                                    col("days")))
                    .withTolerance(0.001)
                    .containsExactly(row("S1", "The Brass Kettle", 22L, 220.75, 2L));
            assertThatDataset(output.filter(col("site_id").cast("string").equalTo("S2"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("site_name").cast("string"),
                                    col("total_covers"),
                                    col("net_sales"),
                                    col("days")))
                    .withTolerance(0.001)
                    .containsExactly(row("S2", "Riverside Bistro", 7L, 70.1, 1L));
        }

        @Test
        @DisplayName("wasbs://curated@acct.blob.core.windows.net/site_covers/: covers of all sites")
        void output1Query1(SparkSession spark) {
            readOutput1(spark).createOrReplaceTempView("output");
            Dataset<Row> result = spark.sql("SELECT SUM(total_covers) AS covers, COUNT(*) AS sites FROM output");
            assertThatDataset(result).hasRowCount(1L);
            assertThatDataset(result.filter(col("sites").equalTo(2L)).select(col("sites"), col("covers")))
                    .withTolerance(0.001)
                    .containsExactly(row(2L, 29L));
        }

        private Dataset<Row> readOutput2(SparkSession spark) {
            return spark.table("reporting.site_covers");
        }

        @Test
        @DisplayName("reporting.site_covers holds the expected rows")
        void output2(SparkSession spark) {
            Dataset<Row> output = readOutput2(spark);
            assertThatDataset(output)
                    .hasSchema("site_id STRING, site_name STRING, total_covers BIGINT, net_sales DOUBLE, days "
                            + "BIGINT, label STRING");
            assertThatDataset(output.filter(col("site_id").cast("string").equalTo("S2"))
                            .select(col("site_id").cast("string"), col("label").cast("string")))
                    .withTolerance(0.001)
                    .containsExactly(row("S2", "test-run"));
        }
    }

    @Nested
    @DisplayName("bad configuration")
    class BadConfiguration {

        @TempDir
        Path lake;

        @Test
        @DisplayName("--run-label missing is refused")
        void missingRunLabel() {
            assertThatThrownBy(() -> new DailySiteCoversJob().execute(environment(lake)))
                    .isInstanceOfSatisfying(
                            ConfigException.class,
                            e -> assertThat(e.problems())
                                    .anySatisfy(problem -> assertThat(problem).contains("'--run-label'")));
        }

        @Test
        @DisplayName("--min-covers out of range is refused")
        void outOfRangeMinCovers() {
            assertThatThrownBy(() -> new DailySiteCoversJob()
                            .execute(environment(lake), "--run-label", "test-run", "--min-covers=-1"))
                    .isInstanceOfSatisfying(
                            ConfigException.class,
                            e -> assertThat(e.problems())
                                    .anySatisfy(problem -> assertThat(problem).contains("'--min-covers'")));
        }

        @Test
        @DisplayName("--min-covers that is not an integer is refused")
        void badValueMinCovers() {
            assertThatThrownBy(() -> new DailySiteCoversJob()
                            .execute(environment(lake), "--run-label", "test-run", "--min-covers=not-a-long"))
                    .isInstanceOfSatisfying(
                            ConfigException.class,
                            e -> assertThat(e.problems())
                                    .anySatisfy(problem -> assertThat(problem).contains("'--min-covers'")));
        }

        @Test
        @DisplayName("an unknown option is refused")
        void unknownOption() {
            assertThatThrownBy(() -> new DailySiteCoversJob()
                            .execute(environment(lake), "--run-label", "test-run", "--no-such-option=x"))
                    .isInstanceOfSatisfying(
                            ConfigException.class,
                            e -> assertThat(e.problems())
                                    .anySatisfy(problem ->
                                            assertThat(problem).contains("unknown option '--no-such-option'")));
        }
    }

    /** Copies the fixtures ({@code src/test/resources/lake}) into the temporary lake. */
    private static void copyFixtures(Path lake) throws IOException, URISyntaxException {
        URL fixtures = DailySiteCoversJobTest.class.getResource("/lake");
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
