package dev.nbmigrate.jobs.allergenmatrix;

import static org.apache.spark.sql.functions.*;

import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.NotTranslated;
import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.SparkSettings;
import dev.nbmigrate.runtime.interop.PyLiterals;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Menu allergen matrix (EU 1169/2011, 14 allergens).
 *
 * <p>Converted by nbmigrate from {@code legacy-notebooks/allergen_matrix.ipynb}
 * (PySpark3 (pyspark3kernel), 10 cells) for Databricks 17.3 LTS (Spark 4.0, Scala 2.13).
 * Each section of the notebook is one method, called in order by {@link #run}; every block starts with a
 * {@code // cell N} comment naming the notebook cell it came from. MIGRATION.md lists what a reviewer must check.
 */
public final class AllergenMatrixJob extends SparkJob<AllergenMatrixConfig> {

    private static final String STORAGE_ACCOUNT = "contosofoodlake";
    private static final String BLOB_SUFFIX = "blob.core.windows.net";
    private static final String HIVE_DB = "foodops";
    private static final String DATE_FMT = "%Y-%m-%d";
    private static final List<String> EU_14 = PyLiterals.list("CELERY", "GLUTEN", "CRUSTACEANS", "EGGS", "FISH", "LUPIN", "MILK", "MOLLUSCS", "MUSTARD", "NUTS", "PEANUTS", "SESAME", "SOYA", "SULPHITES");
    private static final StructType INGREDIENT_SCHEMA = DataTypes.createStructType(PyLiterals.list(DataTypes.createStructField("ingredient_id", DataTypes.StringType, false), DataTypes.createStructField("ingredient_name", DataTypes.StringType, true), DataTypes.createStructField("ingredient_group", DataTypes.StringType, true), DataTypes.createStructField("allergens", DataTypes.StringType, true), DataTypes.createStructField("base_unit", DataTypes.StringType, true)));

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
        menuAllergenMatrixEu1169201114Allergens(ctx, config);
    }

    /**
     * Menu allergen matrix (EU 1169/2011, 14 allergens) (notebook cells 2-10).
     */
    void menuAllergenMatrixEu1169201114Allergens(JobContext ctx, AllergenMatrixConfig config) throws Exception {
        // cell 2
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
        // cell 3
        // cell 4
        // TODO(NBM220): 'read_csv' comes from a step that was not translated (utils.ipynb cell 5, line 2)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 4, line 9", "'read_csv' comes from a step that was not translated (utils.ipynb cell 5, line 2)");
        //   items = read_csv(MENU_ITEMS_PATH)
        // TODO(NBM220): 'read_csv' comes from a step that was not translated (utils.ipynb cell 5, line 2)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 4, line 10", "'read_csv' comes from a step that was not translated (utils.ipynb cell 5, line 2)");
        //   ingredients = read_csv(INGREDIENTS_PATH, ingredient_schema)
        // TODO(NBM220): 'read_csv' comes from a step that was not translated (utils.ipynb cell 5, line 2)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 4, line 11", "'read_csv' comes from a step that was not translated (utils.ipynb cell 5, line 2)");
        //   allergen_ref = read_csv(ALLERGENS_PATH)
        // TODO(NBM220): 'items' comes from a step that was not translated (allergen_matrix.ipynb cell 4, line 9)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 4, line 13", "'items' comes from a step that was not translated (allergen_matrix.ipynb cell 4, line 9)");
        //   print(items.count(), ingredients.count(), allergen_ref.count())
        // cell 5
        // TODO(NBM220): 'items' comes from a step that was not translated (allergen_matrix.ipynb cell 4, line 9)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 5, line 1", "'items' comes from a step that was not translated (allergen_matrix.ipynb cell 4, line 9)");
        //   item_ingredients = (items
        //                       .withColumn("ingredient_id", F.explode(F.split(F.col("ingredient_ids"), ";")))
        //                       .withColumn("ingredient_id", F.trim(F.col("ingredient_id")))
        //                       .select("item_id", "item_name", "category", "ingredient_id"))
        // TODO(NBM220): 'ingredients' comes from a step that was not translated (allergen_matrix.ipynb cell 4, line 10)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 5, line 6", "'ingredients' comes from a step that was not translated (allergen_matrix.ipynb cell 4, line 10)");
        //   ingredient_allergens = (ingredients
        //                           .filter(F.col("allergens").isNotNull() & (F.col("allergens") != ""))
        //                           .withColumn("allergen_code", F.explode(F.split(F.col("allergens"), "\\|")))
        //                           .select("ingredient_id", "allergen_code"))
        // TODO(NBM220): 'item_ingredients' comes from a step that was not translated (allergen_matrix.ipynb cell 5, line 1)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 5, line 11", "'item_ingredients' comes from a step that was not translated (allergen_matrix.ipynb cell 5, line 1)");
        //   item_ingredients.show(5)
        // cell 6
        // TODO(NBM220): 'ingredient_allergens' comes from a step that was not translated (allergen_matrix.ipynb cell 5, line 6)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 6, line 2", "'ingredient_allergens' comes from a step that was not translated (allergen_matrix.ipynb cell 5, line 6)");
        //   unknown = ingredient_allergens.join(allergen_ref, "allergen_code", "left_anti")
        // TODO(NBM220): 'unknown' comes from a step that was not translated (allergen_matrix.ipynb cell 6, line 2)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 6, line 3", "'unknown' comes from a step that was not translated (allergen_matrix.ipynb cell 6, line 2)");
        //   n_unknown = unknown.count()
        // TODO(NBM220): 'n_unknown' comes from a step that was not translated (allergen_matrix.ipynb cell 6, line 3)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 6, line 4", "'n_unknown' comes from a step that was not translated (allergen_matrix.ipynb cell 6, line 3)");
        //   print("unknown allergen codes:", n_unknown)
        // TODO(NBM220): 'n_unknown' comes from a step that was not translated (allergen_matrix.ipynb cell 6, line 3)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 6, line 5", "'n_unknown' comes from a step that was not translated (allergen_matrix.ipynb cell 6, line 3)");
        //   if n_unknown > 0:
        //       unknown.show()
        //       raise ValueError("fix ingredients.csv first")
        // cell 7
        // TODO(NBM220): 'item_ingredients' comes from a step that was not translated (allergen_matrix.ipynb cell 5, line 1)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 7, line 1", "'item_ingredients' comes from a step that was not translated (allergen_matrix.ipynb cell 5, line 1)");
        //   item_allergens = (item_ingredients
        //                     .join(ingredient_allergens, "ingredient_id", "left")
        //                     .groupBy("item_id", "item_name", "category")
        //                     .agg(F.sort_array(F.collect_set("allergen_code")).alias("allergens"),
        //                          F.collect_set("ingredient_id").alias("ingredient_set"))
        //                     .withColumn("allergen_count", F.size("allergens")))
        // TODO(NBM220): 'item_allergens' comes from a step that was not translated (allergen_matrix.ipynb cell 7, line 1)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 7, line 8", "'item_allergens' comes from a step that was not translated (allergen_matrix.ipynb cell 7, line 1)");
        //   item_allergens.select("item_id", "item_name", "category", "allergens", "allergen_count") \
        //       .orderBy("item_id").show(30, truncate=False)
        // cell 8
        // TODO(NBM220): 'item_ingredients' comes from a step that was not translated (allergen_matrix.ipynb cell 5, line 1)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 8, line 1", "'item_ingredients' comes from a step that was not translated (allergen_matrix.ipynb cell 5, line 1)");
        //   matrix = (item_ingredients
        //             .join(ingredient_allergens, "ingredient_id", "left")
        //             .select("item_id", "item_name", "category", "allergen_code")
        //             .distinct()
        //             .groupBy("item_id", "item_name", "category")
        //             .pivot("allergen_code", EU_14)
        //             .agg(F.count(F.lit(1)))
        //             .na.fill(0))
        // TODO(NBM220): 'matrix' comes from a step that was not translated (allergen_matrix.ipynb cell 8, line 1)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 8, line 10", "'matrix' comes from a step that was not translated (allergen_matrix.ipynb cell 8, line 1)");
        //   matrix_out = (matrix
        //                 .join(item_allergens.select("item_id",
        //                                             F.concat_ws(", ", "allergens").alias("allergen_list"),
        //                                             "allergen_count"),
        //                       "item_id")
        //                 .orderBy("item_id"))
        // TODO(NBM220): 'matrix_out' comes from a step that was not translated (allergen_matrix.ipynb cell 8, line 10)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 8, line 16", "'matrix_out' comes from a step that was not translated (allergen_matrix.ipynb cell 8, line 10)");
        //   matrix_out.cache()
        // TODO(NBM220): 'matrix_out' comes from a step that was not translated (allergen_matrix.ipynb cell 8, line 10)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 8, line 17", "'matrix_out' comes from a step that was not translated (allergen_matrix.ipynb cell 8, line 10)");
        //   matrix_out.drop("allergen_list").show(30)
        // cell 9
        // TODO(NBM220): 'matrix_out' comes from a step that was not translated (allergen_matrix.ipynb cell 8, line 10)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 9, line 2", "'matrix_out' comes from a step that was not translated (allergen_matrix.ipynb cell 8, line 10)");
        //   matrix_out.filter(F.col("allergen_count") == 0).select("item_id", "item_name").show(truncate=False)
        // cell 10
        // TODO(NBM220): 'matrix_out' comes from a step that was not translated (allergen_matrix.ipynb cell 8, line 10)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 10, line 1", "'matrix_out' comes from a step that was not translated (allergen_matrix.ipynb cell 8, line 10)");
        //   (matrix_out
        //    .coalesce(1)
        //    .write.mode("overwrite")
        //    .option("header", "true")
        //    .csv(EXPORT_PATH))
        // TODO(NBM220): 'matrix_out' comes from a step that was not translated (allergen_matrix.ipynb cell 8, line 10)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 10, line 7", "'matrix_out' comes from a step that was not translated (allergen_matrix.ipynb cell 8, line 10)");
        //   matrix_out.write.mode("overwrite").format("parquet").saveAsTable(OUT_TABLE)
        // TODO(NBM220): 'log' comes from a step that was not translated (utils.ipynb cell 5, line 16)
        NotTranslated.fail("NBM220", "allergen_matrix.ipynb cell 10, line 8", "'log' comes from a step that was not translated (utils.ipynb cell 5, line 16)");
        //   log("allergen matrix published: {0} items".format(matrix_out.count()))
    }
}
