package dev.nbmigrate.jobs.foodwastecosting;

import dev.nbmigrate.runtime.EnvVars;
import dev.nbmigrate.runtime.config.ConfigException;
import dev.nbmigrate.runtime.paths.PathResolver;
import dev.nbmigrate.runtime.paths.PathRules;
import java.util.Arrays;
import org.apache.spark.sql.SparkSession;

/**
 * Runs {@link FoodWasteCostingJob} on local Spark ({@code nbmigrate run food-waste-costing}) after creating the
 * tables it
 * reads that other jobs write, from the sample data under the local root: the given tables of
 * {@code legacy-notebooks/food_waste_costing.expect.json}. Test code, never in the job jar; the tests create
 * the same tables.
 */
final class FoodWasteCostingJobLocalRun {

    private FoodWasteCostingJobLocalRun() {}

    /** Creates the given tables, then runs the job with {@code args}. */
    public static void main(String[] args) {
        SparkSession spark = startsSpark(args)
                ? SparkSession.builder()
                        .master("local[*]")
                        .appName("food-waste-costing")
                        .getOrCreate()
                : null;
        if (spark != null) {
            createGivenTables(spark, localRoot(args));
        }
        try {
            new FoodWasteCostingJob().launch(args);
        } finally {
            if (spark != null) {
                spark.stop();
            }
        }
    }

    /**
     * Whether the job will start Spark with {@code args}: not for {@code --help}, nor for options it refuses
     * (the
     * launch reports those, and no Spark is left running when it exits).
     */
    private static boolean startsSpark(String[] args) {
        if (Arrays.stream(args).anyMatch(arg -> arg.equals("--help") || arg.equals("-h"))) {
            return false;
        }
        try {
            new FoodWasteCostingJob().bindConfig(EnvVars.system(), args);
            return true;
        } catch (ConfigException e) {
            return false;
        }
    }

    /** Creates every given table from its sources under the local root {@code root}. */
    static void createGivenTables(SparkSession spark, String root) {
        PathResolver paths = PathResolver.create("local", PathRules.none(), root);
        spark.sql("CREATE DATABASE IF NOT EXISTS foodops");
        spark.read()
                .format("csv")
                .option("header", "true")
                .schema("rate_date DATE, from_currency STRING, to_currency STRING, rate DOUBLE")
                .load(paths.resolve("wasbs://reference@contosofoodlake.blob.core.windows.net/fx_rates/"))
                .createOrReplaceTempView("fx");
        spark.read()
                .format("csv")
                .option("header", "true")
                .schema("supplier_id STRING, ingredient_id STRING, effective_date DATE, pack_size DOUBLE, "
                        + "pack_unit STRING, pack_price DOUBLE, currency_code STRING")
                .load(paths.resolve("wasbs://suppliers@contosofoodlake.blob.core.windows.net/raw/price_lists/"))
                .createOrReplaceTempView("price_lists");
        spark.read()
                .format("csv")
                .option("header", "true")
                .schema("supplier_id STRING, supplier_name STRING, country_code STRING, currency_code "
                        + "STRING, payment_terms_days INT, is_active STRING")
                .load(paths.resolve(
                        "wasbs://suppliers@contosofoodlake.blob.core.windows.net/reference/" + "suppliers/"))
                .createOrReplaceTempView("suppliers");
        spark.sql("SELECT supplier_id, supplier_name, ingredient_id, effective_date, pack_size, pack_unit, "
                        + "pack_price, currency_code, fx_rate, pack_kg, ROUND(pack_price * fx_rate / pack_kg, 4) AS "
                        + "price_per_kg_gbp, price_month FROM (SELECT p.*, s.supplier_name, CASE WHEN p.currency_code "
                        + "= 'GBP' THEN 1.0D ELSE f.rate END AS fx_rate, CASE lower(trim(p.pack_unit)) WHEN 'kg' THEN "
                        + "p.pack_size WHEN 'g' THEN p.pack_size / 1000 WHEN 'lb' THEN p.pack_size * 0.45359237D WHEN "
                        + "'l' THEN p.pack_size WHEN 'ml' THEN p.pack_size / 1000 END AS pack_kg, "
                        + "date_format(p.effective_date, 'yyyy-MM') AS price_month FROM price_lists p LEFT JOIN fx f "
                        + "ON f.to_currency = 'GBP' AND f.rate_date = p.effective_date AND f.from_currency = "
                        + "p.currency_code LEFT JOIN suppliers s ON s.supplier_id = p.supplier_id)")
                .write()
                .mode("overwrite")
                .saveAsTable("foodops.supplier_prices_gbp");
    }

    /** The local root the job will use: {@code --local-root}, else {@code NBM_LOCAL_ROOT}, else {@code lake}. */
    private static String localRoot(String[] args) {
        String root = System.getenv().getOrDefault("NBM_LOCAL_ROOT", "lake");
        for (int i = 0; i < args.length; i++) {
            String name = args[i].split("=", 2)[0].replace('_', '-');
            if (name.equals("--local-root")) {
                root = args[i].contains("=") ? args[i].split("=", 2)[1] : i + 1 < args.length ? args[i + 1] : root;
            }
        }
        return root;
    }
}
