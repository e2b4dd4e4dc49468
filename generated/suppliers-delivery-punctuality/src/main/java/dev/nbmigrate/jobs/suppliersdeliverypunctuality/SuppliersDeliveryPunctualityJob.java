package dev.nbmigrate.jobs.suppliersdeliverypunctuality;

import static org.apache.spark.sql.functions.*;

import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.SparkSettings;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Supplier delivery punctuality.
 *
 * <p>Converted by nbmigrate from {@code legacy-notebooks/zeppelin/2F1K7QZPN/note.json}
 * (Zeppelin (livy2), 7 cells) for Databricks 17.3 LTS (Spark 4.0, Scala 2.13).
 * Each section of the notebook is one method, run in order by {@link #run} as a named step (timed and logged);
 * every block starts with a {@code // cell N} comment naming the notebook cell it came from. MIGRATION.md lists
 * what a reviewer must check.
 */
public final class SuppliersDeliveryPunctualityJob extends SparkJob<SuppliersDeliveryPunctualityConfig> {

    /** Runs the job from the command line or as a Databricks JAR task. */
    public static void main(String[] args) {
        new SuppliersDeliveryPunctualityJob().launch(args);
    }

    /** The job, named {@code suppliers-delivery-punctuality} in logs, options and environment variables. */
    public SuppliersDeliveryPunctualityJob() {
        super("suppliers-delivery-punctuality", SuppliersDeliveryPunctualityConfig.class);
    }

    /**
     * ANSI mode off as the legacy notebook ran, session time zone UTC.
     */
    @Override
    protected SparkSettings sparkSettings() {
        return SparkSettings.ansiOff("UTC");
    }

    @Override
    protected void run(JobContext ctx, SuppliersDeliveryPunctualityConfig config) throws Exception {
        ctx.step("Supplier delivery punctuality", () -> supplierDeliveryPunctuality(ctx, config));
    }

    /**
     * Supplier delivery punctuality (notebook cells 2-6).
     */
    void supplierDeliveryPunctuality(JobContext ctx, SuppliersDeliveryPunctualityConfig config) throws Exception {
        SparkSession spark = ctx.spark();
        // cell 2
        Dataset<Row> deliveries = spark.read().json(ctx.path(config.deliveriesPath()));
        if (ctx.inspect().enabled()) {
            ctx.inspect().value("deliveries.count()", String.valueOf(deliveries.count()));
        }
        ctx.inspect().printSchema(deliveries);
        // cell 3
        Dataset<Row> d = deliveries
                .withColumn("scheduled_ts", to_timestamp(col("scheduled_at"), "yyyy-MM-dd HH:mm:ss"))
                .withColumn("delivered_ts", to_timestamp(col("delivered_at"), "yyyy-MM-dd HH:mm:ss"))
                .withColumn(
                        "delay_minutes",
                        unix_timestamp(col("delivered_ts"))
                                .minus(unix_timestamp(col("scheduled_ts")))
                                .divide(60))
                .withColumn(
                        "is_delivered",
                        col("status")
                                .isin("DELIVERED", "PARTIAL")
                                .and(col("delivered_ts").isNotNull()))
                .withColumn(
                        "is_on_time",
                        col("is_delivered").and(col("delay_minutes").leq(config.toleranceMinutes())))
                .withColumn("month", date_format(col("scheduled_ts"), "yyyy-MM"));
        d.createOrReplaceTempView("deliveries_v");
        Dataset<Row> suppliers = spark.table("foodops.dim_supplier").filter("supplier_id <> 'supplier_id'");
        suppliers.createOrReplaceTempView("suppliers_v");
        if (ctx.inspect().enabled()) {
            ctx.inspect().value("suppliers.count()", String.valueOf(suppliers.count()));
        }
        // cell 4
        ctx.inspect().show(spark.sql("""
            SELECT s.supplier_name,
                   d.month,
                   COUNT(*) AS deliveries,
                   SUM(CASE WHEN d.status = 'CANCELLED' THEN 1 ELSE 0 END) AS cancelled,
                   SUM(CASE WHEN d.is_delivered THEN 1 ELSE 0 END) AS delivered,
                   SUM(CASE WHEN d.is_on_time THEN 1 ELSE 0 END) AS on_time,
                   ROUND(100.0 * SUM(CASE WHEN d.is_on_time THEN 1 ELSE 0 END)
                         / SUM(CASE WHEN d.is_delivered THEN 1 ELSE 0 END), 1) AS on_time_pct,
                   ROUND(AVG(CASE WHEN d.is_delivered THEN GREATEST(d.delay_minutes, 0) END), 1) AS avg_delay_min
            FROM deliveries_v d
            LEFT JOIN suppliers_v s ON d.supplier_id = s.supplier_id
            GROUP BY s.supplier_name, d.month
            ORDER BY s.supplier_name, d.month
            """));
        // cell 5
        Dataset<Row> punctuality = spark.sql("""

                SELECT d.supplier_id,
                       s.supplier_name,
                       d.month,
                       COUNT(*) AS deliveries,
                       SUM(CASE WHEN d.status = 'CANCELLED' THEN 1 ELSE 0 END) AS cancelled,
                       SUM(CASE WHEN d.is_delivered THEN 1 ELSE 0 END) AS delivered,
                       SUM(CASE WHEN d.is_on_time THEN 1 ELSE 0 END) AS on_time,
                       ROUND(100.0 * SUM(CASE WHEN d.is_on_time THEN 1 ELSE 0 END)
                             / SUM(CASE WHEN d.is_delivered THEN 1 ELSE 0 END), 1) AS on_time_pct,
                       ROUND(AVG(CASE WHEN d.is_delivered THEN GREATEST(d.delay_minutes, 0) END), 1) AS avg_delay_min,
                       MAX(d.delay_minutes) AS max_delay_min
                FROM deliveries_v d
                LEFT JOIN suppliers_v s ON d.supplier_id = s.supplier_id
                GROUP BY d.supplier_id, s.supplier_name, d.month
            """);
        punctuality.write().mode("overwrite").saveAsTable("foodops.supplier_punctuality_monthly");
        if (ctx.inspect().enabled()) {
            ctx.inspect().value("\"rows:\", punctuality.count()", "rows:" + " " + String.valueOf(punctuality.count()));
        }
        // cell 6
        ctx.inspect().show(spark.sql("""
            SELECT supplier_name, deliveries, delivered, on_time_pct, avg_delay_min, max_delay_min
            FROM foodops.supplier_punctuality_monthly
            WHERE month = :month
            ORDER BY on_time_pct ASC, supplier_id
            """, Map.of("month", config.month())));
    }
}
