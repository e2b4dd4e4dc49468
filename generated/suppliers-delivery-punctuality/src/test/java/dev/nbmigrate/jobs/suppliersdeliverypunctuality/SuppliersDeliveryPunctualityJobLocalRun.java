package dev.nbmigrate.jobs.suppliersdeliverypunctuality;

import dev.nbmigrate.runtime.EnvVars;
import dev.nbmigrate.runtime.config.ConfigException;
import dev.nbmigrate.runtime.paths.PathResolver;
import dev.nbmigrate.runtime.paths.PathRules;
import java.util.Arrays;
import org.apache.spark.sql.SparkSession;

/**
 * Runs {@link SuppliersDeliveryPunctualityJob} on local Spark ({@code nbmigrate run suppliers-delivery-punctuality})
 * after creating the tables it
 * reads that other jobs write, from the sample data under the local root: the given tables of
 * {@code legacy-notebooks/zeppelin/2F1K7QZPN/note.expect.json}. Test code, never in the job jar; the tests create the
 * same tables.
 */
final class SuppliersDeliveryPunctualityJobLocalRun {

    private SuppliersDeliveryPunctualityJobLocalRun() {}

    /** Creates the given tables, then runs the job with {@code args}. */
    public static void main(String[] args) {
        SparkSession spark = startsSpark(args)
                ? SparkSession.builder()
                        .master("local[*]")
                        .appName("suppliers-delivery-punctuality")
                        .getOrCreate()
                : null;
        if (spark != null) {
            createGivenTables(spark, localRoot(args));
        }
        try {
            new SuppliersDeliveryPunctualityJob().launch(args);
        } finally {
            if (spark != null) {
                spark.stop();
            }
        }
    }

    /**
     * Whether the job will start Spark with {@code args}: not for {@code --help}, nor for options it refuses (the
     * launch reports those, and no Spark is left running when it exits).
     */
    private static boolean startsSpark(String[] args) {
        if (Arrays.stream(args).anyMatch(arg -> arg.equals("--help") || arg.equals("-h"))) {
            return false;
        }
        try {
            new SuppliersDeliveryPunctualityJob().bindConfig(EnvVars.system(), args);
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
                .schema("supplier_id STRING, supplier_name STRING, country_code STRING, currency_code STRING, "
                        + "payment_terms_days INT, is_active STRING")
                .load(paths.resolve("wasbs://suppliers@contosofoodlake.blob.core.windows.net/reference/suppliers/"))
                .createOrReplaceTempView("suppliers");
        spark.sql("SELECT * FROM suppliers").write().mode("overwrite").saveAsTable("foodops.dim_supplier");
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
