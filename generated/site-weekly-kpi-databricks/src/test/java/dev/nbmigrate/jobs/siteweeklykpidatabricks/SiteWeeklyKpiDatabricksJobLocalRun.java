package dev.nbmigrate.jobs.siteweeklykpidatabricks;

import dev.nbmigrate.runtime.EnvVars;
import dev.nbmigrate.runtime.config.ConfigException;
import dev.nbmigrate.runtime.paths.PathResolver;
import dev.nbmigrate.runtime.paths.PathRules;
import java.util.Arrays;
import org.apache.spark.sql.SparkSession;

/**
 * Runs {@link SiteWeeklyKpiDatabricksJob} on local Spark ({@code nbmigrate run site-weekly-kpi-databricks})
 * after creating the tables it
 * reads that other jobs write, from the sample data under the local root: the given tables of
 * {@code legacy-notebooks/site_weekly_kpi_databricks.expect.json}. Test code, never in the job jar; the tests
 * create the same tables.
 */
final class SiteWeeklyKpiDatabricksJobLocalRun {

    private SiteWeeklyKpiDatabricksJobLocalRun() {}

    /** Creates the given tables, then runs the job with {@code args}. */
    public static void main(String[] args) {
        SparkSession spark = startsSpark(args)
                ? SparkSession.builder()
                        .master("local[*]")
                        .appName("site-weekly-kpi-databricks")
                        .getOrCreate()
                : null;
        if (spark != null) {
            createGivenTables(spark, localRoot(args));
        }
        try {
            new SiteWeeklyKpiDatabricksJob().launch(args);
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
            new SiteWeeklyKpiDatabricksJob().bindConfig(EnvVars.system(), args);
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
                .schema("site_id STRING, business_date DATE, covers INT, transactions INT, gross_sales "
                        + "DOUBLE, discount_amount DOUBLE, net_sales DOUBLE, currency_code STRING")
                .load(paths.resolve("wasbs://sales@contosofoodlake.blob.core.windows.net/raw/daily_sales/"))
                .createOrReplaceTempView("sales");
        spark.read()
                .format("csv")
                .option("header", "true")
                .schema("site_id STRING, site_name STRING, site_type STRING, brand STRING, city STRING, "
                        + "country_code STRING, currency_code STRING, region STRING, seats INT, opened_date DATE")
                .load(paths.resolve("wasbs://reference@contosofoodlake.blob.core.windows.net/sites/sites.csv"))
                .createOrReplaceTempView("sites");
        spark.sql("SELECT s.site_id, t.site_name, t.site_type, t.country_code, t.region, s.currency_code, "
                        + "s.covers, s.transactions, s.gross_sales, s.discount_amount, s.net_sales, ROUND(s.net_sales /"
                        + " s.covers, 2) AS avg_spend_per_cover, ROUND(s.covers / s.transactions, 2) AS "
                        + "avg_party_size, ROUND(s.discount_amount * 100 / s.gross_sales, 2) AS discount_pct, "
                        + "date_format(s.business_date, 'yyyy-MM-dd') AS business_date FROM (SELECT *, ROW_NUMBER() "
                        + "OVER (PARTITION BY site_id, business_date ORDER BY covers DESC, net_sales DESC) AS copy "
                        + "FROM sales WHERE business_date BETWEEN DATE'2024-01-01' AND DATE'2024-03-31' AND covers IS "
                        + "NOT NULL AND covers >= 1) s LEFT JOIN sites t ON s.site_id = t.site_id WHERE s.copy = 1")
                .write()
                .mode("overwrite")
                .saveAsTable("foodops.daily_site_sales");
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
                .schema("item_id STRING, item_name STRING, category STRING, ingredient_ids STRING, "
                        + "main_ingredient_id STRING, portion_g INT, is_vegetarian BOOLEAN")
                .load(paths.resolve("wasbs://menu@contosofoodlake.blob.core.windows.net/items/menu_items.csv"))
                .createOrReplaceTempView("items");
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
        spark.read()
                .format("json")
                .schema("log_id STRING, site_id STRING, logged_at STRING, item_id STRING, quantity DOUBLE, "
                        + "unit STRING, reason STRING, recorded_by STRING, device_id STRING")
                .load(paths.resolve("wasbs://waste@contosofoodlake.blob.core.windows.net/raw/waste_logs/"))
                .createOrReplaceTempView("waste");
        spark.sql("WITH prices AS (SELECT supplier_id, supplier_name, ingredient_id, effective_date, "
                        + "pack_size, pack_unit, pack_price, currency_code, fx_rate, pack_kg, ROUND(pack_price * "
                        + "fx_rate / pack_kg, 4) AS price_per_kg_gbp, price_month FROM (SELECT p.*, s.supplier_name, "
                        + "CASE WHEN p.currency_code = 'GBP' THEN 1.0D ELSE f.rate END AS fx_rate, CASE "
                        + "lower(trim(p.pack_unit)) WHEN 'kg' THEN p.pack_size WHEN 'g' THEN p.pack_size / 1000 WHEN "
                        + "'lb' THEN p.pack_size * 0.45359237D WHEN 'l' THEN p.pack_size WHEN 'ml' THEN p.pack_size / "
                        + "1000 END AS pack_kg, date_format(p.effective_date, 'yyyy-MM') AS price_month FROM "
                        + "price_lists p LEFT JOIN fx f ON f.to_currency = 'GBP' AND f.rate_date = p.effective_date "
                        + "AND f.from_currency = p.currency_code LEFT JOIN suppliers s ON s.supplier_id = "
                        + "p.supplier_id)), monthly AS (SELECT ingredient_id, price_month, AVG(price_per_kg_gbp) AS "
                        + "price FROM prices GROUP BY ingredient_id, price_month), events AS (SELECT w.site_id, "
                        + "to_date(to_timestamp(w.logged_at, 'yyyy-MM-dd HH:mm:ss')) AS waste_date, w.item_id, CASE "
                        + "WHEN lower(trim(w.unit)) IN ('kg', 'kgs', 'kilo', 'kilos') THEN w.quantity WHEN "
                        + "lower(trim(w.unit)) IN ('g', 'gr', 'gram', 'grams') THEN w.quantity / 1000.0 WHEN "
                        + "lower(trim(w.unit)) IN ('lb', 'lbs', 'pound', 'pounds') THEN w.quantity * 0.45359237D END "
                        + "AS qty_kg, CASE WHEN w.reason IS NULL OR trim(w.reason) = '' THEN 'UNKNOWN' WHEN "
                        + "lower(trim(w.reason)) RLIKE 'expir|use by|use-by|out of date' THEN 'EXPIRED' WHEN "
                        + "lower(trim(w.reason)) RLIKE 'spoil|mould|temperature' THEN 'SPOILAGE' WHEN "
                        + "lower(trim(w.reason)) RLIKE 'over|batch' THEN 'OVERPRODUCTION' WHEN lower(trim(w.reason)) "
                        + "RLIKE 'plate|customer' THEN 'PLATE_WASTE' WHEN lower(trim(w.reason)) RLIKE "
                        + "'drop|burnt|accident' THEN 'PREP_ERROR' ELSE 'OTHER' END AS reason_category FROM waste w), "
                        + "costed AS (SELECT e.*, i.category AS menu_category, ROUND(e.qty_kg * m.price, 2) AS "
                        + "waste_cost_gbp FROM events e LEFT JOIN items i ON i.item_id = e.item_id LEFT JOIN monthly m "
                        + "ON m.ingredient_id = i.main_ingredient_id AND m.price_month = date_format(e.waste_date, "
                        + "'yyyy-MM') WHERE e.qty_kg IS NOT NULL AND e.qty_kg <= 25) SELECT site_id, waste_date, "
                        + "reason_category, menu_category, COUNT(*) AS events, ROUND(SUM(qty_kg), 3) AS waste_kg, "
                        + "ROUND(SUM(waste_cost_gbp), 2) AS waste_cost_gbp FROM costed GROUP BY site_id, waste_date, "
                        + "reason_category, menu_category")
                .write()
                .mode("overwrite")
                .saveAsTable("foodops.waste_daily");
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
