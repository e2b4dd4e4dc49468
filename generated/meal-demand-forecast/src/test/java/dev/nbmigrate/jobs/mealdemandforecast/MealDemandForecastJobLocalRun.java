package dev.nbmigrate.jobs.mealdemandforecast;

import dev.nbmigrate.runtime.EnvVars;
import dev.nbmigrate.runtime.config.ConfigException;
import dev.nbmigrate.runtime.paths.PathResolver;
import dev.nbmigrate.runtime.paths.PathRules;
import java.util.Arrays;
import org.apache.spark.sql.SparkSession;

/**
 * Runs {@link MealDemandForecastJob} on local Spark ({@code nbmigrate run meal-demand-forecast}) after creating
 * the tables it
 * reads that other jobs write, from the sample data under the local root: the given tables of
 * {@code legacy-notebooks/meal_demand_forecast.expect.json}. Test code, never in the job jar; the tests create
 * the same tables.
 */
final class MealDemandForecastJobLocalRun {

    private MealDemandForecastJobLocalRun() {}

    /** Creates the given tables, then runs the job with {@code args}. */
    public static void main(String[] args) {
        SparkSession spark = startsSpark(args)
                ? SparkSession.builder()
                        .master("local[*]")
                        .appName("meal-demand-forecast")
                        .getOrCreate()
                : null;
        if (spark != null) {
            createGivenTables(spark, localRoot(args));
        }
        try {
            new MealDemandForecastJob().launch(args);
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
            new MealDemandForecastJob().bindConfig(EnvVars.system(), args);
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
                .schema("site_id STRING, site_name STRING, site_type STRING, brand STRING, city STRING, "
                        + "country_code STRING, currency_code STRING, region STRING, seats INT, opened_date DATE")
                .load(paths.resolve("wasbs://reference@contosofoodlake.blob.core.windows.net/sites/sites.csv"))
                .createOrReplaceTempView("sites");
        spark.sql("SELECT * FROM sites").write().mode("overwrite").saveAsTable("foodops.dim_site");
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
