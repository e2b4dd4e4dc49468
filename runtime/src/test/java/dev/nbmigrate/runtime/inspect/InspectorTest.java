package dev.nbmigrate.runtime.inspect;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.udf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nbmigrate.runtime.logging.LogFormat;
import dev.nbmigrate.runtime.logging.LoggingSetup;
import dev.nbmigrate.runtime.testkit.SparkTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/** Inspection logs at DEBUG and costs nothing otherwise. */
@SparkTest
class InspectorTest {
    private static final String LOGGER = "dev.nbmigrate.inspect.test";
    private static final String NL = System.lineSeparator();
    /** Counts rows the filter below sees; local mode runs tasks in this JVM. */
    static final AtomicInteger EVALUATED = new AtomicInteger();

    private final Inspector inspector = new Inspector(LoggerFactory.getLogger(LOGGER));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private static Dataset<Row> counted(SparkSession spark) {
        UserDefinedFunction seen = udf((UDF1<Long, Boolean>) id -> {
            EVALUATED.incrementAndGet();
            return true;
        }, DataTypes.BooleanType);
        return spark.range(3).toDF("id").filter(seen.apply(col("id")));
    }

    private void inspectAll(Dataset<Row> data) {
        inspector.show(data);
        inspector.show(data, 2);
        inspector.show(data, 2, false);
        inspector.show(data, 2, 5, true);
        inspector.display(data);
        inspector.printSchema(data);
        inspector.describe(data, "id");
        inspector.summary(data, "count");
        inspector.count(data);
        inspector.value("columns", () -> List.of(data.columns()));
        inspector.explain(data);
        inspector.explain(data, true);
        inspector.value("first", (Object) "computed before");
    }

    @Test
    void atInfoNothingIsComputedOrLogged(SparkSession spark) {
        EVALUATED.set(0);
        try (LoggingSetup.Restorer ignored = LoggingSetup.install(LogFormat.TEXT, Level.INFO, List.of(LOGGER), out)) {
            assertThat(inspector.enabled()).isFalse();
            inspectAll(counted(spark));
        }
        assertThat(EVALUATED).hasValue(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void atDebugOutputIsSparksOwn(SparkSession spark) {
        EVALUATED.set(0);
        try (LoggingSetup.Restorer ignored = LoggingSetup.install(LogFormat.TEXT, Level.DEBUG, List.of(LOGGER), out)) {
            assertThat(inspector.enabled()).isTrue();
            Dataset<Row> data = counted(spark);
            inspector.show(data);
            inspector.printSchema(data);
            inspector.count(data);
            inspector.explain(data);
            inspector.value("total", (Object) 42L);
        }
        String log = out.toString(StandardCharsets.UTF_8);
        assertThat(EVALUATED.get()).isPositive();
        assertThat(log).contains("show:" + NL + "+---+" + NL + "| id|" + NL + "+---+" + NL + "|  0|" + NL + "|  1|"
                + NL + "|  2|" + NL + "+---+" + NL);
        assertThat(log).contains("schema:" + NL + "root" + NL + " |-- id: long (nullable = false)" + NL);
        assertThat(log).contains("count:" + NL + "3 rows" + NL);
        assertThat(log).contains("explain:" + NL + "== Physical Plan ==" + NL).contains("Range (0, 3");
        assertThat(log).contains("total:" + NL + "42" + NL);
    }

    @Test
    void aFailingInspectionIsAWarningAndTheJobGoesOn(SparkSession spark) {
        Dataset<Row> broken = spark.range(1).toDF("id").select(raise_error(lit("bad row")).as("x"));
        try (LoggingSetup.Restorer ignored = LoggingSetup.install(LogFormat.TEXT, Level.DEBUG, List.of(LOGGER), out)) {
            inspector.show(broken);
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("WARN  d.n.i.test [ ] - inspection 'show' failed; the job goes on:")
                .contains("bad row");
    }
}
