package dev.nbmigrate.runtime.inspect;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_date;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nbmigrate.runtime.testkit.SparkTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Columns whose values come from the run's clock, found by their lineage in the analyzed plan. */
@SparkTest
class ClockLineageTest {

    private static Dataset<Row> sales(SparkSession spark) {
        return spark.sql("SELECT * FROM VALUES ('S1', 10), ('S2', 20) AS t(site, covers)");
    }

    @Test
    void aColumnFromCurrentTimestampIsTheClocksAndALiteralIsNot(SparkSession spark) {
        Dataset<Row> audited = sales(spark).withColumn("_loaded_at", current_timestamp())
                .withColumn("_job", lit("daily"));
        assertThat(ClockLineage.columns(audited.queryExecution().analyzed())).containsExactly("_loaded_at");
    }

    @Test
    void theLineageFollowsRenamesExpressionsAndAggregates(SparkSession spark) {
        Dataset<Row> derived = sales(spark).withColumn("loaded", current_date())
                .select(col("site"), col("loaded").as("day"), date_format(col("loaded"), "yyyy").as("year"),
                        col("covers"))
                .groupBy("site").agg(max("day").as("last_day"), max("covers").as("covers"));
        assertThat(ClockLineage.columns(derived.queryExecution().analyzed())).containsExactly("last_day");
    }

    @Test
    void sqlNowAndNoClockAtAll(SparkSession spark) {
        assertThat(ClockLineage.columns(spark.sql("SELECT 1 AS a, now() AS at").queryExecution().analyzed()))
                .containsExactly("at");
        assertThat(ClockLineage.columns(sales(spark).queryExecution().analyzed())).isEmpty();
    }

    @Test
    void aWriteKeepsTheClockColumnsOfWhatItWrote(SparkSession spark, @TempDir Path dir) throws Exception {
        WrittenClockColumns writes = WrittenClockColumns.listen(spark);
        try {
            Path folder = dir.resolve("out");
            sales(spark).withColumn("_loaded_at", current_timestamp()).write().parquet(folder.toString());
            sales(spark).write().mode("overwrite").saveAsTable("clock_lineage_plain");
            WrittenClockColumns.drain(spark);
            assertThat(writes.of(WrittenClockColumns.pathKey(folder.toString()))).containsExactly("_loaded_at");
            assertThat(writes.of(WrittenClockColumns.pathKey("file:" + folder))).containsExactly("_loaded_at");
            assertThat(writes.of(WrittenClockColumns.tableKey("default", "clock_lineage_plain"))).isEmpty();
            assertThat(Files.isDirectory(folder)).isTrue();
        } finally {
            spark.listenerManager().unregister(writes);
            spark.sql("DROP TABLE IF EXISTS clock_lineage_plain");
        }
    }
}
