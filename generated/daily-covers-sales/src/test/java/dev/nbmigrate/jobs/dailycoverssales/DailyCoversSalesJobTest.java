package dev.nbmigrate.jobs.dailycoverssales;

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
 * Tests of {@link DailyCoversSalesJob} on local Spark. The job runs once on the notebook's sample data (copied
 * from
 * {@code src/test/resources/lake} into a temporary lake that every lake location maps to); then each output is
 * read
 * back and checked against {@code legacy-notebooks/daily_covers_sales.expect.json}: row counts, columns and
 * values computed
 * independently of the job. Bad configuration must be refused before Spark starts.
 */
@SparkTest
class DailyCoversSalesJobTest {

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
            new DailyCoversSalesJob().execute(environment(lake), ARGS);
        }

        private Dataset<Row> readOutput1(SparkSession spark) {
            return spark.table("foodops.dim_site");
        }

        @Test
        @DisplayName("foodops.dim_site holds the expected rows")
        void output1(SparkSession spark) {
            Dataset<Row> output = readOutput1(spark);
            assertThatDataset(output).hasRowCount(6L);
            assertThatDataset(output)
                    .hasColumns(
                            "site_id",
                            "site_name",
                            "site_type",
                            "brand",
                            "city",
                            "country_code",
                            "currency_code",
                            "region",
                            "seats",
                            "opened_date");
            assertThatDataset(output.filter(col("site_id").cast("string").equalTo("S001"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("site_name").cast("string"),
                                    col("currency_code").cast("string")))
                    .withTolerance(0.01)
                    .containsExactly(row("S001", "The Brass Kettle", "GBP"));
            assertThatDataset(output.filter(col("site_id").cast("string").equalTo("S002"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("site_name").cast("string"),
                                    col("currency_code").cast("string")))
                    .withTolerance(0.01)
                    .containsExactly(row("S002", "Harbour Point Staff Canteen", "GBP"));
            assertThatDataset(output.filter(col("site_id").cast("string").equalTo("S003"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("site_name").cast("string"),
                                    col("currency_code").cast("string")))
                    .withTolerance(0.01)
                    .containsExactly(row("S003", "Riverside Bistro", "EUR"));
            assertThatDataset(output.filter(col("site_id").cast("string").equalTo("S004"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("site_name").cast("string"),
                                    col("currency_code").cast("string")))
                    .withTolerance(0.01)
                    .containsExactly(row("S004", "Le Petit Comptoir", "EUR"));
            assertThatDataset(output.filter(col("site_id").cast("string").equalTo("S005"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("site_name").cast("string"),
                                    col("currency_code").cast("string")))
                    .withTolerance(0.01)
                    .containsExactly(row("S005", "Zuidas Campus Canteen", "EUR"));
            assertThatDataset(output.filter(col("site_id").cast("string").equalTo("S006"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("site_name").cast("string"),
                                    col("currency_code").cast("string")))
                    .withTolerance(0.01)
                    .containsExactly(row("S006", "Midtown Grill", "USD"));
        }

        private Dataset<Row> readOutput2(SparkSession spark) {
            return spark.read()
                    .format("parquet")
                    .load(resolve(
                            lake,
                            "wasbs://curated@contosofoodlake.blob.core.windows.net/sales/" + "daily_site_sales/"));
        }

        @Test
        @DisplayName("wasbs://curated@contosofoodlake.blob.core.windows.net/sales/daily_site_sales/ holds "
                + "the expected rows")
        void output2(SparkSession spark) {
            Dataset<Row> output = readOutput2(spark);
            assertThatDataset(output).hasRowCount(473L);
            assertThatDataset(output)
                    .hasColumns(
                            "site_id",
                            "site_name",
                            "site_type",
                            "country_code",
                            "region",
                            "currency_code",
                            "covers",
                            "transactions",
                            "gross_sales",
                            "discount_amount",
                            "net_sales",
                            "avg_spend_per_cover",
                            "avg_party_size",
                            "discount_pct",
                            "business_date");
            assertThatDataset(output.filter(col("site_id")
                                    .cast("string")
                                    .equalTo("S001")
                                    .and(col("business_date").cast("string").equalTo("2024-01-15")))
                            .select(
                                    col("site_id").cast("string"),
                                    col("business_date").cast("string"),
                                    col("covers"),
                                    col("transactions"),
                                    col("net_sales"),
                                    col("avg_spend_per_cover"),
                                    col("avg_party_size"),
                                    col("discount_pct")))
                    .withTolerance(0.01)
                    .containsExactly(row("S001", "2024-01-15", 173L, 81L, 4158.44, 24.04, 2.14, 0.95));
            assertThatDataset(output.filter(col("site_id")
                                    .cast("string")
                                    .equalTo("S002")
                                    .and(col("business_date").cast("string").equalTo("2024-01-15")))
                            .select(
                                    col("site_id").cast("string"),
                                    col("business_date").cast("string"),
                                    col("covers"),
                                    col("transactions"),
                                    col("net_sales"),
                                    col("avg_spend_per_cover"),
                                    col("avg_party_size"),
                                    col("discount_pct")))
                    .withTolerance(0.01)
                    .containsExactly(row("S002", "2024-01-15", 314L, 304L, 3870.36, 12.33, 1.03, 4.07));
            assertThatDataset(output.filter(col("site_id")
                                    .cast("string")
                                    .equalTo("S003")
                                    .and(col("business_date").cast("string").equalTo("2024-01-15")))
                            .select(
                                    col("site_id").cast("string"),
                                    col("business_date").cast("string"),
                                    col("covers"),
                                    col("transactions"),
                                    col("net_sales"),
                                    col("avg_spend_per_cover"),
                                    col("avg_party_size"),
                                    col("discount_pct")))
                    .withTolerance(0.01)
                    .containsExactly(row("S003", "2024-01-15", 118L, 46L, 3278.41, 27.78, 2.57, 0.59));
            assertThatDataset(output.filter(col("site_id")
                                    .cast("string")
                                    .equalTo("S005")
                                    .and(col("business_date").cast("string").equalTo("2024-01-15")))
                            .select(
                                    col("site_id").cast("string"),
                                    col("business_date").cast("string"),
                                    col("covers"),
                                    col("transactions"),
                                    col("net_sales"),
                                    col("avg_spend_per_cover"),
                                    col("avg_party_size"),
                                    col("discount_pct")))
                    .withTolerance(0.01)
                    .containsExactly(row("S005", "2024-01-15", 382L, 373L, 5027.2, 13.16, 1.02, 5.5));
            assertThatDataset(output.filter(col("site_id")
                                    .cast("string")
                                    .equalTo("S006")
                                    .and(col("business_date").cast("string").equalTo("2024-01-15")))
                            .select(
                                    col("site_id").cast("string"),
                                    col("business_date").cast("string"),
                                    col("covers"),
                                    col("transactions"),
                                    col("net_sales"),
                                    col("avg_spend_per_cover"),
                                    col("avg_party_size"),
                                    col("discount_pct")))
                    .withTolerance(0.01)
                    .containsExactly(row("S006", "2024-01-15", 369L, 165L, 11346.45, 30.75, 2.24, 0.42));
        }

        @Test
        @DisplayName("wasbs://curated@contosofoodlake.blob.core.windows.net/sales/daily_site_sales/: "
                + "distinct business_date partitions")
        void output2Query1(SparkSession spark) {
            readOutput2(spark).createOrReplaceTempView("output");
            Dataset<Row> result = spark.sql("SELECT COUNT(DISTINCT business_date) AS partitions FROM output");
            assertThatDataset(result).hasRowCount(1L);
            assertThatDataset(result.filter(col("partitions").equalTo(91L)).select(col("partitions")))
                    .withTolerance(0.01)
                    .containsExactly(row(91L));
        }

        @Test
        @DisplayName("wasbs://curated@contosofoodlake.blob.core.windows.net/sales/daily_site_sales/: totals "
                + "per site (site_totals cell)")
        void output2Query2(SparkSession spark) {
            readOutput2(spark).createOrReplaceTempView("output");
            Dataset<Row> result = spark.sql("SELECT site_id, site_name, currency_code, SUM(covers) AS total_covers, "
                    + "ROUND(SUM(net_sales), 2) AS total_net_sales, COUNT(DISTINCT business_date) AS "
                    + "trading_days, ROUND(AVG(covers), 1) AS avg_daily_covers FROM output GROUP BY site_id, "
                    + "site_name, currency_code");
            assertThatDataset(result).hasRowCount(6L);
            assertThatDataset(result.filter(col("site_id").cast("string").equalTo("S001"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("site_name").cast("string"),
                                    col("currency_code").cast("string"),
                                    col("total_covers"),
                                    col("total_net_sales"),
                                    col("trading_days"),
                                    col("avg_daily_covers")))
                    .withTolerance(0.01)
                    .containsExactly(row("S001", "The Brass Kettle", "GBP", 20302L, 484520.29, 90L, 225.6));
            assertThatDataset(result.filter(col("site_id").cast("string").equalTo("S002"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("site_name").cast("string"),
                                    col("currency_code").cast("string"),
                                    col("total_covers"),
                                    col("total_net_sales"),
                                    col("trading_days"),
                                    col("avg_daily_covers")))
                    .withTolerance(0.01)
                    .containsExactly(row("S002", "Harbour Point Staff Canteen", "GBP", 21724L, 261509.29, 63L, 344.8));
            assertThatDataset(result.filter(col("site_id").cast("string").equalTo("S003"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("site_name").cast("string"),
                                    col("currency_code").cast("string"),
                                    col("total_covers"),
                                    col("total_net_sales"),
                                    col("trading_days"),
                                    col("avg_daily_covers")))
                    .withTolerance(0.01)
                    .containsExactly(row("S003", "Riverside Bistro", "EUR", 14781L, 402328.38, 89L, 166.1));
            assertThatDataset(result.filter(col("site_id").cast("string").equalTo("S004"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("site_name").cast("string"),
                                    col("currency_code").cast("string"),
                                    col("total_covers"),
                                    col("total_net_sales"),
                                    col("trading_days"),
                                    col("avg_daily_covers")))
                    .withTolerance(0.01)
                    .containsExactly(row("S004", "Le Petit Comptoir", "EUR", 8180L, 214333.69, 78L, 104.9));
            assertThatDataset(result.filter(col("site_id").cast("string").equalTo("S005"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("site_name").cast("string"),
                                    col("currency_code").cast("string"),
                                    col("total_covers"),
                                    col("total_net_sales"),
                                    col("trading_days"),
                                    col("avg_daily_covers")))
                    .withTolerance(0.01)
                    .containsExactly(row("S005", "Zuidas Campus Canteen", "EUR", 26542L, 369481.23, 63L, 421.3));
            assertThatDataset(result.filter(col("site_id").cast("string").equalTo("S006"))
                            .select(
                                    col("site_id").cast("string"),
                                    col("site_name").cast("string"),
                                    col("currency_code").cast("string"),
                                    col("total_covers"),
                                    col("total_net_sales"),
                                    col("trading_days"),
                                    col("avg_daily_covers")))
                    .withTolerance(0.01)
                    .containsExactly(row("S006", "Midtown Grill", "USD", 37930L, 1110232.61, 90L, 421.4));
        }

        @Test
        @DisplayName("wasbs://curated@contosofoodlake.blob.core.windows.net/sales/daily_site_sales/: check "
                + "query for 2024-03-31")
        void output2Query3(SparkSession spark) {
            readOutput2(spark).createOrReplaceTempView("output");
            Dataset<Row> result =
                    spark.sql("SELECT COUNT(*) AS sites, SUM(covers) AS covers FROM output WHERE business_date = "
                            + "'2024-03-31'");
            assertThatDataset(result).hasRowCount(1L);
            assertThatDataset(result.filter(col("sites").equalTo(4L)).select(col("sites"), col("covers")))
                    .withTolerance(0.01)
                    .containsExactly(row(4L, 1028L));
        }

        @Test
        @DisplayName("wasbs://curated@contosofoodlake.blob.core.windows.net/sales/daily_site_sales/: March "
                + "covers by site (top_sites cell)")
        void output2Query4(SparkSession spark) {
            readOutput2(spark).createOrReplaceTempView("output");
            Dataset<Row> result =
                    spark.sql("SELECT site_name, SUM(covers) AS covers, ROUND(SUM(net_sales), 2) AS net_sales FROM "
                            + "output WHERE business_date >= '2024-03-01' GROUP BY site_name");
            assertThatDataset(result).hasRowCount(6L);
            assertThatDataset(result.filter(col("site_name").cast("string").equalTo("Midtown Grill"))
                            .select(col("site_name").cast("string"), col("covers"), col("net_sales")))
                    .withTolerance(0.01)
                    .containsExactly(row("Midtown Grill", 13612L, 400079.2));
            assertThatDataset(result.filter(col("site_name").cast("string").equalTo("Zuidas Campus Canteen"))
                            .select(col("site_name").cast("string"), col("covers"), col("net_sales")))
                    .withTolerance(0.01)
                    .containsExactly(row("Zuidas Campus Canteen", 8946L, 124016.02));
            assertThatDataset(result.filter(col("site_name").cast("string").equalTo("The Brass Kettle"))
                            .select(col("site_name").cast("string"), col("covers"), col("net_sales")))
                    .withTolerance(0.01)
                    .containsExactly(row("The Brass Kettle", 7557L, 180311.77));
            assertThatDataset(result.filter(col("site_name").cast("string").equalTo("Harbour Point Staff Canteen"))
                            .select(col("site_name").cast("string"), col("covers"), col("net_sales")))
                    .withTolerance(0.01)
                    .containsExactly(row("Harbour Point Staff Canteen", 7174L, 86538.71));
            assertThatDataset(result.filter(col("site_name").cast("string").equalTo("Riverside Bistro"))
                            .select(col("site_name").cast("string"), col("covers"), col("net_sales")))
                    .withTolerance(0.01)
                    .containsExactly(row("Riverside Bistro", 5586L, 152309.69));
            assertThatDataset(result.filter(col("site_name").cast("string").equalTo("Le Petit Comptoir"))
                            .select(col("site_name").cast("string"), col("covers"), col("net_sales")))
                    .withTolerance(0.01)
                    .containsExactly(row("Le Petit Comptoir", 3049L, 80028.9));
        }

        private Dataset<Row> readOutput3(SparkSession spark) {
            return spark.table("foodops.daily_site_sales");
        }

        @Test
        @DisplayName("foodops.daily_site_sales is written")
        void output3(SparkSession spark) {
            Dataset<Row> output = readOutput3(spark);
            assertThat(output.columns()).isNotEmpty();
        }
    }

    @Nested
    @DisplayName("bad configuration")
    class BadConfiguration {

        @TempDir
        Path lake;

        @Test
        @DisplayName("--min-covers that is not an integer is refused")
        void badValueMinCovers() {
            assertThatThrownBy(() -> new DailyCoversSalesJob().execute(environment(lake), "--min-covers=not-a-long"))
                    .isInstanceOfSatisfying(
                            ConfigException.class,
                            e -> assertThat(e.problems())
                                    .anySatisfy(problem -> assertThat(problem).contains("'--min-covers'")));
        }

        @Test
        @DisplayName("an unknown option is refused")
        void unknownOption() {
            assertThatThrownBy(() -> new DailyCoversSalesJob().execute(environment(lake), "--no-such-option=x"))
                    .isInstanceOfSatisfying(
                            ConfigException.class,
                            e -> assertThat(e.problems())
                                    .anySatisfy(problem ->
                                            assertThat(problem).contains("unknown option '--no-such-option'")));
        }
    }

    /** Copies the fixtures ({@code src/test/resources/lake}) into the temporary lake. */
    private static void copyFixtures(Path lake) throws IOException, URISyntaxException {
        URL fixtures = DailyCoversSalesJobTest.class.getResource("/lake");
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
