package dev.nbmigrate.runtime.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nbmigrate.runtime.testkit.SparkTest;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** PySpark-shaped DataFrame properties against the real Spark of the active profile. */
@SparkTest
class FramesTest {

    @Test
    void dtypesNameTypesAsPythonDoes(SparkSession spark) {
        var frame = spark.sql("SELECT 1L AS id, 'a' AS name, 2.5D AS score, array('x') AS tags, "
                + "named_struct('n', 1) AS nested");
        assertThat(Frames.dtypes(frame)).containsExactly(List.of("id", "bigint"), List.of("name", "string"),
                List.of("score", "double"), List.of("tags", "array<string>"), List.of("nested", "struct<n:int>"));
    }
}
