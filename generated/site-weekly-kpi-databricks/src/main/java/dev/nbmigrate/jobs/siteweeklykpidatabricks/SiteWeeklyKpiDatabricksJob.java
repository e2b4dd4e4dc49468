package dev.nbmigrate.jobs.siteweeklykpidatabricks;

import static org.apache.spark.sql.functions.*;

import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.NotTranslated;
import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.SparkSettings;
import dev.nbmigrate.runtime.interop.PyLiterals;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Site weekly KPI.
 *
 * <p>Converted by nbmigrate from {@code legacy-notebooks/site_weekly_kpi_databricks.py}
 * (Databricks (databricks), 11 cells) for Databricks 17.3 LTS (Spark 4.0, Scala 2.13).
 * Each section of the notebook is one method, run in order by {@link #run} as a named step (timed and logged);
 * every block starts with a {@code // cell N} comment naming the notebook cell it came from. MIGRATION.md lists
 * what a reviewer must check.
 */
public final class SiteWeeklyKpiDatabricksJob extends SparkJob<SiteWeeklyKpiDatabricksConfig> {

    private static final Logger LOG = LoggerFactory.getLogger(SiteWeeklyKpiDatabricksJob.class);

    /** Runs the job from the command line or as a Databricks JAR task. */
    public static void main(String[] args) {
        new SiteWeeklyKpiDatabricksJob().launch(args);
    }

    /** The job, named {@code site-weekly-kpi-databricks} in logs, options and environment variables. */
    public SiteWeeklyKpiDatabricksJob() {
        super("site-weekly-kpi-databricks", SiteWeeklyKpiDatabricksConfig.class);
    }

    /**
     * ANSI mode off as the legacy notebook ran, session time zone UTC.
     */
    @Override
    protected SparkSettings sparkSettings() {
        return SparkSettings.ansiOff("UTC");
    }

    @Override
    protected void run(JobContext ctx, SiteWeeklyKpiDatabricksConfig config) throws Exception {
        ctx.step("Site weekly KPI", () -> siteWeeklyKpi(ctx, config));
    }

    /**
     * Site weekly KPI (notebook cells 3-11).
     */
    void siteWeeklyKpi(JobContext ctx, SiteWeeklyKpiDatabricksConfig config) throws Exception {
        SparkSession spark = ctx.spark();
        // cell 3
        // notebook: first_day
        LocalDate firstDay = LocalDate.parse(config.weekStart(), DateTimeFormatter.ofPattern("yyyy-M-d"));
        if (firstDay.getDayOfWeek().getValue() - 1 != 0) {
            throw new IllegalArgumentException("week_start must be a Monday, got " + config.weekStart());
        }
        // notebook: last_day
        LocalDate lastDay = firstDay.plusDays(7 * config.weeks() - 1);
        // notebook: TARGET_TABLE
        String targetTable = config.notebookEnv().equals("prod")
                ? "foodops.site_weekly_kpi"
                : "foodops_" + config.notebookEnv() + ".site_weekly_kpi";
        LOG.info("{} {} {}", firstDay, lastDay, targetTable);
        // cell 4
        Dataset<Row> fx = spark.read()
                .option("header", "true")
                .csv(ctx.path(config.fxPath()))
                .filter(col("to_currency").equalTo("GBP"))
                .select(
                        to_date(col("rate_date")).alias("business_date"),
                        col("from_currency").alias("currency_code"),
                        col("rate").cast("double").alias("fx_rate"));
        Dataset<Row> sales = spark.table(config.salesTable())
                .withColumn("business_date", to_date(col("business_date")))
                .filter(col("business_date").between(firstDay.toString(), lastDay.toString()))
                .join(fx, new String[] {"business_date", "currency_code"}, "left")
                .withColumn(
                        "fx_rate",
                        when(col("currency_code").equalTo("GBP"), 1.0).otherwise(col("fx_rate")))
                .withColumn("net_sales_gbp", col("net_sales").multiply(col("fx_rate")))
                .withColumn("week_start", date_sub(next_day(col("business_date"), "Mon"), 7));
        ctx.inspect().show(sales);
        // cell 5
        Dataset<Row> waste = spark.table(config.wasteTable())
                .filter(col("waste_date").between(firstDay.toString(), lastDay.toString()))
                .withColumn("week_start", date_sub(next_day(col("waste_date"), "Mon"), 7))
                .groupBy("site_id", "week_start")
                .agg(sum("waste_kg").alias("waste_kg"), sum("waste_cost_gbp").alias("waste_cost_gbp"));
        // cell 6
        Dataset<Row> kpi = sales.groupBy("site_id", "site_name", "week_start")
                .agg(
                        sum("covers").alias("covers"),
                        countDistinct("business_date").alias("trading_days"),
                        round(sum("net_sales_gbp"), 2).alias("net_sales_gbp"))
                .join(waste, new String[] {"site_id", "week_start"}, "left")
                .na()
                .fill(PyLiterals.orderedDict("waste_kg", 0.0, "waste_cost_gbp", 0.0))
                .withColumn("waste_kg", round(col("waste_kg"), 2))
                .withColumn("waste_cost_gbp", round(col("waste_cost_gbp"), 2))
                .withColumn("spend_per_cover_gbp", round(col("net_sales_gbp").divide(col("covers")), 2))
                .withColumn(
                        "waste_pct_of_sales",
                        round(col("waste_cost_gbp").multiply(100).divide(col("net_sales_gbp")), 2))
                .withColumn("env", lit(config.notebookEnv()));
        ctx.inspect().show(kpi.orderBy("week_start", "site_id"));
        // cell 7
        spark.sql("CREATE DATABASE IF NOT EXISTS foodops");
        // cell 8
        // TODO(NBM223): the step reads or writes Delta Lake, which only Databricks has: a local run stops here
        if (ctx.environment().equals("local")) {
            NotTranslated.fail(
                    "NBM223",
                    "site_weekly_kpi_databricks.py cell 8, line 1",
                    "Delta Lake is not available on local Spark; this step runs on Databricks");
        }
        kpi.write()
                .format("delta")
                .mode("overwrite")
                .option(
                        "replaceWhere",
                        "week_start >= '" + String.valueOf(firstDay) + "' AND week_start <= '" + String.valueOf(lastDay)
                                + "'")
                .saveAsTable(targetTable);
        kpi.coalesce(1).write().mode("overwrite").option("header", "true").csv(ctx.path(config.exportPath()));
        // cell 9
        ctx.inspect().show(spark.sql("""
            SELECT site_id, week_start, covers, net_sales_gbp, spend_per_cover_gbp, waste_pct_of_sales
            FROM foodops.site_weekly_kpi
            WHERE env = :notebookEnv
            ORDER BY week_start, site_id
            """, Map.of("notebookEnv", config.notebookEnv())));
        // cell 10
        // plot cell left out: it looked at a result on the driver (pandas/matplotlib) and made nothing later cells use
        // cell 11
        // dbutils.notebook.exit: the notebook ended here with a value for its caller; the job ends after its last step
    }
}
