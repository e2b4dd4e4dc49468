package dev.nbmigrate.jobs.mealdemandforecast;

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
 * Tests of {@link MealDemandForecastJob} on local Spark. The job runs once on the notebook's sample data
 * (copied from
 * {@code src/test/resources/lake} into a temporary lake that every lake location maps to); then each output is
 * read
 * back and checked against {@code legacy-notebooks/meal_demand_forecast.expect.json}: row counts, columns and
 * values computed
 * independently of the job. Bad configuration must be refused before Spark starts.
 */
@SparkTest
class MealDemandForecastJobTest {

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
            MealDemandForecastJobLocalRun.createGivenTables(spark, lake.toString());
            new MealDemandForecastJob().execute(environment(lake), ARGS);
        }

        @Test
        @DisplayName("wasbs://models@contosofoodlake.blob.core.windows.net/demand/covers_gbt_v3 is written")
        void output1(SparkSession spark) {
            assertThat(Path.of(
                            resolve(lake, "wasbs://models@contosofoodlake.blob.core.windows.net/demand/covers_gbt_v3")))
                    .exists();
        }

        private Dataset<Row> readOutput2(SparkSession spark) {
            return spark.table("foodops.covers_forecast_backtest");
        }

        @Test
        @DisplayName("foodops.covers_forecast_backtest holds the expected rows")
        void output2(SparkSession spark) {
            Dataset<Row> output = readOutput2(spark);
            assertThatDataset(output)
                    .hasColumns("site_id", "business_date", "covers", "predicted_covers", "model_version");
        }

        @Test
        @DisplayName("foodops.covers_forecast_backtest: every backtest row is a feature row of model v3 with "
                + "a prediction")
        void output2Query1(SparkSession spark) {
            readOutput2(spark).createOrReplaceTempView("output");
            Dataset<Row> result =
                    spark.sql("SELECT COUNT(*) BETWEEN 40 AND 140 AS about_a_fifth_of_434, SUM(CASE WHEN model_version "
                            + "= 'v3' THEN 0 ELSE 1 END) AS other_versions, SUM(CASE WHEN predicted_covers IS NULL "
                            + "THEN 1 ELSE 0 END) AS missing_predictions, COUNT(DISTINCT site_id) <= 6 AS known_sites "
                            + "FROM output");
            assertThatDataset(result).hasRowCount(1L);
            assertThatDataset(result.filter(col("about_a_fifth_of_434").equalTo(true))
                            .select(
                                    col("about_a_fifth_of_434"),
                                    col("other_versions"),
                                    col("missing_predictions"),
                                    col("known_sites")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row(true, 0L, 0L, true));
        }
    }

    @Nested
    @DisplayName("bad configuration")
    class BadConfiguration {

        @TempDir
        Path lake;

        @Test
        @DisplayName("--seed that is not an integer is refused")
        void badValueSeed() {
            assertThatThrownBy(() -> new MealDemandForecastJob().execute(environment(lake), "--seed=not-a-long"))
                    .isInstanceOfSatisfying(
                            ConfigException.class,
                            e -> assertThat(e.problems())
                                    .anySatisfy(problem -> assertThat(problem).contains("'--seed'")));
        }

        @Test
        @DisplayName("an unknown option is refused")
        void unknownOption() {
            assertThatThrownBy(() -> new MealDemandForecastJob().execute(environment(lake), "--no-such-option=x"))
                    .isInstanceOfSatisfying(
                            ConfigException.class,
                            e -> assertThat(e.problems())
                                    .anySatisfy(problem ->
                                            assertThat(problem).contains("unknown option '--no-such-option'")));
        }
    }

    /** Copies the fixtures ({@code src/test/resources/lake}) into the temporary lake. */
    private static void copyFixtures(Path lake) throws IOException, URISyntaxException {
        URL fixtures = MealDemandForecastJobTest.class.getResource("/lake");
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
