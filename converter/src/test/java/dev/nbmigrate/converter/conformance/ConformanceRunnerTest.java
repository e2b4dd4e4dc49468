package dev.nbmigrate.converter.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.nbmigrate.converter.check.InMemoryCompiler;
import dev.nbmigrate.converter.check.JavaSource;
import dev.nbmigrate.converter.conformance.RecordResult.Status;

/** The harness on hand-written programs: what the translator will emit for these records, run for real. */
class ConformanceRunnerTest {

    private static final List<String> FLAGS = List.of("ELLIPSIS", "NORMALIZE_WHITESPACE");
    private static SparkSession spark;
    private static InMemoryCompiler compiler;

    @BeforeAll
    static void start() {
        spark = ConformanceSession.getOrCreate();
        compiler = new InMemoryCompiler();
    }

    private static CorpusRecord record(String qualname, List<String> nondeterministic, boolean orderSensitive,
            CorpusExample... examples) {
        return new CorpusRecord(qualname, "pyspark.sql.functions", List.of(examples), Map.of(), FLAGS,
                nondeterministic, orderSensitive, false, false);
    }

    private static CorpusExample example(String source, String want, ExampleKind kind) {
        return new CorpusExample(source, want, kind, null, 1);
    }

    private static RecordTranslator program(String body) {
        return (record, className) -> {
            int dot = className.lastIndexOf('.');
            return new RecordTranslation.Program(new JavaSource(className, """
                    package %s;

                    import static org.apache.spark.sql.functions.*;

                    import org.apache.spark.sql.*;
                    import dev.nbmigrate.converter.conformance.*;

                    public final class %s implements ConformanceProgram {
                        @Override
                        public void run(SparkSession spark, ExampleOutput out) {
                    %s
                        }
                    }
                    """.formatted(className.substring(0, dot), className.substring(dot + 1), body)));
        };
    }

    private static final CorpusRecord LIT = record("lit", List.of(), false,
            example("df = spark.range(1)\n", "", ExampleKind.NONE),
            example("df.select(lit(5).alias('height'), df.id).show()\n",
                    "+------+---+\n|height| id|\n+------+---+\n|     5|  0|\n+------+---+\n", ExampleKind.SHOW_TABLE),
            example("df.select(lit(5).alias('height')).collect()\n", "[Row(height=5)]\n", ExampleKind.ROW_LIST));

    @Test
    void passesWhenShowAndCollectPrintWhatPySparkPrinted() {
        RecordTranslator translator = program("""
                out.example(1);
                Dataset<Row> df = spark.range(1).toDF();
                out.example(2);
                df.select(lit(5).alias("height"), df.col("id")).show();
                out.example(3);
                out.display(df.select(lit(5).alias("height")).collectAsList());
                """);

        RecordResult result = new ConformanceRunner(spark, translator, compiler).run(LIT, 1);

        assertThat(result.line()).isEqualTo("PASS lit");
    }

    @Test
    void failsNamingTheExampleAndBothOutputs() {
        RecordTranslator translator = program("""
                out.example(1);
                Dataset<Row> df = spark.range(1).toDF();
                out.example(2);
                df.select(lit(6).alias("height"), df.col("id")).show();
                out.example(3);
                out.display(df.select(lit(5).alias("height")).collectAsList());
                """);

        RecordResult result = new ConformanceRunner(spark, translator, compiler).run(LIT, 2);

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.detail()).startsWith("example 2 printed '+------+---+\\n|height| id|\\n+------+---+\\n|     6|")
                .contains("expected '+------+---+");
    }

    @Test
    void compileErrorsAndExceptionsFailTheRecord() {
        RecordResult notCompiling = new ConformanceRunner(spark, program("out.example(1); undefined();"), compiler).run(LIT, 3);
        assertThat(notCompiling.status()).isEqualTo(Status.FAIL);
        assertThat(notCompiling.detail()).startsWith("does not compile: ").contains("cannot find symbol");

        RecordResult raising = new ConformanceRunner(spark,
                program("out.example(1); spark.range(1).select(col(\"nope\")).show();"), compiler).run(LIT, 4);
        assertThat(raising.status()).isEqualTo(Status.FAIL);
        assertThat(raising.detail()).startsWith("example 1 raised ").contains("AnalysisException").contains("nope");
    }

    @Test
    void unsupportedTranslationsAndNondeterministicMismatchesAreReportedAsUnsupported() {
        RecordTranslator refusing = (record, className) -> new RecordTranslation.Unsupported("NBM220", "pandas UDF");
        assertThat(new ConformanceRunner(spark, refusing, compiler).run(LIT, 5).line())
                .isEqualTo("UNSUPPORTED lit: NBM220 pandas UDF");

        CorpusRecord rand = record("rand", List.of("rand"), false,
                example("spark.range(1).select(rand(1)).collect()\n", "[Row(x=0.5)]\n", ExampleKind.ROW_LIST));
        RecordResult result = new ConformanceRunner(spark,
                program("out.example(1); out.display(spark.range(1).select(rand(1).alias(\"x\")).collectAsList());"),
                compiler).run(rand, 6);
        assertThat(result.status()).isEqualTo(Status.UNSUPPORTED);
        assertThat(result.detail()).startsWith("NBM-NONDET output depends on rand");
    }

    @Test
    void orderSensitiveRecordsCompareRowsAsAMultiset() {
        CorpusRecord grouped = record("groupBy", List.of(), true,
                example("df.show()\n", "+---+\n|  a|\n+---+\n|  2|\n|  1|\n+---+\n", ExampleKind.SHOW_TABLE),
                example("df.collect()\n", "[Row(a=2), Row(a=1)]\n", ExampleKind.ROW_LIST));
        RecordTranslator translator = program("""
                out.example(1);
                spark.range(1, 3).toDF("a").show();
                out.example(2);
                out.display(spark.range(1, 3).toDF("a").collectAsList());
                """);

        assertThat(new ConformanceRunner(spark, translator, compiler).run(grouped, 7).line()).isEqualTo("PASS groupBy");
    }

    @Test
    void summaryCountsEachVerdict() {
        List<RecordResult> results = List.of(new RecordResult("a", Status.PASS, ""), new RecordResult("b", Status.PASS, ""),
                new RecordResult("c", Status.FAIL, "x"), new RecordResult("d", Status.UNSUPPORTED, "y"));
        assertThat(ConformanceRunner.summary(results)).isEqualTo("2 passed, 1 failed, 1 unsupported");
    }
}
