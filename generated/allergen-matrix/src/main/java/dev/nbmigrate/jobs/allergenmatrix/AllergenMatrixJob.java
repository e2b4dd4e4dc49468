package dev.nbmigrate.jobs.allergenmatrix;

import static org.apache.spark.sql.functions.*;

import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.SparkSettings;
import dev.nbmigrate.runtime.interop.PyLiterals;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Menu allergen matrix (EU 1169/2011, 14 allergens).
 *
 * <p>Converted by nbmigrate from {@code legacy-notebooks/allergen_matrix.ipynb}
 * (PySpark3 (pyspark3kernel), 10 cells) for Databricks 17.3 LTS (Spark 4.0, Scala 2.13).
 * Each section of the notebook is one method, run in order by {@link #run} as a named step (timed and logged);
 * every block starts with a {@code // cell N} comment naming the notebook cell it came from. MIGRATION.md lists
 * what a reviewer must check.
 */
public final class AllergenMatrixJob extends SparkJob<AllergenMatrixConfig> {

    private static final Logger LOG = LoggerFactory.getLogger(AllergenMatrixJob.class);
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
    private static final List<String> EU14 = PyLiterals.list(
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
            "SULPHITES");
    private static final StructType INGREDIENT_SCHEMA = DataTypes.createStructType(PyLiterals.list(
            DataTypes.createStructField("ingredient_id", DataTypes.StringType, false),
            DataTypes.createStructField("ingredient_name", DataTypes.StringType, true),
            DataTypes.createStructField("ingredient_group", DataTypes.StringType, true),
            DataTypes.createStructField("allergens", DataTypes.StringType, true),
            DataTypes.createStructField("base_unit", DataTypes.StringType, true)));

    /** Runs the job from the command line or as a Databricks JAR task. */
    public static void main(String[] args) {
        new AllergenMatrixJob().launch(args);
    }

    /** The job, named {@code allergen-matrix} in logs, options and environment variables. */
    public AllergenMatrixJob() {
        super("allergen-matrix", AllergenMatrixConfig.class);
    }

    /**
     * ANSI mode off as the legacy notebook ran, session time zone UTC.
     */
    @Override
    protected SparkSettings sparkSettings() {
        return SparkSettings.ansiOff("UTC");
    }

    @Override
    protected void run(JobContext ctx, AllergenMatrixConfig config) throws Exception {
        ctx.step(
                "Menu allergen matrix (EU 1169/2011, 14 allergens)",
                () -> menuAllergenMatrixEu1169201114Allergens(ctx, config));
    }

    /**
     * Menu allergen matrix (EU 1169/2011, 14 allergens) (notebook cells 2-10).
     */
    void menuAllergenMatrixEu1169201114Allergens(JobContext ctx, AllergenMatrixConfig config) throws Exception {
        SparkSession spark = ctx.spark();
        // cell 2
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
        // cell 3
        // cell 4
        Dataset<Row> items = readCsv(spark, ctx.path(config.menuItemsPath()), null);
        Dataset<Row> ingredients = readCsv(spark, ctx.path(config.ingredientsPath()), INGREDIENT_SCHEMA);
        // notebook: allergen_ref
        Dataset<Row> allergenRef = readCsv(spark, ctx.path(config.allergensPath()), null);
        if (ctx.inspect().enabled()) {
            ctx.inspect()
                    .value(
                            "print",
                            String.valueOf(items.count()) + " " + String.valueOf(ingredients.count()) + " "
                                    + String.valueOf(allergenRef.count()));
        }
        // cell 5
        // notebook: item_ingredients
        Dataset<Row> itemIngredients = items.withColumn("ingredient_id", explode(split(col("ingredient_ids"), ";")))
                .withColumn("ingredient_id", trim(col("ingredient_id")))
                .select("item_id", "item_name", "category", "ingredient_id");
        // notebook: ingredient_allergens
        Dataset<Row> ingredientAllergens = ingredients
                .filter(col("allergens").isNotNull().and(col("allergens").notEqual("")))
                .withColumn("allergen_code", explode(split(col("allergens"), "\\|")))
                .select("ingredient_id", "allergen_code");
        ctx.inspect().show(itemIngredients, 5);
        // cell 6
        Dataset<Row> unknown = ingredientAllergens.join(allergenRef, "allergen_code", "left_anti");
        // notebook: n_unknown
        long nUnknown = unknown.count();
        LOG.info("unknown allergen codes: {}", nUnknown);
        if (nUnknown > 0) {
            ctx.inspect().show(unknown);
            throw new IllegalArgumentException("fix ingredients.csv first");
        }
        // cell 7
        // notebook: item_allergens
        Dataset<Row> itemAllergens = itemIngredients
                .join(ingredientAllergens, "ingredient_id", "left")
                .groupBy("item_id", "item_name", "category")
                .agg(
                        sort_array(collect_set("allergen_code")).alias("allergens"),
                        collect_set("ingredient_id").alias("ingredient_set"))
                .withColumn("allergen_count", size(col("allergens")));
        ctx.inspect()
                .show(
                        itemAllergens
                                .select("item_id", "item_name", "category", "allergens", "allergen_count")
                                .orderBy("item_id"),
                        30,
                        false);
        // cell 8
        Dataset<Row> matrix = itemIngredients
                .join(ingredientAllergens, "ingredient_id", "left")
                .select("item_id", "item_name", "category", "allergen_code")
                .distinct()
                .groupBy("item_id", "item_name", "category")
                .pivot("allergen_code", new ArrayList<>((Collection<?>) EU14))
                .agg(count(lit(1)))
                .na()
                .fill(0);
        // notebook: matrix_out
        Dataset<Row> matrixOut = matrix.join(
                        itemAllergens.select(
                                col("item_id"),
                                concat_ws(", ", col("allergens")).alias("allergen_list"),
                                col("allergen_count")),
                        "item_id")
                .orderBy("item_id");
        matrixOut.cache();
        ctx.inspect().show(matrixOut.drop("allergen_list"), 30);
        // cell 9
        ctx.inspect()
                .show(matrixOut.filter(col("allergen_count").equalTo(0)).select("item_id", "item_name"), 20, false);
        // cell 10
        matrixOut.coalesce(1).write().mode("overwrite").option("header", "true").csv(ctx.path(config.exportPath()));
        spark.sql("CREATE DATABASE IF NOT EXISTS %s".formatted(HIVE_DB));
        matrixOut.write().mode("overwrite").format("parquet").saveAsTable(config.outTable());
        logFn("allergen matrix published: " + String.valueOf(matrixOut.count()) + " items");
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
     * Python def read_csv (legacy-notebooks/utils.ipynb, cell 5, line 2:1).
     */
    private static Dataset<Row> readCsv(SparkSession spark, String path, StructType schema) {
        DataFrameReader reader = spark.read().option("header", "true");
        if (schema != null) {
            reader = reader.schema(schema);
        } else {
            reader = reader.option("inferSchema", "true");
        }
        return reader.csv(path);
    }

    /**
     * Python def log (legacy-notebooks/utils.ipynb, cell 5, line 16:1).
     */
    private static void logFn(String msg) {
        LOG.info("{}", "[" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + msg);
    }
}
