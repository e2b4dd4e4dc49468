package dev.nbmigrate.runtime.interop;

import static dev.nbmigrate.runtime.testkit.DatasetAssert.assertThatDataset;
import static dev.nbmigrate.runtime.testkit.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nbmigrate.runtime.testkit.SparkTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.Option;

/** The Scala interop helpers against the real Spark API of the active profile. */
@SparkTest
class ScalaInteropTest {

    private static Dataset<Row> frame(SparkSession spark, String ddl, Row... rows) {
        return spark.createDataFrame(List.of(rows), StructType.fromDDL(ddl));
    }

    @Test
    void multiColumnJoinTakesASeq(SparkSession spark) {
        Dataset<Row> sales = frame(spark, "store STRING, day STRING, covers INT",
                row("s1", "d1", 3), row("s1", "d2", 4), row("s2", "d1", 5));
        Dataset<Row> staff = frame(spark, "store STRING, day STRING, waiters INT",
                row("s1", "d1", 2), row("s2", "d1", 1));
        List<String> keys = new ArrayList<>(List.of("store", "day"));

        Dataset<Row> joined = sales.join(staff, Scala.seq(keys), "left");
        keys.clear();

        assertThatDataset(joined).hasColumns("store", "day", "covers", "waiters").containsExactlyInAnyOrder(
                row("s1", "d1", 3, 2), row("s1", "d2", 4, null), row("s2", "d1", 5, 1));
        assertThatDataset(sales.join(staff, Scala.seq("store", "day"))).hasRowCount(2);
    }

    @Test
    void varargsHelpers(SparkSession spark) {
        Dataset<Row> sales = frame(spark, "store STRING, day STRING, covers INT",
                row("s1", "d1", 3), row("s1", "d1", 4), row("s2", "d1", 5));
        List<String> keys = List.of("store", "day");
        assertThatDataset(sales.groupBy(Varargs.columns(keys)).sum("covers"))
                .containsExactlyInAnyOrder(row("s1", "d1", 7L), row("s2", "d1", 5L));
        assertThatDataset(sales.drop(Varargs.strings(keys))).hasColumns("covers");
        assertThatDataset(sales.select(Varargs.columnsOf(List.of(sales.col("covers"))))).hasColumns("covers");
    }

    @Test
    void collectionsBothWays() {
        Map<String, Integer> javaMap = new TreeMap<>(Map.of("a", 1, "b", 2));
        scala.collection.immutable.Map<String, Integer> scalaMap = Scala.map(javaMap);
        assertThat(scalaMap.size()).isEqualTo(2);
        assertThat(scalaMap.get("b")).isEqualTo(Option.apply(2));
        assertThat(Scala.javaMap(scalaMap)).isEqualTo(javaMap);
        assertThat(Scala.list(Scala.seq("x", "y"))).containsExactly("x", "y");
        assertThat(Scala.optional(Option.apply("v"))).contains("v");
        assertThat(Scala.optional(Option.empty())).isEmpty();
    }
}
