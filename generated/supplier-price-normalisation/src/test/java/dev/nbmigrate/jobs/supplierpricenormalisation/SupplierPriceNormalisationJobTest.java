package dev.nbmigrate.jobs.supplierpricenormalisation;

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
 * Tests of {@link SupplierPriceNormalisationJob} on local Spark. The job runs once on the notebook's
 * sample data (copied from
 * {@code src/test/resources/lake} into a temporary lake that every lake location maps to); then each
 * output is read
 * back and checked against {@code legacy-notebooks/supplier_price_normalisation.expect.json}: row
 * counts, columns and values computed
 * independently of the job. Bad configuration must be refused before Spark starts.
 */
@SparkTest
class SupplierPriceNormalisationJobTest {

    /** The job options of the test run. */
    private static final String[] ARGS = {};

    /** The environment of every run: the local lake and placeholder secrets. */
    private static EnvVars environment(Path lake) {
        return EnvVars.of("NBM_LOCAL_ROOT", lake.toString(), "NBM_SECRET_STORAGE_ACCOUNT_KEY", "placeholder-for-tests");
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
            new SupplierPriceNormalisationJob().execute(environment(lake), ARGS);
        }

        private Dataset<Row> readOutput1(SparkSession spark) {
            return spark.table("foodops.dim_supplier");
        }

        @Test
        @DisplayName("foodops.dim_supplier is written")
        void output1(SparkSession spark) {
            Dataset<Row> output = readOutput1(spark);
            assertThat(output.columns()).isNotEmpty();
        }

        private Dataset<Row> readOutput2(SparkSession spark) {
            return spark.table("foodops.supplier_prices_gbp");
        }

