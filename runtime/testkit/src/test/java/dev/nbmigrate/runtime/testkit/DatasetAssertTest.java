package dev.nbmigrate.runtime.testkit;

import static dev.nbmigrate.runtime.testkit.DatasetAssert.assertThatDataset;
import static dev.nbmigrate.runtime.testkit.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The test kit's assertions pass when they should and fail with messages a data engineer can act on. */
@SparkTest
class DatasetAssertTest {
    private static final String NL = System.lineSeparator();
    private static final String DDL = "store STRING, day DATE, covers BIGINT, revenue DOUBLE";

    private static Dataset<Row> covers(SparkSession spark) {
        return spark.createDataFrame(List.of(
                row("s1", java.sql.Date.valueOf("2024-01-31"), 15L, 150.29999999999998),
                row("s2", java.sql.Date.valueOf("2024-01-31"), 4L, 40.0),
                row("s2", java.sql.Date.valueOf("2024-01-31"), 4L, 40.0)), StructType.fromDDL(DDL));
    }

    @Test
    void sharedSessionIsLocalUtcAndSmall(SparkSession spark, SparkSession again) {
        assertThat(spark).isSameAs(again).isSameAs(LocalSpark.session());
        assertThat(spark.sparkContext().master()).isEqualTo("local[2]");
        assertThat(spark.conf().get("spark.sql.session.timeZone")).isEqualTo("UTC");
        assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("2");
        assertThat(spark.sparkContext().getConf().get("spark.ui.enabled")).isEqualTo("false");
    }

    @Test
    void passingAssertions(SparkSession spark) {
        LocalDate day = LocalDate.of(2024, 1, 31);
        assertThatDataset(covers(spark))
                .hasSchema(DDL)
                .hasColumns("store", "day", "covers", "revenue")
                .hasRowCount(3)
                .withTolerance(1e-9)
                .containsExactlyInAnyOrder(row("s2", day, 4, 40), row("s1", day, 15, 150.3), row("s2", day, 4L, 40.0))
                .containsExactly(row("s1", day, 15, 150.3), row("s2", day, 4, 40.0), row("s2", day, 4, 40.0))
                .hasSameRowsAs(covers(spark));
        assertThatDataset(covers(spark).filter("covers > 100").drop("revenue")).hasSchema("store STRING, day DATE,"
                + " covers BIGINT");
        assertThatDataset(covers(spark).limit(0)).isEmpty();
    }

    @Test
    void valuesCompareByValueAcrossJavaTypes(SparkSession spark) {
        Dataset<Row> data = spark.sql("SELECT CAST(1.50 AS DECIMAL(10,2)) AS d, TIMESTAMP'2024-01-31 06:00:00' AS t,"
                + " array(1, 2) AS a, map('k', 1) AS m, named_struct('x', 1, 'y', 'z') AS s, CAST(NULL AS INT) AS n");
        assertThatDataset(data).containsExactly(row(new BigDecimal("1.5"), Instant.parse("2024-01-31T06:00:00Z"),
                List.of(1, 2), Map.of("k", 1L), row(1, "z"), null));
    }

