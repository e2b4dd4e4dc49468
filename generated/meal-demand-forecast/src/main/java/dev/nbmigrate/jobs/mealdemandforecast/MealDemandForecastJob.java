package dev.nbmigrate.jobs.mealdemandforecast;

import static org.apache.spark.sql.functions.*;

import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.SparkSettings;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.evaluation.RegressionEvaluator;
import org.apache.spark.ml.feature.OneHotEncoder;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.regression.GBTRegressionModel;
import org.apache.spark.ml.regression.GBTRegressor;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meal demand forecast (covers per site and day).
 *
 * <p>Converted by nbmigrate from {@code legacy-notebooks/meal_demand_forecast.ipynb}
 * (PySpark3 (pyspark3kernel), 15 cells) for Databricks 17.3 LTS (Spark 4.0, Scala 2.13).
 * Each section of the notebook is one method, run in order by {@link #run} as a named step (timed and logged);
 * every block starts with a {@code // cell N} comment naming the notebook cell it came from. MIGRATION.md lists
 * what a reviewer must check.
 */
public final class MealDemandForecastJob extends SparkJob<MealDemandForecastConfig> {

    private static final Logger LOG = LoggerFactory.getLogger(MealDemandForecastJob.class);

    /** Runs the job from the command line or as a Databricks JAR task. */
    public static void main(String[] args) {
        new MealDemandForecastJob().launch(args);
    }

    /** The job, named {@code meal-demand-forecast} in logs, options and environment variables. */
    public MealDemandForecastJob() {
        super("meal-demand-forecast", MealDemandForecastConfig.class);
    }

    /**
     * ANSI mode off as the legacy notebook ran, session time zone UTC,
     * and the notebook's own Spark settings.
     */
    @Override
    protected SparkSettings sparkSettings() {
        return SparkSettings.ansiOff("UTC").with("spark.sql.shuffle.partitions", "64");
    }

    @Override
    protected void run(JobContext ctx, MealDemandForecastConfig config) throws Exception {
        ctx.step(
                "Meal demand forecast (covers per site and day)",
                () -> mealDemandForecastCoversPerSiteAndDay(ctx, config));
    }

    /**
     * Meal demand forecast (covers per site and day) (notebook cells 2 and 4-15).
     */
    void mealDemandForecastCoversPerSiteAndDay(JobContext ctx, MealDemandForecastConfig config) throws Exception {
        SparkSession spark = ctx.spark();
        // cell 2
        // left out (NBM224): %%configure set up the Livy session; its Spark settings are the job's (sparkSettings()),
        // the rest belongs in databricks.yml
        // cell 4
        // notebook: MODEL_PATH
        String modelPath =
                "wasbs://models@contosofoodlake.blob.core.windows.net/demand/covers_gbt_" + config.modelVersion();
        // cell 5
        Dataset<Row> sales = spark.sql(
                """
            SELECT s.site_id,
                   to_date(s.business_date) AS business_date,
                   s.covers,
                   d.site_type,
                   d.seats,
                   d.country_code
            FROM %s s
            JOIN %s d ON s.site_id = d.site_id
            WHERE s.business_date BETWEEN :trainFrom AND :trainTo
            """.formatted(config.salesTable(), config.sitesTable()),
                Map.of("trainFrom", config.trainFrom(), "trainTo", config.trainTo()));
        if (ctx.inspect().enabled()) {
            ctx.inspect().value("\"sales rows:\", sales.count()", "sales rows:" + " " + String.valueOf(sales.count()));
        }
        // cell 6
        Dataset<Row> holidays = spark.read()
                .option("header", true)
                .option("inferSchema", true)
                .csv(ctx.path(config.holidaysPath()))
                .select(
                        to_date(col("holiday_date")).alias("business_date"),
                        col("country_code"),
                        lit(1).alias("is_holiday"));
        // notebook: last_week
        Dataset<Row> lastWeek = sales.select(
                col("site_id"),
                date_add(col("business_date"), 7).alias("business_date"),
                col("covers").alias("covers_same_day_last_week"));
        // notebook: w_prev
        WindowSpec wPrev =
                Window.partitionBy("site_id").orderBy("business_date").rowsBetween(-5, -1);
        Dataset<Row> features = sales.join(holidays, new String[] {"business_date", "country_code"}, "left")
                .withColumn("is_holiday", coalesce(col("is_holiday"), lit(0)))
                .join(lastWeek, new String[] {"site_id", "business_date"}, "left")
                .withColumn("avg_covers_prev_5", avg("covers").over(wPrev))
                .withColumn("day_of_week", date_format(col("business_date"), "E"))
                .withColumn("day_of_month", dayofmonth(col("business_date")))
                .withColumn("week_of_year", weekofyear(col("business_date")))
                .na()
                .drop("any", new String[] {"covers_same_day_last_week", "avg_covers_prev_5"})
                .cache();
        if (ctx.inspect().enabled()) {
            ctx.inspect()
                    .value(
                            "\"feature rows:\", features.count()",
                            "feature rows:" + " " + String.valueOf(features.count()));
        }
        ctx.inspect().printSchema(features);
        // cell 7
        ctx.inspect()
                .show(features.groupBy("site_id")
                        .agg(count("*").alias("rows"), sum("is_holiday").alias("holidays"))
                        .orderBy("site_id"));
        // cell 8
        // notebook: site_idx
        StringIndexer siteIdx = new StringIndexer()
                .setInputCol("site_id")
                .setOutputCol("site_idx")
                .setHandleInvalid("keep");
        // notebook: dow_idx
        StringIndexer dowIdx = new StringIndexer().setInputCol("day_of_week").setOutputCol("dow_idx");
        // notebook: type_idx
        StringIndexer typeIdx = new StringIndexer().setInputCol("site_type").setOutputCol("site_type_idx");
        // notebook: site_ohe
        OneHotEncoder siteOhe = new OneHotEncoder().setInputCol("site_idx").setOutputCol("site_vec");
        // notebook: dow_ohe
        OneHotEncoder dowOhe = new OneHotEncoder().setInputCol("dow_idx").setOutputCol("dow_vec");
        VectorAssembler assembler = new VectorAssembler()
                .setInputCols(new String[] {
                    "site_vec",
                    "dow_vec",
                    "site_type_idx",
                    "seats",
                    "is_holiday",
                    "day_of_month",
                    "week_of_year",
                    "covers_same_day_last_week",
                    "avg_covers_prev_5"
                })
                .setOutputCol("features");
        GBTRegressor gbt = new GBTRegressor()
                .setFeaturesCol("features")
                .setLabelCol("covers")
                .setMaxIter(60)
                .setMaxDepth(5)
                .setStepSize(0.1)
                .setSeed(config.seed());
        Pipeline pipeline = new Pipeline()
                .setStages(new PipelineStage[] {siteIdx, dowIdx, typeIdx, siteOhe, dowOhe, assembler, gbt});
        // cell 9
        List<Dataset<Row>> trainTest = Arrays.asList(
                features.randomSplit(new double[] {1 - config.testFraction(), config.testFraction()}, config.seed()));
        Dataset<Row> train = trainTest.get(0);
        Dataset<Row> test = trainTest.get(1);
        if (ctx.inspect().enabled()) {
            ctx.inspect()
                    .value(
                            "\"train:\", train.count(), \"test:\", test.count()",
                            "train:" + " " + String.valueOf(train.count()) + " " + "test:" + " "
                                    + String.valueOf(test.count()));
        }
        // cell 10
        PipelineModel model = pipeline.fit(train);
        Dataset<Row> predictions = model.transform(test);
        RegressionEvaluator evaluator = new RegressionEvaluator()
                .setLabelCol("covers")
                .setPredictionCol("prediction")
                .setMetricName("rmse");
        double rmse = evaluator.evaluate(predictions);
        double mae = evaluator.setMetricName("mae").evaluate(predictions);
        double r2 = evaluator.setMetricName("r2").evaluate(predictions);
        LOG.info(
                "{}",
                "RMSE: " + String.format(Locale.ROOT, "%.2f", rmse) + "  MAE: "
                        + String.format(Locale.ROOT, "%.2f", mae) + "  R2: " + String.format(Locale.ROOT, "%.3f", r2));
        // cell 11
        // notebook: gbt_model
        GBTRegressionModel gbtModel = (GBTRegressionModel) model.stages()[model.stages().length - 1];
        LOG.info("{}", gbtModel.featureImportances());
        // cell 12
        model.write().overwrite().save(ctx.path(modelPath));
        LOG.info("model saved to {}", modelPath);
        // cell 13
        predictions
                .select(
                        col("site_id"),
                        col("business_date"),
                        col("covers"),
                        round(col("prediction"), 1).alias("predicted_covers"))
                .withColumn("model_version", lit(config.modelVersion()))
                .write()
                .mode("overwrite")
                .saveAsTable(config.backtestTable());
        // cell 14
        // plot cell left out: it looked at a result on the driver (pandas/matplotlib) and made nothing later cells use
        // cell 15
        features.unpersist();
    }
}