        @Test
        @DisplayName("foodops.supplier_prices_gbp holds the expected rows")
        void output2(SparkSession spark) {
            Dataset<Row> output = readOutput2(spark);
            assertThatDataset(output).hasRowCount(1261L);
            assertThatDataset(output)
                    .hasColumns(
                            "supplier_id",
                            "supplier_name",
                            "ingredient_id",
                            "effective_date",
                            "pack_size",
                            "pack_unit",
                            "pack_price",
                            "currency_code",
                            "fx_rate",
                            "pack_kg",
                            "price_per_kg_gbp",
                            "price_month");
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP01")
                                    .and(col("ingredient_id").cast("string").equalTo("I001"))
                                    .and(col("effective_date").cast("string").equalTo("2024-01-01")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("ingredient_id").cast("string"),
                                    col("effective_date").cast("string"),
                                    col("pack_price"),
                                    col("currency_code").cast("string"),
                                    col("fx_rate"),
                                    col("pack_kg"),
                                    col("price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("SUP01", "I001", "2024-01-01", 65.33, "GBP", 1.0, 10.0, 6.533));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP04")
                                    .and(col("ingredient_id").cast("string").equalTo("I015"))
                                    .and(col("effective_date").cast("string").equalTo("2024-02-05")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("ingredient_id").cast("string"),
                                    col("effective_date").cast("string"),
                                    col("pack_price"),
                                    col("currency_code").cast("string"),
                                    col("fx_rate"),
                                    col("pack_kg"),
                                    col("price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("SUP04", "I015", "2024-02-05", 2.53, "EUR", 0.8617, 0.25, 8.7204));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP06")
                                    .and(col("ingredient_id").cast("string").equalTo("I005"))
                                    .and(col("effective_date").cast("string").equalTo("2024-03-18")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("ingredient_id").cast("string"),
                                    col("effective_date").cast("string"),
                                    col("pack_price"),
                                    col("currency_code").cast("string"),
                                    col("fx_rate"),
                                    col("pack_kg"),
                                    col("price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("SUP06", "I005", "2024-03-18", 121.7, "USD", 0.8035, 4.53592, 21.5581));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP03")
                                    .and(col("ingredient_id").cast("string").equalTo("I003"))
                                    .and(col("effective_date").cast("string").equalTo("2024-01-15")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("ingredient_id").cast("string"),
                                    col("effective_date").cast("string"),
                                    col("pack_price"),
                                    col("currency_code").cast("string"),
                                    col("fx_rate"),
                                    col("pack_kg"),
                                    col("price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("SUP03", "I003", "2024-01-15", 43.26, "EUR", 0.8669, 2.5, 15.0008));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP01")
                                    .and(col("ingredient_id").cast("string").equalTo("I008"))
                                    .and(col("effective_date").cast("string").equalTo("2024-03-04")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("ingredient_id").cast("string"),
                                    col("effective_date").cast("string"),
                                    col("pack_price"),
                                    col("currency_code").cast("string"),
                                    col("fx_rate"),
                                    col("pack_kg"),
                                    col("price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("SUP01", "I008", "2024-03-04", 1.17, "GBP", 1.0, 0.25, 4.68));
            assertThatDataset(output.filter(col("supplier_id")
                                    .cast("string")
                                    .equalTo("SUP05")
                                    .and(col("ingredient_id").cast("string").equalTo("I013"))
                                    .and(col("effective_date").cast("string").equalTo("2024-02-19")))
                            .select(
                                    col("supplier_id").cast("string"),
                                    col("ingredient_id").cast("string"),
                                    col("effective_date").cast("string"),
                                    col("pack_price"),
                                    col("currency_code").cast("string"),
                                    col("fx_rate"),
                                    col("pack_kg"),
                                    col("price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("SUP05", "I013", "2024-02-19", 7.07, "EUR", 0.8587, 5.0, 1.2142));
        }

        @Test
        @DisplayName("foodops.supplier_prices_gbp: lines per month (the check cell)")
        void output2Query1(SparkSession spark) {
            readOutput2(spark).createOrReplaceTempView("output");
            Dataset<Row> result =
                    spark.sql("SELECT price_month, COUNT(*) AS price_lines, COUNT(DISTINCT supplier_id) AS "
                            + "suppliers, ROUND(AVG(price_per_kg_gbp), 4) AS avg_price_per_kg_gbp FROM output "
                            + "GROUP BY price_month");
            assertThatDataset(result).hasRowCount(3L);
            assertThatDataset(result.filter(col("price_month").cast("string").equalTo("2024-01"))
                            .select(
                                    col("price_month").cast("string"),
                                    col("price_lines"),
                                    col("suppliers"),
                                    col("avg_price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("2024-01", 485L, 8L, 6.3728));
            assertThatDataset(result.filter(col("price_month").cast("string").equalTo("2024-02"))
                            .select(
                                    col("price_month").cast("string"),
                                    col("price_lines"),
                                    col("suppliers"),
                                    col("avg_price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("2024-02", 388L, 8L, 6.391));
            assertThatDataset(result.filter(col("price_month").cast("string").equalTo("2024-03"))
                            .select(
                                    col("price_month").cast("string"),
                                    col("price_lines"),
                                    col("suppliers"),
                                    col("avg_price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("2024-03", 388L, 8L, 6.4683));
        }

        @Test
        @DisplayName("foodops.supplier_prices_gbp: lines without a GBP price or above 150 GBP/kg")
        void output2Query2(SparkSession spark) {
            readOutput2(spark).createOrReplaceTempView("output");
            Dataset<Row> result =
                    spark.sql("SELECT SUM(CASE WHEN price_per_kg_gbp IS NULL THEN 1 ELSE 0 END) AS unpriced, "
                            + "SUM(CASE WHEN price_per_kg_gbp > 150 THEN 1 ELSE 0 END) AS too_dear, COUNT(*) "
                            + "AS lines FROM output");
            assertThatDataset(result).hasRowCount(1L);
            assertThatDataset(result.filter(col("lines").equalTo(1261L))
                            .select(col("lines"), col("unpriced"), col("too_dear")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row(1261L, 0L, 0L));
        }

        @Test
        @DisplayName("foodops.supplier_prices_gbp: cheapest supplier per ingredient, March 2024 " + "(first ten)")
        void output2Query3(SparkSession spark) {
            readOutput2(spark).createOrReplaceTempView("output");
            Dataset<Row> result = spark.sql("SELECT ingredient_id, supplier_id, avg_price_per_kg_gbp FROM (SELECT "
                    + "ingredient_id, supplier_id, ROUND(AVG(price_per_kg_gbp), 4) AS "
                    + "avg_price_per_kg_gbp, ROW_NUMBER() OVER (PARTITION BY ingredient_id ORDER BY "
                    + "AVG(price_per_kg_gbp), supplier_id) AS rn FROM output WHERE price_month = "
                    + "'2024-03' GROUP BY ingredient_id, supplier_id) WHERE rn = 1 AND ingredient_id "
                    + "<= 'I010'");
            assertThatDataset(result).hasRowCount(10L);
            assertThatDataset(result.filter(col("ingredient_id").cast("string").equalTo("I001"))
                            .select(
                                    col("ingredient_id").cast("string"),
                                    col("supplier_id").cast("string"),
                                    col("avg_price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("I001", "SUP04", 6.1134));
            assertThatDataset(result.filter(col("ingredient_id").cast("string").equalTo("I002"))
                            .select(
                                    col("ingredient_id").cast("string"),
                                    col("supplier_id").cast("string"),
                                    col("avg_price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("I002", "SUP04", 6.8471));
            assertThatDataset(result.filter(col("ingredient_id").cast("string").equalTo("I003"))
                            .select(
                                    col("ingredient_id").cast("string"),
                                    col("supplier_id").cast("string"),
                                    col("avg_price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("I003", "SUP03", 15.0053));
            assertThatDataset(result.filter(col("ingredient_id").cast("string").equalTo("I004"))
                            .select(
                                    col("ingredient_id").cast("string"),
                                    col("supplier_id").cast("string"),
                                    col("avg_price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("I004", "SUP07", 13.01));
            assertThatDataset(result.filter(col("ingredient_id").cast("string").equalTo("I005"))
                            .select(
                                    col("ingredient_id").cast("string"),
                                    col("supplier_id").cast("string"),
                                    col("avg_price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("I005", "SUP07", 17.38));
            assertThatDataset(result.filter(col("ingredient_id").cast("string").equalTo("I006"))
                            .select(
                                    col("ingredient_id").cast("string"),
                                    col("supplier_id").cast("string"),
                                    col("avg_price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("I006", "SUP03", 5.3895));
            assertThatDataset(result.filter(col("ingredient_id").cast("string").equalTo("I007"))
                            .select(
                                    col("ingredient_id").cast("string"),
                                    col("supplier_id").cast("string"),
                                    col("avg_price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("I007", "SUP04", 0.851));
            assertThatDataset(result.filter(col("ingredient_id").cast("string").equalTo("I008"))
                            .select(
                                    col("ingredient_id").cast("string"),
                                    col("supplier_id").cast("string"),
                                    col("avg_price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("I008", "SUP01", 4.66));
            assertThatDataset(result.filter(col("ingredient_id").cast("string").equalTo("I009"))
                            .select(
                                    col("ingredient_id").cast("string"),
                                    col("supplier_id").cast("string"),
                                    col("avg_price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("I009", "SUP04", 1.5043));
            assertThatDataset(result.filter(col("ingredient_id").cast("string").equalTo("I010"))
                            .select(
                                    col("ingredient_id").cast("string"),
                                    col("supplier_id").cast("string"),
                                    col("avg_price_per_kg_gbp")))
                    .withTolerance(1.0E-4)
                    .containsExactly(row("I010", "SUP01", 1.962));
        }
    }

    @Nested
    @DisplayName("bad configuration")
    class BadConfiguration {

        @TempDir
        Path lake;

        @Test
        @DisplayName("--max-price-per-kg-gbp that is not a number is refused")
        void badValueMaxPricePerKgGbp() {
            assertThatThrownBy(() -> new SupplierPriceNormalisationJob()
                            .execute(environment(lake), "--max-price-per-kg-gbp=not-a-number"))
                    .isInstanceOfSatisfying(
                            ConfigException.class,
                            e -> assertThat(e.problems())
                                    .anySatisfy(problem -> assertThat(problem).contains("'--max-price-per-kg-gbp'")));
        }

        @Test
        @DisplayName("an unknown option is refused")
        void unknownOption() {
            assertThatThrownBy(
                            () -> new SupplierPriceNormalisationJob().execute(environment(lake), "--no-such-option=x"))
                    .isInstanceOfSatisfying(
                            ConfigException.class,
                            e -> assertThat(e.problems())
                                    .anySatisfy(problem ->
                                            assertThat(problem).contains("unknown option '--no-such-option'")));
        }
    }

    /** Copies the fixtures ({@code src/test/resources/lake}) into the temporary lake. */
    private static void copyFixtures(Path lake) throws IOException, URISyntaxException {
        URL fixtures = SupplierPriceNormalisationJobTest.class.getResource("/lake");
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