    @Test
    void unorderedMismatchNamesMissingAndUnexpectedRowsAndTheDifferingColumn(SparkSession spark) {
        LocalDate day = LocalDate.of(2024, 1, 31);
        assertThatThrownBy(() -> assertThatDataset(covers(spark)).withTolerance(1e-9).containsExactlyInAnyOrder(
                row("s1", day, 15, 150.3), row("s2", day, 5, 40.0), row("s2", day, 4, 40.0)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("Rows differ (order ignored, tolerance 1.0E-9)" + NL
                        + "Columns: store, day, covers, revenue" + NL
                        + "Expected 3 rows, got 3; 2 matched" + NL
                        + "Expected but not found (1):" + NL
                        + "    ['s2', 2024-01-31, 5, 40.0]" + NL
                        + "      nearest actual row ['s2', 2024-01-31, 4, 40.0] differs in covers (expected 5, got 4)"
                        + NL
                        + "Found but not expected (1):" + NL
                        + "    ['s2', 2024-01-31, 4, 40.0]");
    }

    @Test
    void withoutToleranceDoublesCompareExactly(SparkSession spark) {
        LocalDate day = LocalDate.of(2024, 1, 31);
        assertThatThrownBy(() -> assertThatDataset(covers(spark).filter("store = 's1'"))
                .containsExactlyInAnyOrder(row("s1", day, 15, 150.3)))
                .hasMessageContaining("differs in revenue (expected 150.3, got 150.29999999999998)");
    }

    @Test
    void orderedMismatchNamesTheRow(SparkSession spark) {
        LocalDate day = LocalDate.of(2024, 1, 31);
        assertThatThrownBy(() -> assertThatDataset(covers(spark)).containsExactly(
                row("s1", day, 15, 150.29999999999998), row("s2", day, 4, 41.0)))
                .hasMessage("Rows differ (in order)" + NL
                        + "Columns: store, day, covers, revenue" + NL
                        + "Expected 2 rows, got 3" + NL
                        + "  row 2: expected ['s2', 2024-01-31, 4, 41.0]" + NL
                        + "         actual   ['s2', 2024-01-31, 4, 40.0]" + NL
                        + "         differs in revenue (expected 41.0, got 40.0)" + NL
                        + "  row 3: unexpected ['s2', 2024-01-31, 4, 40.0]");
    }

    @Test
    void schemaMismatchIsExplainedColumnByColumn(SparkSession spark) {
        assertThatThrownBy(() -> assertThatDataset(covers(spark))
                .hasSchema("store STRING, day TIMESTAMP, covers BIGINT, guests INT"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("Schema differs (nullability ignored):" + NL
                        + "  - column 'day': expected TIMESTAMP, got DATE" + NL
                        + "  - missing column 'guests' INT" + NL
                        + "  - unexpected column 'revenue' DOUBLE" + NL
                        + "expected: store STRING, day TIMESTAMP, covers BIGINT, guests INT" + NL
                        + "actual:   store STRING, day DATE, covers BIGINT, revenue DOUBLE");
        assertThatThrownBy(() -> assertThatDataset(covers(spark)).hasSchema("day DATE, store STRING, covers BIGINT,"
                + " revenue DOUBLE")).hasMessageStartingWith("Schema differs (nullability ignored):" + NL
                + "  - columns in a different order");
    }

    @Test
    void exactSchemaChecksNullability(SparkSession spark) {
        Dataset<Row> counted = spark.range(3).toDF("id");
        assertThatDataset(counted).hasSchema("id BIGINT");
        assertThatThrownBy(() -> assertThatDataset(counted).hasExactSchema(StructType.fromDDL("id BIGINT")))
                .hasMessage("Schema differs:" + NL
                        + "  - column 'id': expected BIGINT, got BIGINT NOT NULL" + NL
                        + "expected: id BIGINT" + NL
                        + "actual:   id BIGINT NOT NULL");
    }

    @Test
    void countWidthAndEmptinessFailures(SparkSession spark) {
        assertThatThrownBy(() -> assertThatDataset(covers(spark)).hasRowCount(2))
                .hasMessage("Expected 2 rows, got 3");
        assertThatThrownBy(() -> assertThatDataset(covers(spark)).isEmpty())
                .hasMessage("Expected no rows, got 3; first: ['s1', 2024-01-31, 15, 150.29999999999998]");
        assertThatThrownBy(() -> assertThatDataset(covers(spark)).containsExactlyInAnyOrder(row("s1", 15)))
                .hasMessage("Expected row 1 has 2 values but the data has 4 columns (store, day, covers, revenue)");
        assertThatThrownBy(() -> assertThatDataset(covers(spark)).hasColumns("store"))
                .hasMessage("Columns differ: expected store, got store, day, covers, revenue");
    }
}
