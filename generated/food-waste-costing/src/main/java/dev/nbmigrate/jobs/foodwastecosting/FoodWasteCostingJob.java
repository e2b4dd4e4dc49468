package dev.nbmigrate.jobs.foodwastecosting;

import static org.apache.spark.sql.functions.*;

import dev.nbmigrate.runtime.HandPorts;
import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.SparkSettings;
import dev.nbmigrate.runtime.interop.PyLiterals;
import dev.nbmigrate.runtime.interop.PyTuple;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Food waste costing.
 *
 * <p>Converted by nbmigrate from {@code legacy-notebooks/food_waste_costing.ipynb}
 * (PySpark3 (pyspark3kernel), 16 cells) for Databricks 17.3 LTS (Spark 4.0, Scala 2.13).
 * Each section of the notebook is one method, run in order by {@link #run} as a named step (timed and logged);
 * every block starts with a {@code // cell N} comment naming the notebook cell it came from. MIGRATION.md lists
 * what a reviewer must check.
 */
public final class FoodWasteCostingJob extends SparkJob<FoodWasteCostingConfig> {

    private static final Logger LOG = LoggerFactory.getLogger(FoodWasteCostingJob.class);
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
    private static final double LB_TO_KG = 0.45359237;
    private static final StructType WASTE_SCHEMA = DataTypes.createStructType(PyLiterals.list(
            DataTypes.createStructField("log_id", DataTypes.StringType, true),
            DataTypes.createStructField("site_id", DataTypes.StringType, true),
            DataTypes.createStructField("logged_at", DataTypes.StringType, true),
            DataTypes.createStructField("item_id", DataTypes.StringType, true),
            DataTypes.createStructField("quantity", DataTypes.DoubleType, true),
            DataTypes.createStructField("unit", DataTypes.StringType, true),
            DataTypes.createStructField("reason", DataTypes.StringType, true),
            DataTypes.createStructField("recorded_by", DataTypes.StringType, true),
            DataTypes.createStructField("device_id", DataTypes.StringType, true)));
    private final FoodWasteCostingHandPorts handPorts =
            HandPorts.load(FoodWasteCostingHandPorts.class, new FoodWasteCostingHandPorts() {});

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
        return SparkSettings.ansiOff("UTC").with("spark.sql.shuffle.partitions", "32");
    }

    @Override
    protected void run(JobContext ctx, FoodWasteCostingConfig config) throws Exception {
        ctx.step("Food waste costing", () -> foodWasteCosting(ctx, config));
    }

    /**
     * Food waste costing (notebook cells 2-16).
     */
    void foodWasteCosting(JobContext ctx, FoodWasteCostingConfig config) throws Exception {
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
        // cell 4
        // cell 5
        // notebook: waste_raw
        Dataset<Row> wasteRaw = spark.read().schema(WASTE_SCHEMA).json(ctx.path(config.wastePath()));
        rowCount(wasteRaw, "waste_raw");
        ctx.inspect().show(wasteRaw, 5, false);
        // cell 6
        ctx.inspect().show(wasteRaw.groupBy("unit").count().orderBy(desc("count")));
        // cell 7
        spark.udf().register("categorise_reason", CATEGORISE_REASON_UDF);
        // cell 8
        LOG.info("{} {} {}", toKg(500L, "g"), toKg(2L, "lbs"), toKg(1L, "portion"));
        // TODO(NBM201): def categorise_reason (legacy-notebooks/food_waste_costing.ipynb, cell 7, line 16:1): no
        // PySpark API member strip on a value of type None (legacy-notebooks/food_waste_costing.ipynb, cell 7, line
        // 20:9)
        handPorts.cell8Line2(ctx, config);
        //   print(categorise_reason("Over-production at lunch service"), categorise_reason(None))
        // cell 9
        Dataset<Row> waste = wasteRaw.withColumn("logged_at", to_timestamp(col("logged_at"), "yyyy-MM-dd HH:mm:ss"))
                .withColumn("waste_date", to_date(col("logged_at")))
                .withColumn("qty_kg", toKg(col("quantity"), col("unit")))
                .withColumn("reason_category", categoriseReason(col("reason")));
        Dataset<Row> unconvertible = waste.filter(col("qty_kg").isNull());
        if (ctx.inspect().enabled()) {
            ctx.inspect()
                    .value(
                            "\"events without a weight:\", unconvertible.count()",
                            "events without a weight:" + " " + String.valueOf(unconvertible.count()));
        }
        ctx.inspect().show(unconvertible.groupBy("unit").count());
        // cell 10
        // notebook: too_heavy
        Dataset<Row> tooHeavy = waste.filter(col("qty_kg").gt(config.maxEventKg()));
        ctx.inspect().show(tooHeavy.select("log_id", "site_id", "logged_at", "item_id", "quantity", "unit"), 20, false);
        waste = waste.filter(col("qty_kg").isNotNull().and(col("qty_kg").leq(config.maxEventKg())));
        // cell 11
        Dataset<Row> items = readCsv(spark, ctx.path(config.menuItemsPath()), null)
                .select("item_id", "item_name", "category", "main_ingredient_id");
        Dataset<Row> prices = spark.sql("""
            SELECT ingredient_id AS main_ingredient_id, price_month, AVG(price_per_kg_gbp) AS avg_price_per_kg_gbp
            FROM %s
            GROUP BY ingredient_id, price_month
            """.formatted(config.pricesTable()));
        Dataset<Row> costed = waste.join(items, "item_id", "left")
                .withColumn("price_month", date_format(col("waste_date"), "yyyy-MM"))
                .join(prices, new String[] {"main_ingredient_id", "price_month"}, "left")
                .withColumn("waste_cost_gbp", round(col("qty_kg").multiply(col("avg_price_per_kg_gbp")), 2))
                .cache();
        rowCount(costed, "costed");
        if (ctx.inspect().enabled()) {
            ctx.inspect()
                    .value(
                            "print",
                            "events without a price:" + " "
                                    + String.valueOf(
                                            costed.filter(col("waste_cost_gbp").isNull())
                                                    .count()));
        }
        // cell 12
        costed.createOrReplaceTempView("waste_costed_v");
        // cell 13
        // %%sql -o by_reason: the notebook copied a sample of this result to the notebook server for plotting
        ctx.inspect().show(spark.sql("""
            SELECT reason_category, COUNT(*) AS events, ROUND(SUM(qty_kg), 1) AS kg, ROUND(SUM(waste_cost_gbp), 2) AS \
            cost_gbp
            FROM waste_costed_v
            GROUP BY reason_category
            ORDER BY cost_gbp DESC
            """));
        // cell 14
        // notebook: waste_daily
        Dataset<Row> wasteDaily = costed.groupBy(
                        col("site_id"),
                        col("waste_date"),
                        col("reason_category"),
                        col("category").alias("menu_category"))
                .agg(
                        count("*").alias("events"),
                        round(sum("qty_kg"), 3).alias("waste_kg"),
                        round(sum("waste_cost_gbp"), 2).alias("waste_cost_gbp"));
        wasteDaily = withAuditColumns(wasteDaily, "food_waste_costing");
        ctx.inspect().printSchema(wasteDaily);
        // cell 15
        wasteDaily.coalesce(1).write().mode("overwrite").parquet(ctx.path(config.outPath()));
        wasteDaily.write().mode("overwrite").format("parquet").saveAsTable(config.outTable());
        if (ctx.inspect().enabled()) {
            ctx.inspect()
                    .value(
                            "\"rows written:\", spark.table(OUT_TABLE).count()",
                            "rows written:" + " "
                                    + String.valueOf(
                                            spark.table(config.outTable()).count()));
        }
        // cell 16
        costed.unpersist();
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

    /**
     * Python def row_count (legacy-notebooks/utils.ipynb, cell 5, line 20:1).
     */
    private static long rowCount(Dataset<Row> df, String label) {
        long n = df.count();
        logFn(label + ": " + String.valueOf(n) + " rows");
        return n;
    }

    /**
     * Python UDF to_kg (returns double) as a Column expression.
     */
    private static Column toKg(Column quantity, Column unit) {
        Column u = lower(btrim(unit, lit(" \t\n\u000B\f\r")));
        double lbToKg = 0.45359237;
        return when(quantity.isNull().or(unit.isNull()), lit(null))
                .when(u.isin("kg", "kgs", "kilo", "kilos"), quantity.cast("double"))
                .when(u.isin("g", "gr", "gram", "grams"), quantity.divide(1000.0))
                .when(u.isin("lb", "lbs", "pound", "pounds"), quantity.multiply(lbToKg));
    }

    /**
     * Python UDF categorise_reason (returns string) as a Column expression.
     */
    private static Column categoriseReason(Column reason) {
        Column r = lower(btrim(reason, lit(" \t\n\u000B\f\r")));
        return when(reason.isNull(), "UNKNOWN")
                .when(r.eqNullSafe(""), "UNKNOWN")
                .when(
                        r.contains("expir")
                                .or(r.contains("use by"))
                                .or(r.contains("use-by"))
                                .or(r.contains("out of date")),
                        "EXPIRED")
                .when(r.contains("spoil").or(r.contains("mould")).or(r.contains("temperature")), "SPOILAGE")
                .when(r.contains("over").or(r.contains("batch")), "OVERPRODUCTION")
                .when(r.contains("plate").or(r.contains("customer")), "PLATE_WASTE")
                .when(r.contains("drop").or(r.contains("burnt")).or(r.contains("accident")), "PREP_ERROR")
                .otherwise("OTHER");
    }

    /**
     * Python UDF categorise_reason (returns string) as a typed Java UDF.
     */
    private static final UserDefinedFunction CATEGORISE_REASON_UDF = udf(
            (UDF1<String, String>) reason -> {
                if (reason == null) {
                    return "UNKNOWN";
                }
                String r = reason.strip().toLowerCase(Locale.ROOT);
                if (r.equals("")) {
                    return "UNKNOWN";
                } else {
                    if (r.contains("expir")
                            || r.contains("use by")
                            || r.contains("use-by")
                            || r.contains("out of date")) {
                        return "EXPIRED";
                    } else {
                        if (r.contains("spoil") || r.contains("mould") || r.contains("temperature")) {
                            return "SPOILAGE";
                        } else {
                            if (r.contains("over") || r.contains("batch")) {
                                return "OVERPRODUCTION";
                            } else {
                                if (r.contains("plate") || r.contains("customer")) {
                                    return "PLATE_WASTE";
                                } else {
                                    if (r.contains("drop") || r.contains("burnt") || r.contains("accident")) {
                                        return "PREP_ERROR";
                                    } else {
                                        return "OTHER";
                                    }
                                }
                            }
                        }
                    }
                }
            },
            DataTypes.StringType);

    /**
     * Python def to_kg (legacy-notebooks/food_waste_costing.ipynb, cell 7, line 1:1).
     */
    private static Double toKg(Long quantity, String unit) {
        double lbToKg = 0.45359237;
        if (quantity == null || unit == null) {
            return null;
        }
        String u = unit.strip().toLowerCase(Locale.ROOT);
        if (PyTuple.of("kg", "kgs", "kilo", "kilos").contains(u)) {
            return (double) quantity;
        } else {
            if (PyTuple.of("g", "gr", "gram", "grams").contains(u)) {
                return (double) quantity / 1000.0;
            } else {
                if (PyTuple.of("lb", "lbs", "pound", "pounds").contains(u)) {
                    return quantity * lbToKg;
                } else {
                    return null;
                }
            }
        }
    }

    /**
     * Python def categorise_reason (legacy-notebooks/food_waste_costing.ipynb, cell 7, line 16:1).
     */
    private static String categoriseReason(String reason) {
        if (reason == null) {
            return "UNKNOWN";
        }
        String r = reason.strip().toLowerCase(Locale.ROOT);
        if (r.equals("")) {
            return "UNKNOWN";
        } else {
            if (r.contains("expir") || r.contains("use by") || r.contains("use-by") || r.contains("out of date")) {
                return "EXPIRED";
            } else {
                if (r.contains("spoil") || r.contains("mould") || r.contains("temperature")) {
                    return "SPOILAGE";
                } else {
                    if (r.contains("over") || r.contains("batch")) {
                        return "OVERPRODUCTION";
                    } else {
                        if (r.contains("plate") || r.contains("customer")) {
                            return "PLATE_WASTE";
                        } else {
                            if (r.contains("drop") || r.contains("burnt") || r.contains("accident")) {
                                return "PREP_ERROR";
                            } else {
                                return "OTHER";
                            }
                        }
                    }
                }
            }
        }
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

    /**
     * Python def with_audit_columns (legacy-notebooks/utils.ipynb, cell 5, line 11:1).
     */
    private static Dataset<Row> withAuditColumns(Dataset<Row> df, String jobName) {
        return df.withColumn("_job", lit(jobName)).withColumn("_loaded_at", current_timestamp());
    }
}
