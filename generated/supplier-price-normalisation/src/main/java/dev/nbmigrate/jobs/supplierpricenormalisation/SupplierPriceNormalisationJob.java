package dev.nbmigrate.jobs.supplierpricenormalisation;

import static org.apache.spark.sql.functions.*;

import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.SparkSettings;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Supplier price normalisation → GBP per kg.
 *
 * <p>Converted by nbmigrate from {@code legacy-notebooks/supplier_price_normalisation.ipynb}
 * (PySpark3 (pyspark3kernel), 19 cells) for Databricks 17.3 LTS (Spark 4.0, Scala 2.13).
 * Each section of the notebook is one method, run in order by {@link #run} as a named step (timed and logged);
 * every block starts with a {@code // cell N} comment naming the notebook cell it came from. MIGRATION.md lists
 * what a reviewer must check.
 */
public final class SupplierPriceNormalisationJob extends SparkJob<SupplierPriceNormalisationConfig> {

    private static final Logger LOG = LoggerFactory.getLogger(SupplierPriceNormalisationJob.class);
    private static final String TARGET_CURRENCY = "GBP";
    private static final double LB_TO_KG = 0.45359237;

    /** Runs the job from the command line or as a Databricks JAR task. */
    public static void main(String[] args) {
        new SupplierPriceNormalisationJob().launch(args);
    }

    /** The job, named {@code supplier-price-normalisation} in logs, options and environment variables. */
    public SupplierPriceNormalisationJob() {
        super("supplier-price-normalisation", SupplierPriceNormalisationConfig.class);
    }

    /**
     * ANSI mode off as the legacy notebook ran, session time zone UTC,
     * and the notebook's own Spark settings.
     */
    @Override
    protected SparkSettings sparkSettings() {
        return SparkSettings.ansiOff("UTC")
                .with("hive.exec.dynamic.partition", "true")
                .with("hive.exec.dynamic.partition.mode", "nonstrict")
                .with("spark.sql.shuffle.partitions", "16");
    }

    @Override
    protected void run(JobContext ctx, SupplierPriceNormalisationConfig config) throws Exception {
        Dataset<Row> prices = ctx.step(
                "Supplier price normalisation \u2192 GBP per kg",
                () -> supplierPriceNormalisationGbpPerKg(ctx, config));
        ctx.step("Hive tables", () -> hiveTables(ctx, config, prices));
    }

    /**
     * Supplier price normalisation → GBP per kg (notebook cells 2-9).
     */
    Dataset<Row> supplierPriceNormalisationGbpPerKg(JobContext ctx, SupplierPriceNormalisationConfig config)
            throws Exception {
        SparkSession spark = ctx.spark();
        // cell 2
        // left out (NBM224): %%configure set up the Livy session; its Spark settings are the job's (sparkSettings()),
        // the rest belongs in databricks.yml
        // cell 3
        spark.conf()
                .set(
                        "fs.azure.account.key.contosofoodlake.blob.core.windows.net",
                        config.storageAccountKey().value());
        // cell 4
        // cell 5
        // notebook: price_lists
        Dataset<Row> priceLists =
                spark.read().option("header", true).option("inferSchema", true).csv(ctx.path(config.priceListsPath()));
        ctx.inspect().printSchema(priceLists);
        if (ctx.inspect().enabled()) {
            ctx.inspect()
                    .value(
                            "\"price lines:\", price_lists.count()",
                            "price lines:" + " " + String.valueOf(priceLists.count()));
        }
        ctx.inspect().show(priceLists, 5);
        // cell 6
        Dataset<Row> fx = spark.read()
                .option("header", true)
                .option("inferSchema", true)
                .csv(ctx.path(config.fxPath()))
                .filter(col("to_currency").equalTo(TARGET_CURRENCY))
                .select(
                        col("rate_date").alias("effective_date"),
                        col("from_currency").alias("currency_code"),
                        col("rate"));
        if (ctx.inspect().enabled()) {
            ctx.inspect().value("\"fx rows:\", fx.count()", "fx rows:" + " " + String.valueOf(fx.count()));
        }
        // cell 7
        Column unit = lower(trim(col("pack_unit")));
        // notebook: pack_kg
        Column packKg = when(unit.equalTo("kg"), col("pack_size"))
                .when(unit.equalTo("g"), col("pack_size").divide(1000))
                .when(unit.equalTo("lb"), col("pack_size").multiply(LB_TO_KG))
                .when(unit.equalTo("l"), col("pack_size"))
                .when(unit.equalTo("ml"), col("pack_size").divide(1000))
                .otherwise((Object) null);
        Dataset<Row> prices = priceLists
                .join(broadcast(fx), new String[] {"effective_date", "currency_code"}, "left")
                .withColumn(
                        "fx_rate",
                        when(col("currency_code").equalTo(TARGET_CURRENCY), lit(1.0))
                                .otherwise(col("rate")))
                .withColumn("pack_kg", packKg)
                .withColumn(
                        "price_per_kg_gbp",
                        round(col("pack_price").multiply(col("fx_rate")).divide(col("pack_kg")), 4))
                .withColumn("price_month", date_format(col("effective_date"), "yyyy-MM"))
                .drop("rate")
                .cache();
        long missing = prices.filter(col("price_per_kg_gbp").isNull()).count();
        LOG.info("lines without a GBP price: {}", missing);
        if (!(missing == 0)) {
            throw new IllegalStateException(
                    "missing fx rate or unknown pack unit for " + String.valueOf(missing) + " lines");
        }
        // cell 8
        if (ctx.inspect().enabled()) {
            ctx.inspect()
                    .value(
                            "prices.filter(F.col(\"price_per_kg_gbp\") > MAX_PRICE_PER_KG_GBP).count()",
                            prices.filter(col("price_per_kg_gbp").gt(config.maxPricePerKgGbp()))
                                    .count());
        }
        // cell 9
        ctx.inspect()
                .show(
                        prices.orderBy(desc("price_per_kg_gbp"))
                                .select(
                                        "supplier_id",
                                        "ingredient_id",
                                        "effective_date",
                                        "pack_size",
                                        "pack_unit",
                                        "pack_price",
                                        "currency_code",
                                        "fx_rate",
                                        "price_per_kg_gbp"),
                        10);
        return prices;
    }

    /**
     * Hive tables (notebook cells 11-19).
     */
    void hiveTables(JobContext ctx, SupplierPriceNormalisationConfig config, Dataset<Row> prices) throws Exception {
        SparkSession spark = ctx.spark();
        // cell 11
        spark.sql("CREATE DATABASE IF NOT EXISTS foodops");
        // cell 12
        // TODO(NBM260): Hive table foodops.dim_supplier (ROW FORMAT DELIMITED, STORED AS TEXTFILE) rewritten to USING
        // csv: Hive's delimited text is read and written as CSV without quoting, '\N' standing for NULL; unlike Hive,
        // empty fields read as NULL and empty strings written as "", values holding the separator between NUL
        // characters
        spark.sql("""
            CREATE TABLE IF NOT EXISTS foodops.dim_supplier (
                supplier_id STRING,
                supplier_name STRING,
                country_code STRING,
                currency_code STRING,
                payment_terms_days INT,
                is_active STRING
            )
            USING csv OPTIONS (sep ',', quote '', nullValue '\\\\N', header 'true')
            LOCATION '%s'
            """.formatted(
                        ctx.path("wasbs://suppliers@contosofoodlake.blob.core.windows.net/reference/suppliers/")));
        // cell 13
        // TODO(NBM260): Hive table foodops.supplier_prices_gbp (STORED AS PARQUET) rewritten to USING parquet:
        // partition column price_month moved to the end of the column list, where Hive kept it; option
        // partitionOverwriteMode 'dynamic' keeps Hive's INSERT OVERWRITE, which replaces only the partitions written
        spark.sql("""
            CREATE TABLE IF NOT EXISTS foodops.supplier_prices_gbp (
                supplier_id STRING,
                supplier_name STRING,
                ingredient_id STRING,
                effective_date DATE,
                pack_size DOUBLE,
                pack_unit STRING,
                pack_price DOUBLE,
                currency_code STRING,
                fx_rate DOUBLE,
                pack_kg DOUBLE,
                price_per_kg_gbp DOUBLE,
                price_month STRING
            )
            USING parquet OPTIONS (partitionOverwriteMode 'dynamic')
            PARTITIONED BY (price_month)
            """);
        // cell 14
        Dataset<Row> suppliers = spark.table("foodops.dim_supplier")
                .filter(col("supplier_id").notEqual("supplier_id"))
                .select("supplier_id", "supplier_name");
        Dataset<Row> staged = prices.join(suppliers, "supplier_id", "left");
        staged.createOrReplaceTempView("prices_gbp_stage");
        // cell 15
        // left out: SET hive.exec.dynamic.partition.mode=nonstrict (Hive-only, see MIGRATION.md)
        // cell 16
        spark.sql("""
            INSERT OVERWRITE TABLE foodops.supplier_prices_gbp PARTITION (price_month)
            SELECT supplier_id, supplier_name, ingredient_id, CAST(effective_date AS DATE) AS effective_date,
                   pack_size, pack_unit, pack_price, currency_code, fx_rate, pack_kg, price_per_kg_gbp,
                   price_month
            FROM prices_gbp_stage
            """);
        // cell 17
        if (config.rerunMonth() != null && !config.rerunMonth().isEmpty()) {
            spark.sql("""
                INSERT OVERWRITE TABLE foodops.supplier_prices_gbp PARTITION (price_month='%s')
                SELECT supplier_id, supplier_name, ingredient_id, CAST(effective_date AS DATE),
                       pack_size, pack_unit, pack_price, currency_code, fx_rate, pack_kg, price_per_kg_gbp
                FROM prices_gbp_stage
                WHERE price_month = '%s'
                """.formatted(config.rerunMonth(), config.rerunMonth()));
            LOG.info("reloaded partition {}", config.rerunMonth());
        }
        // cell 18
        ctx.inspect().show(spark.sql("""
            SELECT price_month, COUNT(*) AS price_lines, COUNT(DISTINCT supplier_id) AS suppliers,
                   ROUND(AVG(price_per_kg_gbp), 4) AS avg_price_per_kg_gbp
            FROM foodops.supplier_prices_gbp
            GROUP BY price_month
            ORDER BY price_month
            """));
        // cell 19
        WindowSpec w =
                Window.partitionBy("ingredient_id", "price_month").orderBy("avg_price_per_kg_gbp", "supplier_id");
        Dataset<Row> cheapest = spark.table("foodops.supplier_prices_gbp")
                .groupBy("ingredient_id", "price_month", "supplier_id")
                .agg(avg("price_per_kg_gbp").alias("avg_price_per_kg_gbp"))
                .withColumn("rn", row_number().over(w))
                .filter("rn = 1")
                .drop("rn");
        ctx.inspect().show(cheapest.filter("price_month = '2024-03'").orderBy("ingredient_id"), 50);
    }
}
