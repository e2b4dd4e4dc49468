package dev.nbmigrate.jobs.foodwastecosting;

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
        // cell 4
        // cell 5
        Dataset<Row> waste_raw = spark.read().schema(WASTE_SCHEMA).json(ctx.path(config.wastePath()));
        // TODO(NBM220): 'row_count' comes from a step that was not translated (utils.ipynb cell 5, line 20)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 5, line 14", "'row_count' comes from a step that was not translated (utils.ipynb cell 5, line 20)");
        //   row_count(waste_raw, "waste_raw")
        ctx.inspect().show(waste_raw, 5, false);
        // cell 6
        ctx.inspect().show(waste_raw.groupBy("unit").count().orderBy(desc("count")));
        // cell 7
        // TODO(NBM219): no Java for the Python statement FunctionDef
        NotTranslated.fail("NBM219", "food_waste_costing.ipynb cell 7, line 1", "no Java for the Python statement FunctionDef");
        //   def to_kg(quantity, unit):
        //       """Weight in kg; None when the unit is not a weight (portions, trays...)."""
        //       if quantity is None or unit is None:
        //           return None
        //       u = unit.strip().lower()
        //       if u in ("kg", "kgs", "kilo", "kilos"):
        //           return float(quantity)
        //       elif u in ("g", "gr", "gram", "grams"):
        //           return quantity / 1000.0
        //       elif u in ("lb", "lbs", "pound", "pounds"):
        //           return quantity * LB_TO_KG
        //       else:
        // TODO(NBM219): no Java for the Python statement FunctionDef
        NotTranslated.fail("NBM219", "food_waste_costing.ipynb cell 7, line 16", "no Java for the Python statement FunctionDef");
        //   def categorise_reason(reason):
        //       """Map the chefs' free text onto the sustainability report's categories. Order matters."""
        //       if reason is None:
        //           return "UNKNOWN"
        //       r = reason.strip().lower()
        //       if r == "":
        //           return "UNKNOWN"
        //       elif "expir" in r or "use by" in r or "use-by" in r or "out of date" in r:
        //           return "EXPIRED"
        //       elif "spoil" in r or "mould" in r or "temperature" in r:
        //           return "SPOILAGE"
        //       elif "over" in r or "batch" in r:
        // TODO(NBM220): 'to_kg' comes from a step that was not translated (food_waste_costing.ipynb cell 7, line 1)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 7, line 37", "'to_kg' comes from a step that was not translated (food_waste_costing.ipynb cell 7, line 1)");
        //   to_kg_udf = F.udf(to_kg, DoubleType())
        // TODO(NBM220): 'categorise_reason' comes from a step that was not translated (food_waste_costing.ipynb cell 7, line 16)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 7, line 38", "'categorise_reason' comes from a step that was not translated (food_waste_costing.ipynb cell 7, line 16)");
        //   reason_udf = F.udf(categorise_reason, StringType())
        // TODO(NBM220): 'categorise_reason' comes from a step that was not translated (food_waste_costing.ipynb cell 7, line 16)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 7, line 39", "'categorise_reason' comes from a step that was not translated (food_waste_costing.ipynb cell 7, line 16)");
        //   spark.udf.register("categorise_reason", categorise_reason, StringType())
        // cell 8
        // TODO(NBM220): 'to_kg' comes from a step that was not translated (food_waste_costing.ipynb cell 7, line 1)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 8, line 1", "'to_kg' comes from a step that was not translated (food_waste_costing.ipynb cell 7, line 1)");
        //   print(to_kg(500, "g"), to_kg(2, "lbs"), to_kg(1, "portion"))
        // TODO(NBM220): 'categorise_reason' comes from a step that was not translated (food_waste_costing.ipynb cell 7, line 16)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 8, line 2", "'categorise_reason' comes from a step that was not translated (food_waste_costing.ipynb cell 7, line 16)");
        //   print(categorise_reason("Over-production at lunch service"), categorise_reason(None))
        // cell 9
        // TODO(NBM220): 'to_kg_udf' comes from a step that was not translated (food_waste_costing.ipynb cell 7, line 37)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 9, line 4", "'to_kg_udf' comes from a step that was not translated (food_waste_costing.ipynb cell 7, line 37)");
        //   waste = (waste_raw
        //            .withColumn("logged_at", F.to_timestamp("logged_at", "yyyy-MM-dd HH:mm:ss"))
        //            .withColumn("waste_date", F.to_date("logged_at"))
        //            .withColumn("qty_kg", to_kg_udf(F.col("quantity"), F.col("unit")))
        //            .withColumn("reason_category", reason_udf(F.col("reason"))))
        // TODO(NBM220): 'waste' comes from a step that was not translated (food_waste_costing.ipynb cell 9, line 4)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 9, line 7", "'waste' comes from a step that was not translated (food_waste_costing.ipynb cell 9, line 4)");
        //   unconvertible = waste.filter(F.col("qty_kg").isNull())
        // TODO(NBM220): 'unconvertible' comes from a step that was not translated (food_waste_costing.ipynb cell 9, line 7)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 9, line 8", "'unconvertible' comes from a step that was not translated (food_waste_costing.ipynb cell 9, line 7)");
        //   print("events without a weight:", unconvertible.count())
        // TODO(NBM220): 'unconvertible' comes from a step that was not translated (food_waste_costing.ipynb cell 9, line 7)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 9, line 9", "'unconvertible' comes from a step that was not translated (food_waste_costing.ipynb cell 9, line 7)");
        //   unconvertible.groupBy("unit").count().show()
        // cell 10
        // TODO(NBM220): 'waste' comes from a step that was not translated (food_waste_costing.ipynb cell 9, line 4)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 10, line 1", "'waste' comes from a step that was not translated (food_waste_costing.ipynb cell 9, line 4)");
        //   too_heavy = waste.filter(F.col("qty_kg") > MAX_EVENT_KG)
        // TODO(NBM220): 'too_heavy' comes from a step that was not translated (food_waste_costing.ipynb cell 10, line 1)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 10, line 2", "'too_heavy' comes from a step that was not translated (food_waste_costing.ipynb cell 10, line 1)");
        //   too_heavy.select("log_id", "site_id", "logged_at", "item_id", "quantity", "unit").show(truncate=False)
        // TODO(NBM220): 'waste' comes from a step that was not translated (food_waste_costing.ipynb cell 9, line 4)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 10, line 4", "'waste' comes from a step that was not translated (food_waste_costing.ipynb cell 9, line 4)");
        //   waste = waste.filter(F.col("qty_kg").isNotNull() & (F.col("qty_kg") <= MAX_EVENT_KG))
        // cell 11
        // TODO(NBM220): 'read_csv' comes from a step that was not translated (utils.ipynb cell 5, line 2)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 11, line 1", "'read_csv' comes from a step that was not translated (utils.ipynb cell 5, line 2)");
        //   items = read_csv(MENU_ITEMS_PATH).select("item_id", "item_name", "category", "main_ingredient_id")
        // TODO(NBM201): no PySpark API member format on a value of type str
        NotTranslated.fail("NBM201", "food_waste_costing.ipynb cell 11, line 3", "no PySpark API member format on a value of type str");
        //   prices = spark.sql("""
        //       SELECT ingredient_id AS main_ingredient_id, price_month, AVG(price_per_kg_gbp) AS avg_price_per_kg_gbp
        //       FROM {0}
        //       GROUP BY ingredient_id, price_month
        //   """.format(PRICES_TABLE))
        // TODO(NBM220): 'waste' comes from a step that was not translated (food_waste_costing.ipynb cell 9, line 4)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 11, line 9", "'waste' comes from a step that was not translated (food_waste_costing.ipynb cell 9, line 4)");
        //   costed = (waste
        //             .join(items, "item_id", "left")
        //             .withColumn("price_month", F.date_format("waste_date", "yyyy-MM"))
        //             .join(prices, ["main_ingredient_id", "price_month"], "left")
        //             .withColumn("waste_cost_gbp", F.round(F.col("qty_kg") * F.col("avg_price_per_kg_gbp"), 2))
        //             .cache())
        // TODO(NBM220): 'row_count' comes from a step that was not translated (utils.ipynb cell 5, line 20)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 11, line 15", "'row_count' comes from a step that was not translated (utils.ipynb cell 5, line 20)");
        //   row_count(costed, "costed")
        // TODO(NBM220): 'costed' comes from a step that was not translated (food_waste_costing.ipynb cell 11, line 9)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 11, line 16", "'costed' comes from a step that was not translated (food_waste_costing.ipynb cell 11, line 9)");
        //   print("events without a price:", costed.filter(F.col("waste_cost_gbp").isNull()).count())
        // cell 12
        // TODO(NBM220): 'costed' comes from a step that was not translated (food_waste_costing.ipynb cell 11, line 9)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 12, line 1", "'costed' comes from a step that was not translated (food_waste_costing.ipynb cell 11, line 9)");
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
        // TODO(NBM220): 'costed' comes from a step that was not translated (food_waste_costing.ipynb cell 11, line 9)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 14, line 1", "'costed' comes from a step that was not translated (food_waste_costing.ipynb cell 11, line 9)");
        //   waste_daily = (costed
        //                  .groupBy("site_id", "waste_date", "reason_category", F.col("category").alias("menu_category"))
        //                  .agg(F.count("*").alias("events"),
        //                       F.round(F.sum("qty_kg"), 3).alias("waste_kg"),
        //                       F.round(F.sum("waste_cost_gbp"), 2).alias("waste_cost_gbp")))
        // TODO(NBM220): 'with_audit_columns' comes from a step that was not translated (utils.ipynb cell 5, line 11)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 14, line 6", "'with_audit_columns' comes from a step that was not translated (utils.ipynb cell 5, line 11)");
        //   waste_daily = with_audit_columns(waste_daily, "food_waste_costing")
        // TODO(NBM220): 'waste_daily' comes from a step that was not translated (food_waste_costing.ipynb cell 14, line 1)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 14, line 7", "'waste_daily' comes from a step that was not translated (food_waste_costing.ipynb cell 14, line 1)");
        //   waste_daily.printSchema()
        // cell 15
        // TODO(NBM220): 'waste_daily' comes from a step that was not translated (food_waste_costing.ipynb cell 14, line 1)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 15, line 2", "'waste_daily' comes from a step that was not translated (food_waste_costing.ipynb cell 14, line 1)");
        //   waste_daily.coalesce(1).write.mode("overwrite").parquet(OUT_PATH)
        // TODO(NBM220): 'waste_daily' comes from a step that was not translated (food_waste_costing.ipynb cell 14, line 1)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 15, line 4", "'waste_daily' comes from a step that was not translated (food_waste_costing.ipynb cell 14, line 1)");
        //   waste_daily.write.mode("overwrite").format("parquet").saveAsTable(OUT_TABLE)
        LOG.info("rows written: {}", spark.table(config.outTable()).count());
        // cell 16
        // TODO(NBM220): 'costed' comes from a step that was not translated (food_waste_costing.ipynb cell 11, line 9)
        NotTranslated.fail("NBM220", "food_waste_costing.ipynb cell 16, line 1", "'costed' comes from a step that was not translated (food_waste_costing.ipynb cell 11, line 9)");
        //   costed.unpersist()
    }
}
