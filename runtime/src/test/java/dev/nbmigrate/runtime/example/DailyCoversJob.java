package dev.nbmigrate.runtime.example;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;

import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.SparkSettings;
import java.sql.Date;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The example job: the shape of what the converter generates. Reads a folder of daily sales CSVs, keeps the
 * lookback window, sums covers and revenue per store and day, and writes parquet.
 */
public final class DailyCoversJob extends SparkJob<DailyCoversConfig> {
    /** The sales CSVs' columns. */
    static final StructType SALES = StructType.fromDDL(
            "store_id STRING, sale_date DATE, meal STRING, covers INT, revenue DOUBLE");

    private static final Logger LOG = LoggerFactory.getLogger(DailyCoversJob.class);

    /** Runs the job from the command line or as a Databricks JAR task. */
    public static void main(String[] args) {
        new DailyCoversJob().launch(args);
    }

    /** The job. */
    public DailyCoversJob() {
        super("daily-covers", DailyCoversConfig.class);
    }

    @Override
    protected SparkSettings sparkSettings() {
        // Legacy notebooks ran with ANSI mode off.
        return SparkSettings.ansiOff("UTC").with("spark.sql.shuffle.partitions", "4");
    }

    @Override
    protected void run(JobContext ctx, DailyCoversConfig config) {
        Dataset<Row> sales = ctx.step("load sales", () -> ctx.spark().read()
                .option("header", "true").schema(SALES).csv(ctx.path(config.inputPath())));
        ctx.inspect().printSchema(sales);

        Dataset<Row> window = ctx.step("keep lookback window", () -> {
            Dataset<Row> inWindow = sales.filter(col("sale_date").between(
                    lit(Date.valueOf(config.runDate().minusDays(config.lookbackDays() - 1))),
                    lit(Date.valueOf(config.runDate()))));
            return config.stores().isEmpty() ? inWindow
                    : inWindow.filter(col("store_id").isin(config.stores().toArray()));
        });

        Dataset<Row> covers = ctx.step("sum covers", () -> window
                .groupBy(col("store_id"), col("sale_date"))
                .agg(sum("covers").as("covers"), round(sum("revenue"), 2).as("revenue"))
                .orderBy(col("sale_date"), col("store_id")));
        ctx.inspect().show(covers, 20);

        if (config.dryRun()) {
            LOG.info("dry run: nothing written");
            return;
        }
        String output = ctx.path(config.outputPath());
        ctx.step("write covers", () -> covers.write().mode(config.writeMode()).parquet(output));
        LOG.info("wrote daily covers to {}", output);
    }
}
