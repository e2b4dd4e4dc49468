package dev.nbmigrate.jobs.allergenmatrix;

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
 * Tests of {@link AllergenMatrixJob} on local Spark. The job runs once on the notebook's sample data (copied
 * from
 * {@code src/test/resources/lake} into a temporary lake that every lake location maps to); then each output is
 * read
 * back and checked against {@code legacy-notebooks/allergen_matrix.expect.json}: row counts, columns and values
 * computed
 * independently of the job. Bad configuration must be refused before Spark starts.
 */
@SparkTest
class AllergenMatrixJobTest {

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
            new AllergenMatrixJob().execute(environment(lake), ARGS);
        }

        private Dataset<Row> readOutput1(SparkSession spark) {
            return spark.read()
                    .format("csv")
                    .option("header", "true")
                    .option("inferSchema", "false")
                    .load(resolve(
                            lake,
                            "wasbs://curated@contosofoodlake.blob.core.windows.net/allergens/"
                                    + "menu_allergen_matrix_csv/"));
        }

        @Test
        @DisplayName("wasbs://curated@contosofoodlake.blob.core.windows.net/allergens/"
                + "menu_allergen_matrix_csv/ holds the expected rows")
        void output1(SparkSession spark) {
            Dataset<Row> output = readOutput1(spark);
            assertThatDataset(output).hasRowCount(24L);
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M001"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M001", "MILK", "1"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M002"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M002", "EGGS, GLUTEN, MILK, MUSTARD, SESAME", "5"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M003"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M003", "FISH, MILK", "2"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M004"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M004", "FISH, GLUTEN", "2"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M005"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M005", "CRUSTACEANS, GLUTEN, SESAME, SOYA", "4"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M006"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M006", "MILK, MOLLUSCS, SULPHITES", "3"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M007"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M007", "GLUTEN", "1"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M008"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M008", "SOYA", "1"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M009"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M009", "EGGS, FISH, GLUTEN, MILK, MUSTARD", "5"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M010"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M010", "CELERY, GLUTEN, MILK", "3"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M011"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M011", "GLUTEN, SESAME", "2"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M012"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M012", "CELERY, MILK", "2"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M013"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M013", "CRUSTACEANS, EGGS, MUSTARD", "3"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M014"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M014", "GLUTEN, SESAME", "2"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M015"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M015", "GLUTEN, PEANUTS, SOYA", "3"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M017"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M017", "MUSTARD", "1"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M018"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M018", "EGGS, GLUTEN, MILK, NUTS, SOYA", "5"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M019"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M019", "EGGS, GLUTEN, MILK", "3"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M020"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M020", "EGGS, LUPIN, NUTS, SULPHITES", "4"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M021"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M021", "CELERY, GLUTEN, MILK, NUTS", "4"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M022"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M022", "MILK", "1"));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M024"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M024", "SULPHITES", "1"));
        }

        private Dataset<Row> readOutput2(SparkSession spark) {
            return spark.table("foodops.menu_allergen_matrix");
        }

        @Test
        @DisplayName("foodops.menu_allergen_matrix holds the expected rows")
        void output2(SparkSession spark) {
            Dataset<Row> output = readOutput2(spark);
            assertThatDataset(output).hasRowCount(24L);
            assertThatDataset(output)
                    .hasColumns(
                            "item_id",
                            "item_name",
                            "category",
                            "CELERY",
                            "GLUTEN",
                            "CRUSTACEANS",
                            "EGGS",
                            "FISH",
                            "LUPIN",
                            "MILK",
                            "MOLLUSCS",
                            "MUSTARD",
                            "NUTS",
                            "PEANUTS",
                            "SESAME",
                            "SOYA",
                            "SULPHITES",
                            "allergen_list",
                            "allergen_count");
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M001"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M001", "Roast chicken breast, crushed potatoes", "MILK", 1L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M002"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M002", "Classic beef burger", "EGGS, GLUTEN, MILK, MUSTARD, SESAME", 5L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M003"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M003", "Grilled salmon, lemon butter", "FISH, MILK", 2L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M004"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M004", "Beer-battered cod and chips", "FISH, GLUTEN", 2L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M005"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M005", "King prawn stir-fry", "CRUSTACEANS, GLUTEN, SESAME, SOYA", 4L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M006"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M006", "Moules marini\u00e8res", "MILK, MOLLUSCS, SULPHITES", 3L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M007"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M007", "Penne arrabbiata", "GLUTEN", 1L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M008"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M008", "Tofu and chickpea curry", "SOYA", 1L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M009"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M009", "Chicken Caesar salad", "EGGS, FISH, GLUTEN, MILK, MUSTARD", 5L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M010"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M010", "Beef lasagne", "CELERY, GLUTEN, MILK", 3L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M011"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M011", "Falafel wrap", "GLUTEN, SESAME", 2L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M012"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M012", "Tomato and celery soup", "CELERY, MILK", 2L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M013"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M013", "Prawn cocktail", "CRUSTACEANS, EGGS, MUSTARD", 3L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M014"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M014", "Hummus and flatbread", "GLUTEN, SESAME", 2L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M015"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M015", "Satay chicken skewers", "GLUTEN, PEANUTS, SOYA", 3L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M016"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M016", "Chips", "", 0L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M017"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M017", "House salad, mustard dressing", "MUSTARD", 1L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M018"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M018", "Chocolate walnut brownie", "EGGS, GLUTEN, MILK, NUTS, SOYA", 5L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M019"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M019", "Lemon tart", "EGGS, GLUTEN, MILK", 3L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M020"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M020", "Almond and apricot cake", "EGGS, LUPIN, NUTS, SULPHITES", 4L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M021"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M021", "British cheese board", "CELERY, GLUTEN, MILK, NUTS", 4L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M022"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M022", "Flat white", "MILK", 1L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M023"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M023", "Fresh lemonade", "", 0L));
            assertThatDataset(output.filter(col("item_id").cast("string").equalTo("M024"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string"),
                                    col("allergen_list").cast("string"),
                                    col("allergen_count")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M024", "House white wine 175ml", "SULPHITES", 1L));
        }

        @Test
        @DisplayName("foodops.menu_allergen_matrix: items per allergen column")
        void output2Query1(SparkSession spark) {
            readOutput2(spark).createOrReplaceTempView("output");
            Dataset<Row> result =
                    spark.sql("SELECT stack(14, 'CELERY', SUM(CELERY), 'GLUTEN', SUM(GLUTEN), 'CRUSTACEANS', "
                            + "SUM(CRUSTACEANS), 'EGGS', SUM(EGGS), 'FISH', SUM(FISH), 'LUPIN', SUM(LUPIN), 'MILK', "
                            + "SUM(MILK), 'MOLLUSCS', SUM(MOLLUSCS), 'MUSTARD', SUM(MUSTARD), 'NUTS', SUM(NUTS), "
                            + "'PEANUTS', SUM(PEANUTS), 'SESAME', SUM(SESAME), 'SOYA', SUM(SOYA), 'SULPHITES', "
                            + "SUM(SULPHITES)) AS (allergen, items) FROM output");
            assertThatDataset(result).hasRowCount(14L);
            assertThatDataset(result.filter(col("allergen").cast("string").equalTo("CELERY"))
                            .select(col("allergen").cast("string"), col("items")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("CELERY", 3L));
            assertThatDataset(result.filter(col("allergen").cast("string").equalTo("GLUTEN"))
                            .select(col("allergen").cast("string"), col("items")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("GLUTEN", 12L));
            assertThatDataset(result.filter(col("allergen").cast("string").equalTo("CRUSTACEANS"))
                            .select(col("allergen").cast("string"), col("items")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("CRUSTACEANS", 2L));
            assertThatDataset(result.filter(col("allergen").cast("string").equalTo("EGGS"))
                            .select(col("allergen").cast("string"), col("items")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("EGGS", 6L));
            assertThatDataset(result.filter(col("allergen").cast("string").equalTo("FISH"))
                            .select(col("allergen").cast("string"), col("items")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("FISH", 3L));
            assertThatDataset(result.filter(col("allergen").cast("string").equalTo("LUPIN"))
                            .select(col("allergen").cast("string"), col("items")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("LUPIN", 1L));
            assertThatDataset(result.filter(col("allergen").cast("string").equalTo("MILK"))
                            .select(col("allergen").cast("string"), col("items")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("MILK", 11L));
            assertThatDataset(result.filter(col("allergen").cast("string").equalTo("MOLLUSCS"))
                            .select(col("allergen").cast("string"), col("items")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("MOLLUSCS", 1L));
            assertThatDataset(result.filter(col("allergen").cast("string").equalTo("MUSTARD"))
                            .select(col("allergen").cast("string"), col("items")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("MUSTARD", 4L));
            assertThatDataset(result.filter(col("allergen").cast("string").equalTo("NUTS"))
                            .select(col("allergen").cast("string"), col("items")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("NUTS", 3L));
            assertThatDataset(result.filter(col("allergen").cast("string").equalTo("PEANUTS"))
                            .select(col("allergen").cast("string"), col("items")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("PEANUTS", 1L));
            assertThatDataset(result.filter(col("allergen").cast("string").equalTo("SESAME"))
                            .select(col("allergen").cast("string"), col("items")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("SESAME", 4L));
            assertThatDataset(result.filter(col("allergen").cast("string").equalTo("SOYA"))
                            .select(col("allergen").cast("string"), col("items")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("SOYA", 4L));
            assertThatDataset(result.filter(col("allergen").cast("string").equalTo("SULPHITES"))
                            .select(col("allergen").cast("string"), col("items")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("SULPHITES", 3L));
        }

        @Test
        @DisplayName("foodops.menu_allergen_matrix: allergen-free items")
        void output2Query2(SparkSession spark) {
            readOutput2(spark).createOrReplaceTempView("output");
            Dataset<Row> result = spark.sql("SELECT item_id, item_name FROM output WHERE allergen_count = 0");
            assertThatDataset(result).hasRowCount(2L);
            assertThatDataset(result.filter(col("item_id").cast("string").equalTo("M016"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M016", "Chips"));
            assertThatDataset(result.filter(col("item_id").cast("string").equalTo("M023"))
                            .select(
                                    col("item_id").cast("string"),
                                    col("item_name").cast("string")))
                    .withTolerance(1.0E-9)
                    .containsExactly(row("M023", "Fresh lemonade"));
        }
    }

    @Nested
    @DisplayName("bad configuration")
    class BadConfiguration {

        @TempDir
        Path lake;

        @Test
        @DisplayName("an unknown option is refused")
        void unknownOption() {
            assertThatThrownBy(() -> new AllergenMatrixJob().execute(environment(lake), "--no-such-option=x"))
                    .isInstanceOfSatisfying(
                            ConfigException.class,
                            e -> assertThat(e.problems())
                                    .anySatisfy(problem ->
                                            assertThat(problem).contains("unknown option '--no-such-option'")));
        }
    }

    /** Copies the fixtures ({@code src/test/resources/lake}) into the temporary lake. */
    private static void copyFixtures(Path lake) throws IOException, URISyntaxException {
        URL fixtures = AllergenMatrixJobTest.class.getResource("/lake");
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
