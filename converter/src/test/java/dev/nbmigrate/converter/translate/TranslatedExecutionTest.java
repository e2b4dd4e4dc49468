package dev.nbmigrate.converter.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.check.InMemoryCompiler;
import dev.nbmigrate.converter.conformance.ConformanceRunner;
import dev.nbmigrate.converter.conformance.ConformanceSession;
import dev.nbmigrate.converter.conformance.ConformanceTranslator;
import dev.nbmigrate.converter.conformance.CorpusExample;
import dev.nbmigrate.converter.conformance.CorpusRecord;
import dev.nbmigrate.converter.conformance.ExampleKind;

/**
 * Constructs the conformance corpus does not cover, translated, compiled and run on local Spark; the expected
 * output is worked out by hand from the data in each snippet.
 */
class TranslatedExecutionTest {

    private static ConformanceRunner runner;

    @BeforeAll
    static void start() {
        SparkSession spark = ConformanceSession.getOrCreate();
        runner = new ConformanceRunner(spark, new ConformanceTranslator(ApiCatalog.standard()), new InMemoryCompiler());
    }

    /** Alternating Python statements and what they print ("" for nothing). */
    private static String run(String name, String... sourceAndWant) {
        List<CorpusExample> examples = new ArrayList<>();
        for (int i = 0; i < sourceAndWant.length; i += 2) {
            examples.add(new CorpusExample(sourceAndWant[i] + "\n", sourceAndWant[i + 1],
                    sourceAndWant[i + 1].isEmpty() ? ExampleKind.NONE : ExampleKind.OTHER, null, i / 2 + 1));
        }
        CorpusRecord record = new CorpusRecord(name, "test", examples, Map.of(), List.of("NORMALIZE_WHITESPACE"),
                List.of(), false, false, false);
        return runner.run(record, 0).line();
    }

    @Test
    void dropnaFollowsHowThreshAndSubset() {
        assertThat(run("dropna",
                "df = spark.createDataFrame([(1, None), (None, None), (3, 'c')], 'a bigint, b string')", "",
                "df.dropna(subset=['a']).count()", "2\n",
                "df.dropna().count()", "1\n",
                "df.dropna(thresh=1).count()", "2\n",
                "df.na.drop(how='all').count()", "2\n",
                "df.dropna(how='any', subset='b').count()", "1\n"))
                .isEqualTo("PASS dropna");
    }

    @Test
    void aListUnpacksIntoNames() {
        assertThat(run("unpack",
                "df = spark.range(10)", "",
                "train, test = df.randomSplit([0.5, 0.5], seed=7)", "",
                "train.count() + test.count()", "10\n",
                "first, second = ['x', 'y']", "",
                "second", "'y'\n"))
                .isEqualTo("PASS unpack");
    }

    @Test
    void joinOnSeveralColumns() {
        assertThat(run("join",
                "a = spark.createDataFrame([(1, 'x', 10), (2, 'y', 20)], ['id', 'k', 'v'])", "",
                "b = spark.createDataFrame([(1, 'x', 'A'), (2, 'z', 'B')], ['id', 'k', 'w'])", "",
                "a.join(b, ['id', 'k']).show()",
                "+---+---+---+---+\n| id|  k|  v|  w|\n+---+---+---+---+\n|  1|  x| 10|  A|\n+---+---+---+---+\n",
                "a.join(b, ['id', 'k'], 'left').orderBy('id').select('id', 'w').collect()",
                "[Row(id=1, w='A'), Row(id=2, w=None)]\n"))
                .isEqualTo("PASS join");
    }

    @Test
    void driverLoopsBuildColumns() {
        assertThat(run("loop",
                "from pyspark.sql import functions as F", "",
                "df = spark.createDataFrame([(1, 2.5), (3, 4.0)], ['a', 'b'])", "",
                "for c in ['a', 'b']:\n    df = df.withColumn(c + '_x2', df[c] * 2)", "",
                "df.select('a_x2', 'b_x2').collect()",
                "[Row(a_x2=2, b_x2=5.0), Row(a_x2=6, b_x2=8.0)]\n",
                "total = 0\nfor n in [1, 2, 3]:\n    total = total + n", "",
                "df.select(F.lit(total).alias('total')).first()",
                "Row(total=6)\n"))
                .isEqualTo("PASS loop");
    }

    @Test
    void windowsAndGroupedAggregates() {
        assertThat(run("window",
                "from pyspark.sql import Window, functions as F", "",
                "df = spark.createDataFrame([('s1', 1, 10), ('s1', 2, 30), ('s2', 1, 5)], ['site', 'day', 'covers'])", "",
                "w = Window.partitionBy('site').orderBy('day')", "",
                "df.withColumn('prev', F.lag('covers').over(w)).orderBy('site', 'day').select('prev').collect()",
                "[Row(prev=None), Row(prev=10), Row(prev=None)]\n",
                "df.groupBy('site').agg(F.sum('covers').alias('total')).orderBy(F.desc('total')).collect()",
                "[Row(site='s1', total=40), Row(site='s2', total=5)]\n"))
                .isEqualTo("PASS window");
    }
}
