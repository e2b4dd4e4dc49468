package dev.nbmigrate.jobs.dailycoverssales;

import static org.apache.spark.sql.functions.*;

import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.NotTranslated;
import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.SparkSettings;
import dev.nbmigrate.runtime.interop.PyLiterals;
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
 * Each section of the notebook is one method, called in order by {@link #run}; every block starts with a
 * {@code // cell N} comment naming the notebook cell it came from. MIGRATION.md lists what a reviewer must check.
 */
public final class DailyCoversSalesJob extends SparkJob<DailyCoversSalesConfig> {

    private static final Logger LOG = LoggerFactory.getLogger(DailyCoversSalesJob.class);
    private static final String STORAGE_ACCOUNT = "contosofoodlake";
    private static final String BLOB_SUFFIX = "blob.core.windows.net";
    private static final String HIVE_DB = "foodops";
    private static final String DATE_FMT = "%Y-%m-%d";
    private static final StructType SALES_SCHEMA = DataTypes.createStructType(PyLiterals.list(DataTypes.createStructField("site_id", DataTypes.StringType, true), DataTypes.createStructField("business_date", DataTypes.DateType, true), DataTypes.createStructField("covers", DataTypes.IntegerType, true), DataTypes.createStructField("transactions", DataTypes.IntegerType, true), DataTypes.createStructField("gross_sales", DataTypes.DoubleType, true), DataTypes.createStructField("discount_amount", DataTypes.DoubleType, true), DataTypes.createStructField("net_sales", DataTypes.DoubleType, true), DataTypes.createStructField("currency_code", DataTypes.StringType, true)));

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
        dailyCoversSalesPerSite(ctx, config);
    }

    /**
     * Daily covers &amp; sales per site (notebook cells 2, 3, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 20, 21, 22, 23, 24, 25 and 26).
     */
    void dailyCoversSalesPerSite(JobContext ctx, DailyCoversSalesConfig config) throws Exception {
        SparkSession spark = ctx.spark();
        // cell 2
        // %%configure: its Spark settings are the job's (sparkSettings()); cluster size goes in databricks.yml
        // cell 3
        // %run ./utils.ipynb: its cells follow
        // legacy-notebooks/utils.ipynb, cell 3
        // TODO(NBM219): no Java for the Python statement FunctionDef
        NotTranslated.fail("NBM219", "utils.ipynb cell 3, line 7", "no Java for the Python statement FunctionDef");
        //   def lake_path(container, path=""):
        //       """wasbs:// URL of a path inside one of the lake containers."""
        //       return "wasbs://{0}@{1}.{2}/{3}".format(container, STORAGE_ACCOUNT, BLOB_SUFFIX, path.lstrip("/"))
        // TODO(NBM220): 'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)
        NotTranslated.fail("NBM220", "utils.ipynb cell 3, line 12", "'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)");
        //   RAW_DAILY_SALES = lake_path("sales", "raw/daily_sales/")
        // TODO(NBM220): 'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)
        NotTranslated.fail("NBM220", "utils.ipynb cell 3, line 13", "'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)");
        //   RAW_MENU_MIX = lake_path("sales", "raw/menu_mix/")
        // TODO(NBM220): 'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)
        NotTranslated.fail("NBM220", "utils.ipynb cell 3, line 14", "'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)");
        //   SITES_CSV = lake_path("reference", "sites/sites.csv")
        // TODO(NBM220): 'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)
        NotTranslated.fail("NBM220", "utils.ipynb cell 3, line 15", "'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)");
        //   FX_RATES_DIR = lake_path("reference", "fx_rates/")
        // TODO(NBM220): 'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)
        NotTranslated.fail("NBM220", "utils.ipynb cell 3, line 16", "'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)");
        //   HOLIDAYS_CSV = lake_path("reference", "calendar/public_holidays_2024.csv")
        // TODO(NBM220): 'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)
        NotTranslated.fail("NBM220", "utils.ipynb cell 3, line 17", "'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)");
        //   MENU_ITEMS_CSV = lake_path("menu", "items/menu_items.csv")
        // TODO(NBM220): 'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)
        NotTranslated.fail("NBM220", "utils.ipynb cell 3, line 18", "'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)");
        //   INGREDIENTS_CSV = lake_path("menu", "ingredients/ingredients.csv")
        // TODO(NBM220): 'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)
        NotTranslated.fail("NBM220", "utils.ipynb cell 3, line 19", "'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)");
        //   RAW_WASTE_LOGS = lake_path("waste", "raw/waste_logs/")
        // TODO(NBM220): 'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)
        NotTranslated.fail("NBM220", "utils.ipynb cell 3, line 20", "'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)");
        //   CURATED_ROOT = lake_path("curated")
        // legacy-notebooks/utils.ipynb, cell 4
        // TODO(NBM219): no Java for the Python statement FunctionDef
        NotTranslated.fail("NBM219", "utils.ipynb cell 4, line 5", "no Java for the Python statement FunctionDef");
        //   def parse_date(s):
        //       return dt.datetime.strptime(s, DATE_FMT).date()
        // TODO(NBM219): no Java for the Python statement FunctionDef
        NotTranslated.fail("NBM219", "utils.ipynb cell 4, line 9", "no Java for the Python statement FunctionDef");
        //   def week_start(d):
        //       """Monday of the ISO week of d (a date or a 'yyyy-MM-dd' string), as a date."""
        //       if isinstance(d, str):
        //           d = parse_date(d)
        //       return d - dt.timedelta(days=d.weekday())
        // TODO(NBM219): no Java for the Python statement FunctionDef
        NotTranslated.fail("NBM219", "utils.ipynb cell 4, line 16", "no Java for the Python statement FunctionDef");
        //   def date_range(start, end):
        //       """Inclusive list of 'yyyy-MM-dd' strings from start to end."""
        //       s, e = parse_date(start), parse_date(end)
        //       return [(s + dt.timedelta(days=i)).strftime(DATE_FMT) for i in range((e - s).days + 1)]
        // TODO(NBM219): no Java for the Python statement FunctionDef
        NotTranslated.fail("NBM219", "utils.ipynb cell 4, line 22", "no Java for the Python statement FunctionDef");
        //   def month_of(d):
        //       if isinstance(d, str):
        //           d = parse_date(d)
        //       return d.strftime("%Y-%m")
        // legacy-notebooks/utils.ipynb, cell 5
        // TODO(NBM219): no Java for the Python statement FunctionDef
        NotTranslated.fail("NBM219", "utils.ipynb cell 5, line 2", "no Java for the Python statement FunctionDef");
        //   def read_csv(path, schema=None):
        //       reader = spark.read.option("header", "true")
        //       if schema is not None:
        //           reader = reader.schema(schema)
        //       else:
        //           reader = reader.option("inferSchema", "true")
        //       return reader.csv(path)
        // TODO(NBM219): no Java for the Python statement FunctionDef
        NotTranslated.fail("NBM219", "utils.ipynb cell 5, line 11", "no Java for the Python statement FunctionDef");
        //   def with_audit_columns(df, job_name):
        //       return (df.withColumn("_job", F.lit(job_name))
        //                 .withColumn("_loaded_at", F.current_timestamp()))
        // TODO(NBM219): no Java for the Python statement FunctionDef
        NotTranslated.fail("NBM219", "utils.ipynb cell 5, line 16", "no Java for the Python statement FunctionDef");
        //   def log(msg):
        //       print("[{0}] {1}".format(dt.datetime.now().strftime("%H:%M:%S"), msg))
        // TODO(NBM219): no Java for the Python statement FunctionDef
        NotTranslated.fail("NBM219", "utils.ipynb cell 5, line 20", "no Java for the Python statement FunctionDef");
        //   def row_count(df, label):
        //       n = df.count()
        //       log("{0}: {1} rows".format(label, n))
        //       return n
        // legacy-notebooks/utils.ipynb, cell 6
        // TODO(NBM219): no Java for the Python statement Assert
        NotTranslated.fail("NBM219", "utils.ipynb cell 6, line 2", "no Java for the Python statement Assert");
        //   assert week_start("2024-01-10").isoformat() == "2024-01-08"
        // TODO(NBM219): no Java for the Python statement Assert
        NotTranslated.fail("NBM219", "utils.ipynb cell 6, line 3", "no Java for the Python statement Assert");
        //   assert len(date_range("2024-01-01", "2024-01-31")) == 31
        // TODO(NBM219): no Java for the Python statement Assert
        NotTranslated.fail("NBM219", "utils.ipynb cell 6, line 4", "no Java for the Python statement Assert");
        //   assert month_of("2024-02-29") == "2024-02"
        // TODO(NBM220): 'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)
        NotTranslated.fail("NBM220", "utils.ipynb cell 6, line 5", "'lake_path' comes from a step that was not translated (utils.ipynb cell 3, line 7)");
        //   print("utils loaded, lake =", lake_path("sales"))
        // cell 6
        Dataset<Row> raw_sales = spark.read()
                .schema(SALES_SCHEMA)
                .option("header", true)
                .csv(ctx.path(config.dailySalesPath()));
        LOG.info("{}", raw_sales.count());
        ctx.inspect().printSchema(raw_sales);
        // cell 7
        Dataset<Row> sites = spark.read()
                .option("header", true)
                .option("inferSchema", true)
                .csv(ctx.path(config.sitesPath()));
        ctx.inspect().show(sites, 20, false);
        // cell 8
        Dataset<Row> sales = raw_sales
                .filter(col("business_date").between(config.runDateFrom(), config.runDateTo()))
                .filter(col("covers").isNotNull().and(col("covers").geq(config.minCovers())))
                .dropDuplicates(new String[] { "site_id", "business_date" });
        LOG.info("dropped rows: {}", raw_sales.count() - sales.count());
        // cell 9
        Dataset<Row> site_attrs = sites.select("site_id", "site_name", "site_type", "country_code", "region");
        Dataset<Row> daily = sales
                .join(broadcast(site_attrs), "site_id", "left")
                .withColumn("avg_spend_per_cover", round(col("net_sales").divide(col("covers")), 2))
                .withColumn("avg_party_size", round(col("covers").divide(col("transactions")), 2))
                .withColumn("discount_pct", round(col("discount_amount").multiply(100).divide(col("gross_sales")), 2))
                .select("business_date", "site_id", "site_name", "site_type", "country_code", "region", "currency_code", "covers", "transactions", "gross_sales", "discount_amount", "net_sales", "avg_spend_per_cover", "avg_party_size", "discount_pct")
                .cache();
        ctx.inspect().value("daily.count()", () -> daily.count());
        // cell 10
        ctx.inspect().show(daily
                        .filter(col("business_date").equalTo("2024-01-15"))
                        .select("site_id", "site_name", "covers", "transactions", "net_sales", "avg_spend_per_cover", "avg_party_size")
                        .orderBy("site_id"));
        // cell 11
        Dataset<Row> site_totals = daily
                .groupBy("site_id", "site_name", "currency_code")
                .agg(sum("covers").alias("total_covers"), round(sum("net_sales"), 2).alias("total_net_sales"), countDistinct("business_date").alias("trading_days"), round(avg("covers"), 1).alias("avg_daily_covers"))
                .orderBy(desc("total_covers"));
        ctx.inspect().show(site_totals, 20, false);
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
        // TODO(NBM201): no PySpark API member format on a value of type str
        NotTranslated.fail("NBM201", "daily_covers_sales.ipynb cell 20, line 1", "no PySpark API member format on a value of type str");
        //   spark.sql("CREATE DATABASE IF NOT EXISTS {0}".format(HIVE_DB))
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
        sites
                .withColumn("opened_date", to_date(col("opened_date")))
                .select("site_id", "site_name", "site_type", "brand", "city", "country_code", "currency_code", "region", "seats", "opened_date")
                .write()
                .mode("overwrite")
                .insertInto("foodops.dim_site");
        // cell 23
        // TODO(NBM220): 'log' comes from a step that was not translated (utils.ipynb cell 5, line 16)
        NotTranslated.fail("NBM220", "daily_covers_sales.ipynb cell 23, line 7", "'log' comes from a step that was not translated (utils.ipynb cell 5, line 16)");
        //   if WRITE_OUTPUT:
        //       (daily.withColumn("business_date", F.date_format("business_date", "yyyy-MM-dd"))
        //             .repartition("business_date")
        //             .write.mode("overwrite")
        //             .partitionBy("business_date")
        //             .parquet(OUTPUT_PATH))
        //       log("written " + OUTPUT_PATH)
        // cell 24
        // TODO(NBM260): Hive table foodops.daily_site_sales (STORED AS PARQUET) rewritten to USING parquet: partition column business_date moved to the end of the column list, where Hive kept it; option partitionOverwriteMode 'dynamic' keeps Hive's INSERT OVERWRITE, which replaces only the partitions written
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
            """.formatted(ctx.path("wasbs://curated@contosofoodlake.blob.core.windows.net/sales/daily_site_sales/")));
        // cell 25
        spark.sql("MSCK REPAIR TABLE foodops.daily_site_sales");
        // TODO(NBM201): no PySpark API member format on a value of type str
        NotTranslated.fail("NBM201", "daily_covers_sales.ipynb cell 25, line 3", "no PySpark API member format on a value of type str");
        //   check = spark.sql("""
        //       SELECT business_date, COUNT(*) AS sites, SUM(covers) AS covers
        //       FROM foodops.daily_site_sales
        //       WHERE business_date = '{0}'
        //       GROUP BY business_date
        //   """.format(RUN_DATE_TO))
        // TODO(NBM220): 'check' comes from a step that was not translated (daily_covers_sales.ipynb cell 25, line 3)
        NotTranslated.fail("NBM220", "daily_covers_sales.ipynb cell 25, line 9", "'check' comes from a step that was not translated (daily_covers_sales.ipynb cell 25, line 3)");
        //   check.show()
        // cell 26
        daily.unpersist();
    }
}
