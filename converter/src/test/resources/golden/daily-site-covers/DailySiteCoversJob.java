package dev.nbmigrate.jobs.dailysitecovers;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;

import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.SparkSettings;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Daily covers per site.
 *
 * <p>Converted by nbmigrate from {@code notebooks/daily_site_covers.ipynb}
 * (pyspark3kernel, 6 cells) for Databricks 17.3 LTS (Spark 4.0, Scala 2.13).
 * Each section of the notebook is one method, run in order by {@link #run} as a named step (timed and logged);
 * every block starts with a {@code // cell N} comment naming the notebook cell it came from. MIGRATION.md lists
 * what a reviewer must check.
 */
public final class DailySiteCoversJob extends SparkJob<DailySiteCoversConfig> {

    /** Runs the job from the command line or as a Databricks JAR task. */
    public static void main(String[] args) {
        new DailySiteCoversJob().launch(args);
    }

    /** The job, named {@code daily-site-covers} in logs, options and environment variables. */
    public DailySiteCoversJob() {
        super("daily-site-covers", DailySiteCoversConfig.class);
    }

    /**
     * ANSI mode off as the legacy notebook ran, session time zone UTC,
     * and the notebook's own Spark settings.
     */
    @Override
    protected SparkSettings sparkSettings() {
        return SparkSettings.ansiOff("UTC").with("spark.sql.shuffle.partitions", "4");
    }

    @Override
    protected void run(JobContext ctx, DailySiteCoversConfig config) throws Exception {
        Dataset<Row> sales = ctx.step("Load the daily sales", () -> loadSales(ctx, config));
        Dataset<Row> totals = ctx.step("Covers per site", () -> coversPerSite(ctx, config, sales));
        ctx.step("Write the outputs", () -> writeOutputs(ctx, config, totals));
    }

    /**
     * Load the daily sales (notebook cells 2-3).
     */
    Dataset<Row> loadSales(JobContext ctx, DailySiteCoversConfig config) throws Exception {
        // cell 2
        Dataset<Row> raw = ctx.spark()
                .read()
                .option("header", "true")
                .schema("site_id STRING, business_date DATE, covers INT, net_sales DOUBLE")
                .csv(ctx.path(config.inputPath()));
        // cell 3
        // TODO(NBM001): sample finding for the report
        return raw.filter(col("covers").geq(config.minCovers()));
    }

    /**
     * Covers per site (notebook cell 4).
     */
    Dataset<Row> coversPerSite(JobContext ctx, DailySiteCoversConfig config, Dataset<Row> sales) throws Exception {
        // cell 4
        Dataset<Row> sites = ctx.spark().table("reference.sites");
        return sales.groupBy("site_id")
                .agg(
                        sum("covers").as("total_covers"),
                        round(sum("net_sales"), 2).as("net_sales"),
                        countDistinct("business_date").as("days"))
                .join(sites, "site_id")
                .select("site_id", "site_name", "total_covers", "net_sales", "days");
    }

    /**
     * Write the outputs (notebook cells 5-6).
     */
    void writeOutputs(JobContext ctx, DailySiteCoversConfig config, Dataset<Row> totals) throws Exception {
        // cell 5
        totals.write().mode("overwrite").parquet(ctx.path("wasbs://curated@acct.blob.core.windows.net/site_covers/"));
        // cell 6
        ctx.spark().sql("CREATE DATABASE IF NOT EXISTS reporting");
        totals.withColumn("label", lit(config.runLabel()))
                .write()
                .mode("overwrite")
                .saveAsTable("reporting.site_covers");
    }
}
