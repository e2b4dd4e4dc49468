package dev.nbmigrate.jobs.menuitempopularity;

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
 * Tests of {@link MenuItemPopularityJob} on local Spark. The job runs once on the notebook's sample data
 * (copied from
 * {@code src/test/resources/lake} into a temporary lake that every lake location maps to); then each output is
 * read
 * back and checked against {@code legacy-notebooks/menu_item_popularity.expect.json}: row counts, columns and
 * values computed
 * independently of the job. Bad configuration must be refused before Spark starts.
 */
@SparkTest
class MenuItemPopularityJobTest {

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
            MenuItemPopularityJobLocalRun.createGivenTables(spark, lake.toString());
            new MenuItemPopularityJob().execute(environment(lake), ARGS);
        }

        private Dataset<Row> readOutput1(SparkSession spark) {
            return spark.table("foodops.item_popularity_weekly");
        }

        @Test
        @DisplayName("foodops.item_popularity_weekly holds the expected rows")
        void output1(SparkSession spark) {
            Dataset<Row> output = readOutput1(spark);
            assertThatDataset(output).hasRowCount(1222L);
            assertThatDataset(output)
                    .hasColumns(
                            "site_id",
                            "site_name",
                            "week_start",
                            "item_id",
                            "item_name",
                            "category",
                            "qty",
                            "revenue",
                            "rank",
                            "dense_rank",
                            "row_number",
                            "rank_in_category",
                            "prev_week_qty",
                            "wow_change_pct",
                            "share_of_site_qty",
                            "is_top_n");
            assertThatDataset(output.filter(col("site_id")
                                    .cast("string")
                                    .equalTo("S001")
                                    .and(col("week_start").cast("string").equalTo("2024-01-08"))
                                    .and(col("item_id").cast("string").equalTo("M024")))
                            .select(
                                    col("site_id").cast("string"),
                                    col("week_start").cast("string"),
                                    col("item_id").cast("string"),
                                    col("row_number"),
                                    col("item_name").cast("string"),
                                    col("qty"),
                                    col("prev_week_qty"),
                                    col("wow_change_pct"),
                                    col("share_of_site_qty")))
                    .withTolerance(1.0E-4)
                    .containsExactly(
                            row("S001", "2024-01-08", "M024", 1L, "House white wine 175ml", 719L, 541L, 32.9, 0.1847));
            assertThatDataset(output.filter(col("site_id")
                                    .cast("string")
                                    .equalTo("S002")
                                    .and(col("week_start").cast("string").equalTo("2024-01-08"))
                                    .and(col("item_id").cast("string").equalTo("M022")))
                            .select(
                                    col("site_id").cast("string"),
                                    col("week_start").cast("string"),
                                    col("item_id").cast("string"),
                                    col("row_number"),
                                    col("item_name").cast("string"),
                                    col("qty"),
                                    col("prev_week_qty"),
                                    col("wow_change_pct"),
                                    col("share_of_site_qty")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("S002", "2024-01-08", "M022", 1L, "Flat white", 466L, 328L, 42.1, 0.1354));
            assertThatDataset(output.filter(col("site_id")
                                    .cast("string")
                                    .equalTo("S003")
                                    .and(col("week_start").cast("string").equalTo("2024-01-08"))
                                    .and(col("item_id").cast("string").equalTo("M024")))
                            .select(
                                    col("site_id").cast("string"),
                                    col("week_start").cast("string"),
                                    col("item_id").cast("string"),
                                    col("row_number"),
                                    col("item_name").cast("string"),
                                    col("qty"),
                                    col("prev_week_qty"),
                                    col("wow_change_pct"),
                                    col("share_of_site_qty")))
                    .withTolerance(1.0E-4)
                    .containsExactly(
                            row("S003", "2024-01-08", "M024", 1L, "House white wine 175ml", 345L, 322L, 7.1, 0.1291));
            assertThatDataset(output.filter(col("site_id")
                                    .cast("string")
                                    .equalTo("S004")
                                    .and(col("week_start").cast("string").equalTo("2024-01-08"))
                                    .and(col("item_id").cast("string").equalTo("M022")))
                            .select(
                                    col("site_id").cast("string"),
                                    col("week_start").cast("string"),
                                    col("item_id").cast("string"),
                                    col("row_number"),
                                    col("item_name").cast("string"),
                                    col("qty"),
                                    col("prev_week_qty"),
                                    col("wow_change_pct"),
                                    col("share_of_site_qty")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("S004", "2024-01-08", "M022", 1L, "Flat white", 255L, 248L, 2.8, 0.1745));
            assertThatDataset(output.filter(col("site_id")
                                    .cast("string")
                                    .equalTo("S005")
                                    .and(col("week_start").cast("string").equalTo("2024-01-08"))
                                    .and(col("item_id").cast("string").equalTo("M022")))
                            .select(
                                    col("site_id").cast("string"),
                                    col("week_start").cast("string"),
                                    col("item_id").cast("string"),
                                    col("row_number"),
                                    col("item_name").cast("string"),
                                    col("qty"),
                                    col("prev_week_qty"),
                                    col("wow_change_pct"),
                                    col("share_of_site_qty")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("S005", "2024-01-08", "M022", 1L, "Flat white", 608L, 428L, 42.1, 0.1447));
            assertThatDataset(output.filter(col("site_id")
                                    .cast("string")
                                    .equalTo("S006")
                                    .and(col("week_start").cast("string").equalTo("2024-01-08"))
                                    .and(col("item_id").cast("string").equalTo("M023")))
                            .select(
                                    col("site_id").cast("string"),
                                    col("week_start").cast("string"),
                                    col("item_id").cast("string"),
                                    col("row_number"),
                                    col("item_name").cast("string"),
                                    col("qty"),
                                    col("prev_week_qty"),
                                    col("wow_change_pct"),
                                    col("share_of_site_qty")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("S006", "2024-01-08", "M023", 1L, "Fresh lemonade", 832L, 806L, 3.2, 0.1199));
            assertThatDataset(output.filter(col("site_id")
                                    .cast("string")
                                    .equalTo("S001")
                                    .and(col("week_start").cast("string").equalTo("2024-01-15"))
                                    .and(col("item_id").cast("string").equalTo("M019")))
                            .select(
                                    col("site_id").cast("string"),
                                    col("week_start").cast("string"),
                                    col("item_id").cast("string"),
                                    col("qty"),
                                    col("rank"),
                                    col("dense_rank"),
                                    col("row_number")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("S001", "2024-01-15", "M019", 210L, 8L, 8L, 9L));
            assertThatDataset(output.filter(col("site_id")
                                    .cast("string")
                                    .equalTo("S001")
                                    .and(col("week_start").cast("string").equalTo("2024-01-29"))
                                    .and(col("item_id").cast("string").equalTo("M009")))
                            .select(
                                    col("site_id").cast("string"),
                                    col("week_start").cast("string"),
                                    col("item_id").cast("string"),
                                    col("qty"),
                                    col("rank"),
                                    col("dense_rank"),
                                    col("row_number")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("S001", "2024-01-29", "M009", 208L, 8L, 8L, 9L));
            assertThatDataset(output.filter(col("site_id")
                                    .cast("string")
                                    .equalTo("S001")
                                    .and(col("week_start").cast("string").equalTo("2024-02-26"))
                                    .and(col("item_id").cast("string").equalTo("M013")))
                            .select(
                                    col("site_id").cast("string"),
                                    col("week_start").cast("string"),
                                    col("item_id").cast("string"),
                                    col("qty"),
                                    col("rank"),
                                    col("dense_rank"),
                                    col("row_number")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("S001", "2024-02-26", "M013", 141L, 13L, 13L, 14L));
        }

        @Test
        @DisplayName("foodops.item_popularity_weekly: weeks")
        void output1Query1(SparkSession spark) {
            readOutput1(spark).createOrReplaceTempView("output");
            Dataset<Row> result = spark.sql("SELECT COUNT(DISTINCT week_start) AS weeks FROM output");
            assertThatDataset(result).hasRowCount(1L);
            assertThatDataset(result.filter(col("weeks").equalTo(13L)).select(col("weeks")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row(13L));
        }

        @Test
        @DisplayName("foodops.item_popularity_weekly: rows where ties make rank differ from row_number")
        void output1Query2(SparkSession spark) {
            readOutput1(spark).createOrReplaceTempView("output");
            Dataset<Row> result = spark.sql("SELECT COUNT(*) AS tied FROM output WHERE rank <> row_number");
            assertThatDataset(result).hasRowCount(1L);
            assertThatDataset(result.filter(col("tied").equalTo(28L)).select(col("tied")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row(28L));
        }

        @Test
        @DisplayName("foodops.item_popularity_weekly: top-N flags")
        void output1Query3(SparkSession spark) {
            readOutput1(spark).createOrReplaceTempView("output");
            Dataset<Row> result = spark.sql("SELECT is_top_n, COUNT(*) AS rows FROM output GROUP BY is_top_n");
            assertThatDataset(result).hasRowCount(2L);
            assertThatDataset(result.filter(col("is_top_n").equalTo(true)).select(col("is_top_n"), col("rows")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row(true, 390L));
            assertThatDataset(result.filter(col("is_top_n").equalTo(false)).select(col("is_top_n"), col("rows")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row(false, 832L));
        }

        @Test
        @DisplayName("foodops.item_popularity_weekly: most popular item of the period per site (period_best " + "cell)")
        void output1Query4(SparkSession spark) {
            readOutput1(spark).createOrReplaceTempView("output");
            Dataset<Row> result =
                    spark.sql("SELECT site_id, item_id, item_name, total_qty FROM (SELECT site_id, item_id, item_name, "
                            + "SUM(qty) AS total_qty, ROW_NUMBER() OVER (PARTITION BY site_id ORDER BY SUM(qty) DESC, "
                            + "item_id) AS pos FROM output GROUP BY site_id, item_id, item_name) WHERE pos = 1");
            assertThatDataset(result).hasRowCount(6L);
            assertThatDataset(result.filter(col("site_id").cast("string").equalTo("S001"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("total_qty")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("S001", "M024", "House white wine 175ml", 10200L));
            assertThatDataset(result.filter(col("site_id").cast("string").equalTo("S002"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("total_qty")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("S002", "M023", "Fresh lemonade", 6538L));
            assertThatDataset(result.filter(col("site_id").cast("string").equalTo("S003"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("total_qty")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("S003", "M024", "House white wine 175ml", 5587L));
            assertThatDataset(result.filter(col("site_id").cast("string").equalTo("S004"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("total_qty")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("S004", "M022", "Flat white", 4021L));
            assertThatDataset(result.filter(col("site_id").cast("string").equalTo("S005"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("total_qty")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("S005", "M022", "Flat white", 8644L));
            assertThatDataset(result.filter(col("site_id").cast("string").equalTo("S006"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("total_qty")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("S006", "M023", "Fresh lemonade", 12600L));
        }
    }

    @Nested
    @DisplayName("bad configuration")
    class BadConfiguration {

        @TempDir
        Path lake;

        @Test
        @DisplayName("--top-n that is not an integer is refused")
        void badValueTopN() {
            assertThatThrownBy(() -> new MenuItemPopularityJob().execute(environment(lake), "--top-n=not-a-long"))
                    .isInstanceOfSatisfying(
                            ConfigException.class,
                            e -> assertThat(e.problems())
                                    .anySatisfy(problem -> assertThat(problem).contains("'--top-n'")));
        }

        @Test
        @DisplayName("an unknown option is refused")
        void unknownOption() {
            assertThatThrownBy(() -> new MenuItemPopularityJob().execute(environment(lake), "--no-such-option=x"))
                    .isInstanceOfSatisfying(
                            ConfigException.class,
                            e -> assertThat(e.problems())
                                    .anySatisfy(problem ->
                                            assertThat(problem).contains("unknown option '--no-such-option'")));
        }
    }

    /** Copies the fixtures ({@code src/test/resources/lake}) into the temporary lake. */
    private static void copyFixtures(Path lake) throws IOException, URISyntaxException {
        URL fixtures = MenuItemPopularityJobTest.class.getResource("/lake");
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
