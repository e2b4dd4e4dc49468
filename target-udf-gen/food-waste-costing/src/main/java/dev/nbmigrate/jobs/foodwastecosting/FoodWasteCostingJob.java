package dev.nbmigrate.jobs.foodwastecosting;

import static org.apache.spark.sql.functions.*;

import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.NotTranslated;
import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.SparkSettings;
import dev.nbmigrate.runtime.interop.PyLiterals;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Food waste costing.
 *
 * <p>Converted by nbmigrate from {@code legacy-notebooks/food_waste_costing.ipynb}
 * (PySpark3 (pyspark3kernel), 16 cells) for Databricks 17.3 LTS (Spark 4.0, Scala 2.13).
 * Each section of the notebook is one method, called in order by {@link #run}; every block starts with a
 * {@code // cell N} comment naming the notebook cell it came from. MIGRATION.md lists what a reviewer must check.
 */
public final class FoodWasteCostingJob extends SparkJob<FoodWasteCostingConfig> {

    private static final Logger LOG = LoggerFactory.getLogger(FoodWasteCostingJob.class);
    private static final String STORAGE_ACCOUNT = "contosofoodlake";
    private static final String BLOB_SUFFIX = "blob.core.windows.net";
    private static final String HIVE_DB = "foodops";
    private static final String DATE_FMT = "%Y-%m-%d";
    private static final double LB_TO_KG = 0.45359237;
    private static final StructType WASTE_SCHEMA = DataTypes.createStructType(PyLiterals.list(DataTypes.createStructField("log_id", DataTypes.StringType, true), DataTypes.createStructField("site_id", DataTypes.StringType, true), DataTypes.createStructField("logged_at", DataTypes.StringType, true), DataTypes.createStructField("item_id", DataTypes.StringType, true), DataTypes.createStructField("quantity", DataTypes.DoubleType, true), DataTypes.createStructField("unit", DataTypes.StringType, true), DataTypes.createStructField("reason", DataTypes.StringType, true), DataTypes.createStructField("recorded_by", DataTypes.StringType, true), DataTypes.createStructField("device_id", DataTypes.StringType, true)));

    /** Runs the job from the command line or as a Databricks JAR task. */
    public static void main(String[] args) {
        new FoodWasteCostingJob().launch(args);
    }

    /** The job, named {@code food-waste-costing} in logs, options and environment variables. */
    public FoodWasteCostingJob() {
        super("food-waste-costing", FoodWasteCostingConfig.class);
    }

    /**
     * ANSI mode off as the legacy notebook ran, session time zone UTC,
     * and the notebook's own Spark settings.
     */
    @Override
    protected SparkSettings sparkSettings() {
        return SparkSettings.ansiOff("UTC")
                .with("spark.sql.shuffle.partitions", "32");
    }

    @Override
    protected void run(JobContext ctx, FoodWasteCostingConfig config) throws Exception {
        foodWasteCosting(ctx, config);
    }

    /**
     * Food waste costing (notebook cells 2-16).
     */
    void foodWasteCosting(JobContext ctx, FoodWasteCostingConfig config) throws Exception {
        SparkSession spark = ctx.spark();
        // cell 2
        // %%configure: its Spark settings are the job's (sparkSettings()); cluster size goes in databricks.yml
        // cell 3
        // %run ./utils.ipynb: its cells follow
        // legacy-notebooks/utils.ipynb, cell 2
        // legacy-notebooks/utils.ipynb, cell 3
        // TODO(NBM201): def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)
        NotTranslated.fail("NBM201", "utils.ipynb cell 3, line 12", "def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)");
        //   RAW_DAILY_SALES = lake_path("sales", "raw/daily_sales/")
        // TODO(NBM201): def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)
        NotTranslated.fail("NBM201", "utils.ipynb cell 3, line 13", "def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)");
        //   RAW_MENU_MIX = lake_path("sales", "raw/menu_mix/")
        // TODO(NBM201): def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)
        NotTranslated.fail("NBM201", "utils.ipynb cell 3, line 14", "def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)");
        //   SITES_CSV = lake_path("reference", "sites/sites.csv")
        // TODO(NBM201): def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)
        NotTranslated.fail("NBM201", "utils.ipynb cell 3, line 15", "def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)");
        //   FX_RATES_DIR = lake_path("reference", "fx_rates/")
        // TODO(NBM201): def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)
        NotTranslated.fail("NBM201", "utils.ipynb cell 3, line 16", "def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)");
        //   HOLIDAYS_CSV = lake_path("reference", "calendar/public_holidays_2024.csv")
        // TODO(NBM201): def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)
        NotTranslated.fail("NBM201", "utils.ipynb cell 3, line 17", "def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)");
        //   MENU_ITEMS_CSV = lake_path("menu", "items/menu_items.csv")
        // TODO(NBM201): def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)
        NotTranslated.fail("NBM201", "utils.ipynb cell 3, line 18", "def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)");
        //   INGREDIENTS_CSV = lake_path("menu", "ingredients/ingredients.csv")
        // TODO(NBM201): def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)
        NotTranslated.fail("NBM201", "utils.ipynb cell 3, line 19", "def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)");
        //   RAW_WASTE_LOGS = lake_path("waste", "raw/waste_logs/")
        // TODO(NBM201): def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)
        NotTranslated.fail("NBM201", "utils.ipynb cell 3, line 20", "def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)");
        //   CURATED_ROOT = lake_path("curated")
        // legacy-notebooks/utils.ipynb, cell 4
        // legacy-notebooks/utils.ipynb, cell 5
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
        // TODO(NBM201): def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)
        NotTranslated.fail("NBM201", "utils.ipynb cell 6, line 5", "def lake_path (legacy-notebooks/utils.ipynb, cell 3, line 7:1): no PySpark API member lstrip on a value of type str (legacy-notebooks/utils.ipynb, cell 3, line 9:86)");
        //   print("utils loaded, lake =", lake_path("sales"))
        // cell 4
        // cell 5
        Dataset<Row> waste_raw = spark.read().schema(WASTE_SCHEMA).json(ctx.path(config.wastePath()));
        // TODO(NBM201): def row_count (legacy-notebooks/utils.ipynb, cell 5, line 20:1): no PySpark API member format on a value of type str (legacy-notebooks/utils.ipynb, cell 5, line 22:9)
        NotTranslated.fail("NBM201", "food_waste_costing.ipynb cell 5, line 14", "def row_count (legacy-notebooks/utils.ipynb, cell 5, line 20:1): no PySpark API member format on a value of type str (legacy-notebooks/utils.ipynb, cell 5, line 22:9)");
        //   row_count(waste_raw, "waste_raw")
        ctx.inspect().show(waste_raw, 5, false);
        // cell 6
        ctx.inspect().show(waste_raw.groupBy("unit").count().orderBy(desc("count")));
        // cell 7
        // TODO(NBM219): UDF categorise_reason is not translated: as a Column expression, it is registered for SQL, which calls only registered functions; as a Java UDF, no PySpark API member strip on a value of type Optional[str]
        NotTranslated.fail("NBM219", "food_waste_costing.ipynb cell 7, line 39", "UDF categorise_reason is not translated: as a Column expression, it is registered for SQL, which calls only registered functions; as a Java UDF, no PySpark API member strip on a value of type Optional[str]");
        //   spark.udf.register("categorise_reason", categorise_reason, StringType())
        // cell 8
        // TODO(NBM201): def to_kg (legacy-notebooks/food_waste_costing.ipynb, cell 7, line 1:1): no PySpark API member strip on a value of type str (legacy-notebooks/food_waste_costing.ipynb, cell 7, line 5:9)
        NotTranslated.fail("NBM201", "food_waste_costing.ipynb cell 8, line 1", "def to_kg (legacy-notebooks/food_waste_costing.ipynb, cell 7, line 1:1): no PySpark API member strip on a value of type str (legacy-notebooks/food_waste_costing.ipynb, cell 7, line 5:9)");
        //   print(to_kg(500, "g"), to_kg(2, "lbs"), to_kg(1, "portion"))
        // TODO(NBM201): def categorise_reason (legacy-notebooks/food_waste_costing.ipynb, cell 7, line 16:1): no PySpark API member strip on a value of type str (legacy-notebooks/food_waste_costing.ipynb, cell 7, line 20:9)
        NotTranslated.fail("NBM201", "food_waste_costing.ipynb cell 8, line 2", "def categorise_reason (legacy-notebooks/food_waste_costing.ipynb, cell 7, line 16:1): no PySpark API member strip on a value of type str (legacy-notebooks/food_waste_costing.ipynb, cell 7, line 20:9)");
        //   print(categorise_reason("Over-production at lunch service"), categorise_reason(None))
        // cell 9
        Dataset<Row> waste = waste_raw
                .withColumn("logged_at", to_timestamp(col("logged_at"), "yyyy-MM-dd HH:mm:ss"))
                .withColumn("waste_date", to_date(col("logged_at")))
                .withColumn("qty_kg", toKg(col("quantity"), col("unit")))
                .withColumn("reason_category", categoriseReason(col("reason")));
        Dataset<Row> unconvertible = waste.filter(col("qty_kg").isNull());
        LOG.info("events without a weight: {}", unconvertible.count());
        ctx.inspect().show(unconvertible.groupBy("unit").count());
        // cell 10
        Dataset<Row> too_heavy = waste.filter(col("qty_kg").gt(config.maxEventKg()));
        ctx.inspect().show(too_heavy.select("log_id", "site_id", "logged_at", "item_id", "quantity", "unit"), 20, false);
        waste = waste.filter(col("qty_kg").isNotNull().and(col("qty_kg").leq(config.maxEventKg())));
        // cell 11
        Dataset<Row> items = readCsv(spark, ctx.path(config.menuItemsPath()), null).select("item_id", "item_name", "category", "main_ingredient_id");
        // TODO(NBM201): no PySpark API member format on a value of type str
        NotTranslated.fail("NBM201", "food_waste_costing.ipynb cell 11, line 3", "no PySpark API member format on a value of type str");
        //   prices = spark.sql("""
        //       SELECT ingredient_id AS main_ingredient_id, price_month, AVG(price_per_kg_gbp) AS avg_price_per_kg_gbp
        //       FROM {0}
        //       GROUP BY ingredient_id, price_month
        //   """.format(PRICES_TABLE))
        // TODO(NBM220): name 'prices' is not defined
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 11, line 12", "name 'prices' is not defined");
        //   costed = (waste
        //             .join(items, "item_id", "left")
        //             .withColumn("price_month", F.date_format("waste_date", "yyyy-MM"))
        //             .join(prices, ["main_ingredient_id", "price_month"], "left")
        //             .withColumn("waste_cost_gbp", F.round(F.col("qty_kg") * F.col("avg_price_per_kg_gbp"), 2))
        //             .cache())
        // TODO(NBM220): name 'costed' is not defined
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 11, line 15", "name 'costed' is not defined");
        //   row_count(costed, "costed")
        // TODO(NBM220): name 'costed' is not defined
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 11, line 16", "name 'costed' is not defined");
        //   print("events without a price:", costed.filter(F.col("waste_cost_gbp").isNull()).count())
        // cell 12
        // TODO(NBM220): name 'costed' is not defined
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 12, line 1", "name 'costed' is not defined");
        //   costed.createOrReplaceTempView("waste_costed_v")
        // cell 13
        // %%sql -o by_reason: the notebook copied a sample of this result to the notebook server for plotting
        ctx.inspect().show(spark.sql("""
            SELECT reason_category, COUNT(*) AS events, ROUND(SUM(qty_kg), 1) AS kg, ROUND(SUM(waste_cost_gbp), 2) AS cost_gbp
            FROM waste_costed_v
            GROUP BY reason_category
            ORDER BY cost_gbp DESC
            """));
        // cell 14
        // TODO(NBM220): name 'costed' is not defined
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 14, line 1", "name 'costed' is not defined");
        //   waste_daily = (costed
        //                  .groupBy("site_id", "waste_date", "reason_category", F.col("category").alias("menu_category"))
        //                  .agg(F.count("*").alias("events"),
        //                       F.round(F.sum("qty_kg"), 3).alias("waste_kg"),
        //                       F.round(F.sum("waste_cost_gbp"), 2).alias("waste_cost_gbp")))
        // TODO(NBM220): name 'waste_daily' is not defined
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 14, line 6", "name 'waste_daily' is not defined");
        //   waste_daily = with_audit_columns(waste_daily, "food_waste_costing")
        // TODO(NBM220): name 'waste_daily' is not defined
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 14, line 7", "name 'waste_daily' is not defined");
        //   waste_daily.printSchema()
        // cell 15
        // TODO(NBM220): name 'waste_daily' is not defined
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 15, line 2", "name 'waste_daily' is not defined");
        //   waste_daily.coalesce(1).write.mode("overwrite").parquet(OUT_PATH)
        // TODO(NBM220): name 'waste_daily' is not defined
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 15, line 4", "name 'waste_daily' is not defined");
        //   waste_daily.write.mode("overwrite").format("parquet").saveAsTable(OUT_TABLE)
        LOG.info("rows written: {}", spark.table(config.outTable()).count());
        // cell 16
        // TODO(NBM220): name 'costed' is not defined
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 16, line 1", "name 'costed' is not defined");
        //   costed.unpersist()
    }

    /**
     * Python UDF to_kg (returns double) as a Column expression.
     */
    private static Column toKg(Column quantity, Column unit) {
        Column u = lower(trim(unit, " \t\n\u000B\f\r"));
        double LB_TO_KG = 0.45359237;
        return when(quantity.isNull().or(unit.isNull()), lit(null)).when(u.isin("kg", "kgs", "kilo", "kilos"), quantity.cast("double")).when(u.isin("g", "gr", "gram", "grams"), quantity.divide(1000.0)).when(u.isin("lb", "lbs", "pound", "pounds"), quantity.multiply(LB_TO_KG));
    }

    /**
     * Python UDF categorise_reason (returns string) as a Column expression.
     */
    private static Column categoriseReason(Column reason) {
        Column r = lower(trim(reason, " \t\n\u000B\f\r"));
        return when(reason.isNull(), "UNKNOWN").when(r.eqNullSafe(""), "UNKNOWN").when(r.contains("expir").or(r.contains("use by")).or(r.contains("use-by")).or(r.contains("out of date")), "EXPIRED").when(r.contains("spoil").or(r.contains("mould")).or(r.contains("temperature")), "SPOILAGE").when(r.contains("over").or(r.contains("batch")), "OVERPRODUCTION").when(r.contains("plate").or(r.contains("customer")), "PLATE_WASTE").when(r.contains("drop").or(r.contains("burnt")).or(r.contains("accident")), "PREP_ERROR").otherwise("OTHER");
    }

    /**
     * Python def read_csv (legacy-notebooks/utils.ipynb, cell 5, line 2:1).
     */
    private static Dataset<Row> readCsv(SparkSession spark, String path, Object schema) {
        DataFrameReader reader = spark.read().option("header", "true");
        if (schema != null) {
            reader = reader.schema((String) null);
        } else {
            reader = reader.option("inferSchema", "true");
        }
        return reader.csv(path);
    }
}
