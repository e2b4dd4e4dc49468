package dev.nbmigrate.jobs.dailycoverssales;

import static org.apache.spark.sql.functions.*;

import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.SparkSettings;
import dev.nbmigrate.runtime.interop.PyLiterals;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daily covers &amp; sales per site.
 *
 * <p>Converted by nbmigrate from {@code legacy-notebooks/daily_covers_sales.ipynb}
 * (PySpark3 (pyspark3kernel), 26 cells) for Databricks 17.3 LTS (Spark 4.0, Scala 2.13).
 * Each section of the notebook is one method, run in order by {@link #run} as a named step (timed and logged);
 * every block starts with a {@code // cell N} comment naming the notebook cell it came from. MIGRATION.md lists
 * what a reviewer must check.
 */
public final class DailyCoversSalesJob extends SparkJob<DailyCoversSalesConfig> {

    private static final Logger LOG = LoggerFactory.getLogger(DailyCoversSalesJob.class);
    private static final String STORAGE_ACCOUNT = "contosofoodlake";
    private static final String BLOB_SUFFIX = "blob.core.windows.net";
    private static final String HIVE_DB = "foodops";
    private static final String RAW_DAILY_SALES = lakePath("sales", "raw/daily_sales/");
    private static final String RAW_MENU_MIX = lakePath("sales", "raw/menu_mix/");
    private static final String SITES_CSV = lakePath("reference", "sites/sites.csv");
    private static final String FX_RATES_DIR = lakePath("reference", "fx_rates/");
    private static final String HOLIDAYS_CSV = lakePath("reference", "calendar/public_holidays_2024.csv");
    private static final String MENU_ITEMS_CSV = lakePath("menu", "items/menu_items.csv");
    private static final String INGREDIENTS_CSV = lakePath("menu", "ingredients/ingredients.csv");
    private static final String RAW_WASTE_LOGS = lakePath("waste", "raw/waste_logs/");
    private static final String CURATED_ROOT = lakePath("curated", "");
    private static final String DATE_FMT = "%Y-%m-%d";
    private static final StructType SALES_SCHEMA = DataTypes.createStructType(PyLiterals.list(
            DataTypes.createStructField("site_id", DataTypes.StringType, true),
            DataTypes.createStructField("business_date", DataTypes.DateType, true),
            DataTypes.createStructField("covers", DataTypes.IntegerType, true),
            DataTypes.createStructField("transactions", DataTypes.IntegerType, true),
            DataTypes.createStructField("gross_sales", DataTypes.DoubleType, true),
            DataTypes.createStructField("discount_amount", DataTypes.DoubleType, true),
            DataTypes.createStructField("net_sales", DataTypes.DoubleType, true),
            DataTypes.createStructField("currency_code", DataTypes.StringType, true)));

    /** Runs the job from the command line or as a Databricks JAR task. */
    public static void main(String[] args) {
        new DailyCoversSalesJob().launch(args);
    }

    /** The job, named {@code daily-covers-sales} in logs, options and environment variables. */
    public DailyCoversSalesJob() {
        super("daily-covers-sales", DailyCoversSalesConfig.class);
    }

    /**
     * ANSI mode off as the legacy notebook ran, session time zone UTC,
     * and the notebook's own Spark settings.
     */
    @Override
    protected SparkSettings sparkSettings() {
        return SparkSettings.ansiOff("UTC")
                .with("spark.sql.hive.convertMetastoreParquet", "true")
                .with("spark.sql.shuffle.partitions", "48")
                .with("spark.sql.sources.partitionOverwriteMode", "dynamic");
    }

    @Override
    protected void run(JobContext ctx, DailyCoversSalesConfig config) throws Exception {
        ctx.step("Daily covers & sales per site", () -> dailyCoversSalesPerSite(ctx, config));
    }

    /**
     * Daily covers &amp; sales per site (notebook cells 2-3, 6-12, 14-18 and 20-26).
     */
    void dailyCoversSalesPerSite(JobContext ctx, DailyCoversSalesConfig config) throws Exception {
        SparkSession spark = ctx.spark();
        // cell 2
        // left out (NBM224): %%configure set up the Livy session; its Spark settings are the job's (sparkSettings()),
        // the rest belongs in databricks.yml
        // cell 3
        // %run ./utils.ipynb: its cells follow
        // legacy-notebooks/utils.ipynb, cell 3
        // legacy-notebooks/utils.ipynb, cell 4
        // legacy-notebooks/utils.ipynb, cell 6
        if (!(weekStart("2024-01-10").toString().equals("2024-01-08"))) {
            throw new IllegalStateException("assertion failed at legacy-notebooks/utils.ipynb, cell 6, line 2:1");
        }
        if (!(dateRange("2024-01-01", "2024-01-31").size() == 31)) {
            throw new IllegalStateException("assertion failed at legacy-notebooks/utils.ipynb, cell 6, line 3:1");
        }
        if (!(monthOf("2024-02-29").equals("2024-02"))) {
            throw new IllegalStateException("assertion failed at legacy-notebooks/utils.ipynb, cell 6, line 4:1");
        }
        LOG.info("utils loaded, lake = {}", lakePath("sales", ""));
        // cell 6
        // notebook: raw_sales
        Dataset<Row> rawSales =
                spark.read().schema(SALES_SCHEMA).option("header", true).csv(ctx.path(config.dailySalesPath()));
        if (ctx.inspect().enabled()) {
            ctx.inspect().value("raw_sales.count()", String.valueOf(rawSales.count()));
        }
        ctx.inspect().printSchema(rawSales);
        // cell 7
        Dataset<Row> sites =
                spark.read().option("header", true).option("inferSchema", true).csv(ctx.path(config.sitesPath()));
        ctx.inspect().show(sites, 20, false);
        // cell 8
        Dataset<Row> sales = rawSales.filter(col("business_date").between(config.runDateFrom(), config.runDateTo()))
                .filter(col("covers").isNotNull().and(col("covers").geq(config.minCovers())))
                .dropDuplicates(new String[] {"site_id", "business_date"});
        if (ctx.inspect().enabled()) {
            ctx.inspect()
                    .value(
                            "\"dropped rows:\", raw_sales.count() - sales.count()",
                            "dropped rows:" + " " + String.valueOf(rawSales.count() - sales.count()));
        }
        // cell 9
        // notebook: site_attrs
        Dataset<Row> siteAttrs = sites.select("site_id", "site_name", "site_type", "country_code", "region");
        Dataset<Row> daily = sales.join(broadcast(siteAttrs), "site_id", "left")
                .withColumn("avg_spend_per_cover", round(col("net_sales").divide(col("covers")), 2))
                .withColumn("avg_party_size", round(col("covers").divide(col("transactions")), 2))
                .withColumn(
                        "discount_pct",
                        round(col("discount_amount").multiply(100).divide(col("gross_sales")), 2))
                .select(
                        "business_date",
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
                        "discount_pct")
                .cache();
        if (ctx.inspect().enabled()) {
            ctx.inspect().value("daily.count()", daily.count());
        }
        // cell 10
        ctx.inspect()
                .show(daily.filter(col("business_date").equalTo("2024-01-15"))
                        .select(
                                "site_id",
                                "site_name",
                                "covers",
                                "transactions",
                                "net_sales",
                                "avg_spend_per_cover",
                                "avg_party_size")
                        .orderBy("site_id"));
        // cell 11
        // notebook: site_totals
        Dataset<Row> siteTotals = daily.groupBy("site_id", "site_name", "currency_code")
                .agg(
                        sum("covers").alias("total_covers"),
                        round(sum("net_sales"), 2).alias("total_net_sales"),
                        countDistinct("business_date").alias("trading_days"),
                        round(avg("covers"), 1).alias("avg_daily_covers"))
                .orderBy(desc("total_covers"));
        ctx.inspect().show(siteTotals, 20, false);
        // cell 12
        daily.createOrReplaceTempView("daily_site_sales_v");
        // cell 14
        // %%sql -o daily_covers: the notebook copied a sample of this result to the notebook server for plotting
        ctx.inspect().show(spark.sql("""
            SELECT business_date, site_id, covers
            FROM daily_site_sales_v
            ORDER BY business_date, site_id
            """));
        // cell 15
        // %%local: ran on the notebook server (plots of a sampled result), not part of the job
        // cell 16
        // %%local: ran on the notebook server (plots of a sampled result), not part of the job
        // cell 17
        // %%sql -o top_sites: the notebook copied a sample of this result to the notebook server for plotting
        ctx.inspect().show(spark.sql("""
            SELECT site_name, SUM(covers) AS covers, ROUND(SUM(net_sales), 2) AS net_sales
            FROM daily_site_sales_v
            WHERE business_date >= '2024-03-01'
            GROUP BY site_name
            ORDER BY covers DESC
            """));
        // cell 18
        // %%local: ran on the notebook server (plots of a sampled result), not part of the job
        // cell 20
        spark.sql("CREATE DATABASE IF NOT EXISTS %s".formatted(HIVE_DB));
        // cell 21
        // TODO(NBM260): Hive table foodops.dim_site (STORED AS PARQUET) rewritten to USING parquet
        spark.sql("""
            CREATE TABLE IF NOT EXISTS foodops.dim_site (
                site_id STRING,
                site_name STRING,
                site_type STRING,
                brand STRING,
                city STRING,
                country_code STRING,
                currency_code STRING,
                region STRING,
                seats INT,
                opened_date DATE
            )
            USING parquet
            """);
        // cell 22
        sites.withColumn("opened_date", to_date(col("opened_date")))
                .select(
                        "site_id",
                        "site_name",
                        "site_type",
                        "brand",
                        "city",
                        "country_code",
                        "currency_code",
                        "region",
                        "seats",
                        "opened_date")
                .write()
                .mode("overwrite")
                .insertInto("foodops.dim_site");
        // cell 23
        if (config.writeOutput()) {
            daily.withColumn("business_date", date_format(col("business_date"), "yyyy-MM-dd"))
                    .repartition(col("business_date"))
                    .write()
                    .mode("overwrite")
                    .partitionBy("business_date")
                    .parquet(ctx.path(config.outputPath()));
            logFn("written " + config.outputPath());
        }
        // cell 24
        // TODO(NBM260): Hive table foodops.daily_site_sales (STORED AS PARQUET) rewritten to USING parquet: partition
        // column business_date moved to the end of the column list, where Hive kept it; option partitionOverwriteMode
        // 'dynamic' keeps Hive's INSERT OVERWRITE, which replaces only the partitions written
        spark.sql("""
            CREATE TABLE IF NOT EXISTS foodops.daily_site_sales (
                site_id STRING,
                site_name STRING,
                site_type STRING,
                country_code STRING,
                region STRING,
                currency_code STRING,
                covers INT,
                transactions INT,
                gross_sales DOUBLE,
                discount_amount DOUBLE,
                net_sales DOUBLE,
                avg_spend_per_cover DOUBLE,
                avg_party_size DOUBLE,
                discount_pct DOUBLE,
                business_date STRING
            )
            USING parquet OPTIONS (partitionOverwriteMode 'dynamic')
            PARTITIONED BY (business_date)
            LOCATION '%s'
            """.formatted(
                        ctx.path("wasbs://curated@contosofoodlake.blob.core.windows.net/sales/daily_site_sales/")));
        // cell 25
        spark.sql("MSCK REPAIR TABLE foodops.daily_site_sales");
        Dataset<Row> check = spark.sql("""
            SELECT business_date, COUNT(*) AS sites, SUM(covers) AS covers
            FROM foodops.daily_site_sales
            WHERE business_date = :runDateTo
            GROUP BY business_date
            """, Map.of("runDateTo", config.runDateTo()));
        ctx.inspect().show(check);
        // cell 26
        daily.unpersist();
    }

    /**
     * Python def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1).
     */
    private static String lakePath(String container, String path) {
        String storageAccount = "contosofoodlake";
        String blobSuffix = "blob.core.windows.net";
        return "wasbs://" + container + "@" + storageAccount + "." + blobSuffix + "/" + path.replaceAll("^[/]+", "");
    }

    /**
     * Python def parse_date (legacy-notebooks/utils.ipynb, cell 4, line 5:1).
     */
    private static LocalDate parseDate(String s) {
        String dateFmt = "%Y-%m-%d";
        return LocalDate.parse(s, DateTimeFormatter.ofPattern("yyyy-M-d"));
    }

    /**
     * Python def week_start (legacy-notebooks/utils.ipynb, cell 4, line 9:1).
     */
    private static LocalDate weekStart(String d) {
        // notebook: d
        LocalDate d2 = parseDate(d);
        return d2.minusDays(d2.getDayOfWeek().getValue() - 1);
    }

    /**
     * Python def date_range (legacy-notebooks/utils.ipynb, cell 4, line 16:1).
     */
    private static List<String> dateRange(String start, String end) {
        String dateFmt = "%Y-%m-%d";
        LocalDate s = parseDate(start);
        LocalDate e = parseDate(end);
        return LongStream.range(0, ChronoUnit.DAYS.between(s, e) + 1)
                .mapToObj(i -> s.plusDays(i).format(DateTimeFormatter.ofPattern("yyyy-MM-dd")))
                .collect(Collectors.toList());
    }

    /**
     * Python def month_of (legacy-notebooks/utils.ipynb, cell 4, line 22:1).
     */
    private static String monthOf(String d) {
        // notebook: d
        LocalDate d2 = parseDate(d);
        return d2.format(DateTimeFormatter.ofPattern("yyyy-MM"));
    }

    /**
     * Python def log (legacy-notebooks/utils.ipynb, cell 5, line 16:1).
     */
    private static void logFn(String msg) {
        LOG.info("{}", "[" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + msg);
    }
}
