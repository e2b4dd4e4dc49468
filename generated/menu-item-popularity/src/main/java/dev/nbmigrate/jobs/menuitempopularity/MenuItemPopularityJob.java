package dev.nbmigrate.jobs.menuitempopularity;

import static org.apache.spark.sql.functions.*;

import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.NotTranslated;
import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.SparkSettings;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Menu item popularity, weekly.
 *
 * <p>Converted by nbmigrate from {@code legacy-notebooks/menu_item_popularity.ipynb}
 * (PySpark3 (pyspark3kernel), 14 cells) for Databricks 17.3 LTS (Spark 4.0, Scala 2.13).
 * Each section of the notebook is one method, called in order by {@link #run}; every block starts with a
 * {@code // cell N} comment naming the notebook cell it came from. MIGRATION.md lists what a reviewer must check.
 */
public final class MenuItemPopularityJob extends SparkJob<MenuItemPopularityConfig> {

    private static final Logger LOG = LoggerFactory.getLogger(MenuItemPopularityJob.class);

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
        return SparkSettings.ansiOff("UTC")
                .with("spark.sql.shuffle.partitions", "24");
    }

    @Override
    protected void run(JobContext ctx, MenuItemPopularityConfig config) throws Exception {
        menuItemPopularityWeekly(ctx, config);
    }

    /**
     * Menu item popularity, weekly (notebook cells 2, 5, 6, 7, 8, 9, 10, 11, 12, 13 and 14).
     */
    void menuItemPopularityWeekly(JobContext ctx, MenuItemPopularityConfig config) throws Exception {
        SparkSession spark = ctx.spark();
        // cell 2
        // %%configure: its Spark settings are the job's (sparkSettings()); cluster size goes in databricks.yml
        // cell 5
        Dataset<Row> menu_mix = spark.read()
                .option("header", true)
                .option("inferSchema", true)
                .csv(ctx.path(config.menuMixPath()));
        ctx.inspect().printSchema(menu_mix);
        LOG.info("menu mix rows: {}", menu_mix.count());
        menu_mix.createOrReplaceTempView("menu_mix_raw");
        // cell 6
        // TODO(NBM201): no PySpark API member format on a value of type str
        NotTranslated.fail("NBM201", "menu_item_popularity.ipynb cell 6, line 1", "no PySpark API member format on a value of type str");
        //   weekly = spark.sql("""
        //       SELECT site_id,
        //              CAST(date_trunc('WEEK', business_date) AS DATE) AS week_start,
        //              item_id,
        //              SUM(quantity_sold) AS qty,
        //              ROUND(SUM(gross_amount), 2) AS revenue
        //       FROM menu_mix_raw
        //       WHERE business_date >= '{week_from}'
        //         AND business_date < date_add('{week_to}', 7)
        //       GROUP BY site_id, CAST(date_trunc('WEEK', business_date) AS DATE), item_id
        //   """.format(week_from=WEEK_FROM, week_to=WEEK_TO))
        // TODO(NBM220): 'weekly' comes from a step that was not translated (menu_item_popularity.ipynb cell 6, line 1)
        NotTranslated.fail("NBM220", "menu_item_popularity.ipynb cell 6, line 13", "'weekly' comes from a step that was not translated (menu_item_popularity.ipynb cell 6, line 1)");
        //   print(weekly.count())
        // TODO(NBM220): 'weekly' comes from a step that was not translated (menu_item_popularity.ipynb cell 6, line 1)
        NotTranslated.fail("NBM220", "menu_item_popularity.ipynb cell 6, line 14", "'weekly' comes from a step that was not translated (menu_item_popularity.ipynb cell 6, line 1)");
        //   weekly.orderBy("site_id", "week_start", "item_id").show(5)
        // cell 7
        Dataset<Row> items = spark.read()
                .option("header", true)
                .option("inferSchema", true)
                .csv(ctx.path(config.menuItemsPath()))
                .select("item_id", "item_name", "category");
        Dataset<Row> sites = spark.table("foodops.dim_site").select("site_id", "site_name");
        // TODO(NBM220): 'weekly' comes from a step that was not translated (menu_item_popularity.ipynb cell 6, line 1)
        NotTranslated.fail("NBM220", "menu_item_popularity.ipynb cell 7, line 5", "'weekly' comes from a step that was not translated (menu_item_popularity.ipynb cell 6, line 1)");
        //   weekly = weekly.join(items, "item_id").join(sites, "site_id")
        // cell 8
        WindowSpec w_site_week = Window.partitionBy("site_id", "week_start");
        WindowSpec w_rank = w_site_week.orderBy(desc("qty"));
        WindowSpec w_row = w_site_week.orderBy(desc("qty"), asc("item_id"));
        WindowSpec w_category = Window
                .partitionBy("site_id", "week_start", "category")
                .orderBy(desc("qty"), asc("item_id"));
        WindowSpec w_history = Window.partitionBy("site_id", "item_id").orderBy("week_start");
        // TODO(NBM220): 'weekly' comes from a step that was not translated (menu_item_popularity.ipynb cell 6, line 1)
        NotTranslated.fail("NBM220", "menu_item_popularity.ipynb cell 8, line 7", "'weekly' comes from a step that was not translated (menu_item_popularity.ipynb cell 6, line 1)");
        //   ranked = (weekly
        //             .withColumn("rank", F.rank().over(w_rank))
        //             .withColumn("dense_rank", F.dense_rank().over(w_rank))
        //             .withColumn("row_number", F.row_number().over(w_row))
        //             .withColumn("rank_in_category", F.row_number().over(w_category))
        //             .withColumn("prev_week_qty", F.lag("qty", 1).over(w_history))
        //             .withColumn("wow_change_pct",
        //                         F.when(F.col("prev_week_qty").isNull() | (F.col("prev_week_qty") == 0), F.lit(None))
        //                          .otherwise(F.round((F.col("qty") - F.col("prev_week_qty")) * 100.0
        //                                             / F.col("prev_week_qty"), 1)))
        //             .withColumn("share_of_site_qty", F.round(F.col("qty") / F.sum("qty").over(w_site_week), 4))
        //             .cache())
        // TODO(NBM220): 'ranked' comes from a step that was not translated (menu_item_popularity.ipynb cell 8, line 7)
        NotTranslated.fail("NBM220", "menu_item_popularity.ipynb cell 8, line 19", "'ranked' comes from a step that was not translated (menu_item_popularity.ipynb cell 8, line 7)");
        //   ranked.count()
        // cell 9
        // TODO(NBM220): 'ranked' comes from a step that was not translated (menu_item_popularity.ipynb cell 8, line 7)
        NotTranslated.fail("NBM220", "menu_item_popularity.ipynb cell 9, line 1", "'ranked' comes from a step that was not translated (menu_item_popularity.ipynb cell 8, line 7)");
        //   ranked.filter((F.col("site_id") == "S001") & (F.col("week_start") == "2024-01-08")) \
        //       .select("item_name", "category", "qty", "rank", "dense_rank", "row_number", "rank_in_category",
        //               "prev_week_qty", "wow_change_pct") \
        //       .orderBy("row_number") \
        //       .show(TOP_N + 3, truncate=False)
        // cell 10
        // TODO(NBM220): 'ranked' comes from a step that was not translated (menu_item_popularity.ipynb cell 8, line 7)
        NotTranslated.fail("NBM220", "menu_item_popularity.ipynb cell 10, line 2", "'ranked' comes from a step that was not translated (menu_item_popularity.ipynb cell 8, line 7)");
        //   print("tied rows:", ranked.filter(F.col("rank") != F.col("row_number")).count())
        // cell 11
        // TODO(NBM220): 'ranked' comes from a step that was not translated (menu_item_popularity.ipynb cell 8, line 7)
        NotTranslated.fail("NBM220", "menu_item_popularity.ipynb cell 11, line 1", "'ranked' comes from a step that was not translated (menu_item_popularity.ipynb cell 8, line 7)");
        //   ranked.createOrReplaceTempView("item_popularity_v")
        // cell 12
        // %%sql -o top_items: the notebook copied a sample of this result to the notebook server for plotting
        ctx.inspect().show(spark.sql("""
            SELECT site_name, week_start, item_name, qty, wow_change_pct
            FROM item_popularity_v
            WHERE row_number = 1
            ORDER BY site_name, week_start
            """));
        // cell 13
        WindowSpec w_best = Window.partitionBy("site_id").orderBy(desc("total_qty"), asc("item_id"));
        // TODO(NBM220): 'ranked' comes from a step that was not translated (menu_item_popularity.ipynb cell 8, line 7)
        NotTranslated.fail("NBM220", "menu_item_popularity.ipynb cell 13, line 3", "'ranked' comes from a step that was not translated (menu_item_popularity.ipynb cell 8, line 7)");
        //   period_best = (ranked.groupBy("site_id", "site_name", "item_id", "item_name")
        //                  .agg(F.sum("qty").alias("total_qty"))
        //                  .withColumn("pos", F.row_number().over(w_best))
        //                  .filter(F.col("pos") == 1)
        //                  .drop("pos")
        //                  .orderBy("site_id"))
        // TODO(NBM220): 'period_best' comes from a step that was not translated (menu_item_popularity.ipynb cell 13, line 3)
        NotTranslated.fail("NBM220", "menu_item_popularity.ipynb cell 13, line 9", "'period_best' comes from a step that was not translated (menu_item_popularity.ipynb cell 13, line 3)");
        //   period_best.show(truncate=False)
        // cell 14
        // TODO(NBM220): 'ranked' comes from a step that was not translated (menu_item_popularity.ipynb cell 8, line 7)
        NotTranslated.fail("NBM220", "menu_item_popularity.ipynb cell 14, line 1", "'ranked' comes from a step that was not translated (menu_item_popularity.ipynb cell 8, line 7)");
        //   (ranked
        //    .select("site_id", "site_name", "week_start", "item_id", "item_name", "category", "qty", "revenue",
        //            "rank", "dense_rank", "row_number", "rank_in_category", "prev_week_qty", "wow_change_pct",
        //            "share_of_site_qty",
        //            (F.col("row_number") <= TOP_N).alias("is_top_n"))
        //    .write.mode("overwrite")
        //    .format("parquet")
        //    .saveAsTable(OUT_TABLE))
        ctx.inspect().show(spark.table(config.outTable()).groupBy("is_top_n").count());
    }
}
