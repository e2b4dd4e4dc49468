package dev.nbmigrate.runtime.rdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import dev.nbmigrate.runtime.testkit.SparkTest;

/** {@link PyHistogram} against what PySpark 3.5's {@code RDD.histogram} returns for the same elements. */
@SparkTest
class PyHistogramTest {

    private static JavaRDD<Object> rdd(SparkSession spark, Object... elements) {
        return JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(Arrays.asList(elements), 2);
    }

    @Test
    void aNumberOfBucketsKeepsWholeBoundariesWhole(SparkSession spark) {
        assertThat(PyHistogram.histogram(rdd(spark, 1L, 3L, 1L, 2L, 3L), 2))
                .isEqualTo(List.of(List.of(1L, 2L, 3L), List.of(2L, 3L)));
        assertThat(PyHistogram.histogram(rdd(spark, 1L, 2L, 3L, 4L), 3))
                .isEqualTo(List.of(List.of(1L, 2L, 3L, 4L), List.of(1L, 1L, 2L)));
    }

    @Test
    void floatsGiveFloatBoundariesAndNoneAndNanAreLeftOut(SparkSession spark) {
        assertThat(PyHistogram.histogram(rdd(spark, 0.5, 1.5, 2.5, Double.NaN, null), 2))
                .isEqualTo(List.of(List.of(0.5, 1.5, 2.5), List.of(1L, 2L)));
        assertThat(PyHistogram.histogram(rdd(spark, 1.0, 2.0, 9.0), 4))
                .isEqualTo(List.of(List.of(1.0, 3.0, 5.0, 7.0, 9.0), List.of(2L, 0L, 0L, 1L)));
    }

    @Test
    void oneValueOrOneBucketIsTheMinimumAndMaximum(SparkSession spark) {
        assertThat(PyHistogram.histogram(rdd(spark, 5L, 5L, 5L), 4)).isEqualTo(List.of(List.of(5L, 5L), List.of(3L)));
        assertThat(PyHistogram.histogram(rdd(spark, 0L, 1L, 2L, 3L, 9L), 1))
                .isEqualTo(List.of(List.of(0L, 9L), List.of(5L)));
    }

    @Test
    void givenBoundariesEvenOrNotCloseTheLastBucket(SparkSession spark) {
        assertThat(PyHistogram.histogram(rdd(spark, 1L, 3L, 1L, 2L, 3L), List.<Number>of(0L, 0.5, 1L, 1.5, 2L, 2.5, 3L, 3.5)))
                .isEqualTo(List.of(List.of(0L, 0.5, 1L, 1.5, 2L, 2.5, 3L, 3.5), List.of(0L, 0L, 2L, 0L, 1L, 0L, 2L)));
        assertThat(PyHistogram.histogram(rdd(spark, 1L, 2L, 3L, 10L, 20L), List.<Number>of(0L, 5L, 25L)))
                .isEqualTo(List.of(List.of(0L, 5L, 25L), List.of(3L, 2L)));
        assertThat(PyHistogram.histogram(rdd(spark, 1L, 2L, 30L), List.<Number>of(0L, 10L, 20L, 30L)))
                .isEqualTo(List.of(List.of(0L, 10L, 20L, 30L), List.of(2L, 0L, 1L)));
    }

    @Test
    void badInputIsAClearError(SparkSession spark) {
        assertThatThrownBy(() -> PyHistogram.histogram(rdd(spark), 2)).hasMessageContaining("empty RDD");
        assertThatThrownBy(() -> PyHistogram.histogram(rdd(spark, 1L), List.<Number>of(2L, 1L)))
                .hasMessageContaining("sorted");
        assertThatThrownBy(() -> PyHistogram.histogram(rdd(spark, "a", "b"), 2)).hasMessageContaining("non-number");
    }
}
