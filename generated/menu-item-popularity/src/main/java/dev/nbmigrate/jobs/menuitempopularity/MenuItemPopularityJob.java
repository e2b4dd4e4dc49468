package dev.nbmigrate.jobs.menuitempopularity;

import static org.apache.spark.sql.functions.*;

import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.SparkSettings;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Menu item popularity, weekly.
 *
 * <p>Converted by nbmigrate from {@code legacy-notebooks/menu_item_popularity.ipynb}
 * (PySpark3 (pyspark3kernel), 14 cells) for Databricks 17.3 LTS (Spark 4.0, Scala 2.13).
 * Each section of the notebook is one method, run in order by {@link #run} as a named step (timed and logged);
 * every block starts with a {@code // cell N} comment naming the notebook cell it came from. MIGRATION.md lists
 * what a reviewer must check.
 */
public final class MenuItemPopularityJob extends SparkJob<MenuItemPopularityConfig> {

    /** Runs the job from the command line or as a Databricks JAR task. */
    public static void main(String[] args) {
        new MenuItemPopularityJob().launch(args);
    }

    /** The job, named {@code menu-item-popularity} in logs, options and environment variables. */
    public MenuItemPopularityJob() {
        super("menu-item-popularity", MenuItemPopularityConfig.class);
    }

    /**
     * ANSI mode off as the legacy notebook ran, session time zone UTC,
     * and the notebook's own Spark settings.
     */
    @Override
    protected SparkSettings sparkSettings() {
        return SparkSettings.ansiOff("UTC").with("spark.sql.shuffle.partitions", "24");
    }

    @Override
    protected void run(JobContext ctx, MenuItemPopularityConfig config) throws Exception {
        ctx.step("Menu item popularity, weekly", () -> menuItemPopularityWeekly(ctx, config));
    }

    /**
     * Menu item popularity, weekly (notebook cells 2 and 5-14).
     */
    void menuItemPopularityWeekly(JobContext ctx, MenuItemPopularityConfig config) throws Exception {
        SparkSession spark = ctx.spark();
        // cell 2
        // left out (NBM224): %%configure set up the Livy session; its Spark settings are the job's (sparkSettings()),
        // the rest belongs in databricks.yml
        // cell 5
        // notebook: menu_mix
        Dataset<Row> menuMix =
                spark.read().option("header", true).option("inferSchema", true).csv(ctx.path(config.menuMixPath()));
        ctx.inspect().printSchema(menuMix);
        if (ctx.inspect().enabled()) {
            ctx.inspect()
                    .value(
                            "\"menu mix rows:\", menu_mix.count()",
                            "menu mix rows:" + " " + String.valueOf(menuMix.count()));
        }
        menuMix.createOrReplaceTempView("menu_mix_raw");
        // cell 6
        Dataset<Row> weekly = spark.sql("""
            SELECT site_id,
                   CAST(date_trunc('WEEK', business_date) AS DATE) AS week_start,
                   item_id,
                   SUM(quantity_sold) AS qty,
                   ROUND(SUM(gross_amount), 2) AS revenue
            FROM menu_mix_raw
            WHERE business_date >= :weekFrom
              AND business_date < date_add(:weekTo, 7)
            GROUP BY site_id, CAST(date_trunc('WEEK', business_date) AS DATE), item_id
            """, Map.of("weekFrom", config.weekFrom(), "weekTo", config.weekTo()));
        if (ctx.inspect().enabled()) {
            ctx.inspect().value("weekly.count()", String.valueOf(weekly.count()));
        }
        ctx.inspect().show(weekly.orderBy("site_id", "week_start", "item_id"), 5);
        // cell 7
        Dataset<Row> items = spark.read()
                .option("header", true)
                .option("inferSchema", true)
                .csv(ctx.path(config.menuItemsPath()))
                .select("item_id", "item_name", "category");
        Dataset<Row> sites = spark.table("foodops.dim_site").select("site_id", "site_name");
        weekly = weekly.join(items, "item_id").join(sites, "site_id");
        // cell 8
        // notebook: w_site_week
        WindowSpec wSiteWeek = Window.partitionBy("site_id", "week_start");
        // notebook: w_rank
        WindowSpec wRank = wSiteWeek.orderBy(desc("qty"));
        // notebook: w_row
        WindowSpec wRow = wSiteWeek.orderBy(desc("qty"), asc("item_id"));
        // notebook: w_category
        WindowSpec wCategory =
                Window.partitionBy("site_id", "week_start", "category").orderBy(desc("qty"), asc("item_id"));
        // notebook: w_history
        WindowSpec wHistory = Window.partitionBy("site_id", "item_id").orderBy("week_start");
        Dataset<Row> ranked = weekly.withColumn("rank", rank().over(wRank))
                .withColumn("dense_rank", dense_rank().over(wRank))
                .withColumn("row_number", row_number().over(wRow))
                .withColumn("rank_in_category", row_number().over(wCategory))
                .withColumn("prev_week_qty", lag("qty", 1).over(wHistory))
                .withColumn(
                        "wow_change_pct",
                        when(
                                        col("prev_week_qty")
                                                .isNull()
                                                .or(col("prev_week_qty").equalTo(0)),
                                        lit((Object) null))
                                .otherwise(round(
                                        col("qty")
                                                .minus(col("prev_week_qty"))
                                                .multiply(100.0)
                                                .divide(col("prev_week_qty")),
                                        1)))
                .withColumn(
                        "share_of_site_qty", round(col("qty").divide(sum("qty").over(wSiteWeek)), 4))
                .cache();
        if (ctx.inspect().enabled()) {
            ctx.inspect().value("ranked.count()", ranked.count());
        }
        // cell 9
        ctx.inspect()
                .show(
                        ranked.filter(col("site_id")
                                        .equalTo("S001")
                                        .and(col("week_start").equalTo("2024-01-08")))
                                .select(
                                        "item_name",
                                        "category",
                                        "qty",
                                        "rank",
                                        "dense_rank",
                                        "row_number",
                                        "rank_in_category",
                                        "prev_week_qty",
                                        "wow_change_pct")
                                .orderBy("row_number"),
                        (int) (config.topN() + 3),
                        false);
        // cell 10
        if (ctx.inspect().enabled()) {
            ctx.inspect()
                    .value(
                            "\"tied rows:\", ranked.filter(F.col(\"rank\") != F.col(\"row_number\")).count()",
                            "tied rows:" + " "
                                    + String.valueOf(ranked.filter(col("rank").notEqual(col("row_number")))
                                            .count()));
        }
        // cell 11
        ranked.createOrReplaceTempView("item_popularity_v");
        // cell 12
        // %%sql -o top_items: the notebook copied a sample of this result to the notebook server for plotting
        ctx.inspect().show(spark.sql("""
            SELECT site_name, week_start, item_name, qty, wow_change_pct
            FROM item_popularity_v
            WHERE row_number = 1
            ORDER BY site_name, week_start
            """));
        // cell 13
        // notebook: w_best
        WindowSpec wBest = Window.partitionBy("site_id").orderBy(desc("total_qty"), asc("item_id"));
        // notebook: period_best
        Dataset<Row> periodBest = ranked.groupBy("site_id", "site_name", "item_id", "item_name")
                .agg(sum("qty").alias("total_qty"))
                .withColumn("pos", row_number().over(wBest))
                .filter(col("pos").equalTo(1))
                .drop("pos")
                .orderBy("site_id");
        ctx.inspect().show(periodBest, 20, false);
        // cell 14
        ranked.select(
                        col("site_id"),
                        col("site_name"),
                        col("week_start"),
                        col("item_id"),
                        col("item_name"),
                        col("category"),
                        col("qty"),
                        col("revenue"),
                        col("rank"),
                        col("dense_rank"),
                        col("row_number"),
                        col("rank_in_category"),
                        col("prev_week_qty"),
                        col("wow_change_pct"),
                        col("share_of_site_qty"),
                        col("row_number").leq(config.topN()).alias("is_top_n"))
                .write()
                .mode("overwrite")
                .format("parquet")
                .saveAsTable(config.outTable());
        ctx.inspect().show(spark.table(config.outTable()).groupBy("is_top_n").count());
    }
}
