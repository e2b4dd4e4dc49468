package dev.nbmigrate.jobs.siteweeklykpidatabricks;

import static org.apache.spark.sql.functions.*;

import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.NotTranslated;
import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.SparkSettings;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Site weekly KPI.
 *
 * <p>Converted by nbmigrate from {@code legacy-notebooks/site_weekly_kpi_databricks.py}
 * (Databricks (databricks), 11 cells) for Databricks 17.3 LTS (Spark 4.0, Scala 2.13).
 * Each section of the notebook is one method, called in order by {@link #run}; every block starts with a
 * {@code // cell N} comment naming the notebook cell it came from. MIGRATION.md lists what a reviewer must check.
 */
public final class SiteWeeklyKpiDatabricksJob extends SparkJob<SiteWeeklyKpiDatabricksConfig> {

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
        siteWeeklyKpi(ctx, config);
    }

    /**
     * Site weekly KPI (notebook cells 3-11).
     */
    void siteWeeklyKpi(JobContext ctx, SiteWeeklyKpiDatabricksConfig config) throws Exception {
        SparkSession spark = ctx.spark();
        // cell 3
        // TODO(NBM220): name 'dbutils' is not defined
        NotTranslated.fail("NBM220", "site_weekly_kpi_databricks.py cell 3, line 7", "name 'dbutils' is not defined");
        //   weeks = int(dbutils.widgets.get("weeks"))
        LocalDate first_day = LocalDate.parse(config.weekStart(), DateTimeFormatter.ofPattern("yyyy-M-d"));
        if (first_day.getDayOfWeek().getValue() - 1 != 0) {
            throw new IllegalArgumentException("week_start must be a Monday, got " + config.weekStart());
        }
        // TODO(NBM220): 'weeks' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 3, line 7)
        NotTranslated.fail("NBM220", "site_weekly_kpi_databricks.py cell 3, line 13", "'weeks' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 3, line 7)");
        //   last_day = first_day + dt.timedelta(days=7 * weeks - 1)
        String TARGET_TABLE = config.notebookEnv().equals("prod") ? "foodops.site_weekly_kpi" : "foodops_" + config.notebookEnv() + ".site_weekly_kpi";
        // TODO(NBM220): 'last_day' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 3, line 13)
        NotTranslated.fail("NBM220", "site_weekly_kpi_databricks.py cell 3, line 20", "'last_day' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 3, line 13)");
        //   print(first_day, last_day, TARGET_TABLE)
        // cell 4
        Dataset<Row> fx = spark.read()
                .option("header", "true")
                .csv(ctx.path(config.fxPath()))
                .filter(col("to_currency").equalTo("GBP"))
                .select(to_date(col("rate_date")).alias("business_date"), col("from_currency").alias("currency_code"), col("rate").cast("double").alias("fx_rate"));
        // TODO(NBM220): 'last_day' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 3, line 13)
        NotTranslated.fail("NBM220", "site_weekly_kpi_databricks.py cell 4, line 9", "'last_day' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 3, line 13)");
        //   sales = (spark.table(SALES_TABLE)
        //            .withColumn("business_date", F.to_date("business_date"))
        //            .filter(F.col("business_date").between(first_day.isoformat(), last_day.isoformat()))
        //            .join(fx, ["business_date", "currency_code"], "left")
        //            .withColumn("fx_rate", F.when(F.col("currency_code") == "GBP", 1.0).otherwise(F.col("fx_rate")))
        //            .withColumn("net_sales_gbp", F.col("net_sales") * F.col("fx_rate"))
        //            .withColumn("week_start", F.date_sub(F.next_day("business_date", "Mon"), 7)))
        // TODO(NBM220): 'sales' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 4, line 9)
        NotTranslated.fail("NBM220", "site_weekly_kpi_databricks.py cell 4, line 15", "'sales' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 4, line 9)");
        //   display(sales)
        // cell 5
        // TODO(NBM220): 'last_day' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 3, line 13)
        NotTranslated.fail("NBM220", "site_weekly_kpi_databricks.py cell 5, line 2", "'last_day' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 3, line 13)");
        //   waste = (spark.table(WASTE_TABLE)
        //            .filter(F.col("waste_date").between(first_day.isoformat(), last_day.isoformat()))
        //            .withColumn("week_start", F.date_sub(F.next_day("waste_date", "Mon"), 7))
        //            .groupBy("site_id", "week_start")
        //            .agg(F.sum("waste_kg").alias("waste_kg"),
        //                 F.sum("waste_cost_gbp").alias("waste_cost_gbp")))
        // cell 6
        // TODO(NBM220): 'sales' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 4, line 9)
        NotTranslated.fail("NBM220", "site_weekly_kpi_databricks.py cell 6, line 1", "'sales' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 4, line 9)");
        //   kpi = (sales.groupBy("site_id", "site_name", "week_start")
        //          .agg(F.sum("covers").alias("covers"),
        //               F.countDistinct("business_date").alias("trading_days"),
        //               F.round(F.sum("net_sales_gbp"), 2).alias("net_sales_gbp"))
        //          .join(waste, ["site_id", "week_start"], "left")
        //          .na.fill({"waste_kg": 0.0, "waste_cost_gbp": 0.0})
        //          .withColumn("waste_kg", F.round("waste_kg", 2))
        //          .withColumn("waste_cost_gbp", F.round("waste_cost_gbp", 2))
        //          .withColumn("spend_per_cover_gbp", F.round(F.col("net_sales_gbp") / F.col("covers"), 2))
        //          .withColumn("waste_pct_of_sales", F.round(F.col("waste_cost_gbp") * 100 / F.col("net_sales_gbp"), 2))
        //          .withColumn("env", F.lit(env)))
        // TODO(NBM220): 'kpi' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 6, line 1)
        NotTranslated.fail("NBM220", "site_weekly_kpi_databricks.py cell 6, line 13", "'kpi' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 6, line 1)");
        //   display(kpi.orderBy("week_start", "site_id"))
        // cell 7
        spark.sql("CREATE DATABASE IF NOT EXISTS foodops");
        // cell 8
        // TODO(NBM220): 'kpi' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 6, line 1)
        NotTranslated.fail("NBM220", "site_weekly_kpi_databricks.py cell 8, line 1", "'kpi' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 6, line 1)");
        //   (kpi.write
        //       .format("delta")
        //       .mode("overwrite")
        //       .option("replaceWhere", f"week_start >= '{first_day}' AND week_start <= '{last_day}'")
        //       .saveAsTable(TARGET_TABLE))
        // TODO(NBM220): 'kpi' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 6, line 1)
        NotTranslated.fail("NBM220", "site_weekly_kpi_databricks.py cell 8, line 8", "'kpi' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 6, line 1)");
        //   kpi.coalesce(1).write.mode("overwrite").option("header", "true").csv(EXPORT_PATH)
        // cell 9
        ctx.inspect().show(spark.sql("""
            SELECT site_id, week_start, covers, net_sales_gbp, spend_per_cover_gbp, waste_pct_of_sales
            FROM foodops.site_weekly_kpi
            WHERE env = '%s'
            ORDER BY week_start, site_id
            """.formatted(config.notebookEnv())));
        // cell 10
        // TODO(NBM220): 'kpi' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 6, line 1)
        NotTranslated.fail("NBM220", "site_weekly_kpi_databricks.py cell 10, line 3", "'kpi' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 6, line 1)");
        //   pdf = kpi.orderBy("week_start").toPandas()
        // TODO(NBM219): assigning to TupleExpr is not translated
        NotTranslated.fail("NBM219", "site_weekly_kpi_databricks.py cell 10, line 4", "assigning to TupleExpr is not translated");
        //   fig, ax = plt.subplots(figsize=(10, 4))
        // TODO(NBM220): 'pdf' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 10, line 3)
        NotTranslated.fail("NBM220", "site_weekly_kpi_databricks.py cell 10, line 5", "'pdf' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 10, line 3)");
        //   for site, grp in pdf.groupby("site_name"):
        //       ax.plot(grp["week_start"], grp["spend_per_cover_gbp"], marker="o", label=site)
        // TODO(NBM220): 'ax' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 10, line 4)
        NotTranslated.fail("NBM220", "site_weekly_kpi_databricks.py cell 10, line 7", "'ax' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 10, line 4)");
        //   ax.set_title("Spend per cover (GBP)")
        // TODO(NBM220): 'ax' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 10, line 4)
        NotTranslated.fail("NBM220", "site_weekly_kpi_databricks.py cell 10, line 8", "'ax' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 10, line 4)");
        //   ax.legend(loc="upper left", fontsize="small")
        // TODO(NBM220): 'fig' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 10, line 4)
        NotTranslated.fail("NBM220", "site_weekly_kpi_databricks.py cell 10, line 9", "'fig' comes from a step that was not translated (site_weekly_kpi_databricks.py cell 10, line 4)");
        //   display(fig)
        // cell 11
        // dbutils.notebook.exit: the notebook ended here with a value for its caller; the job ends after its last step
    }
}
