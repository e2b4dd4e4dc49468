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
 * Python defs and UDFs translated, compiled and run on local Spark; the expected output is worked out by hand from
 * the data in each snippet (what PySpark prints for it).
 */
class FunctionExecutionTest {

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

    private static final String WASTE = "df = spark.createDataFrame([(1, 500.0, 'g'), (2, 2.0, ' LBS'), (3, 1.5, 'kg'),"
            + " (4, 3.0, 'portion'), (5, None, 'kg'), (6, 4.0, None)], ['id', 'quantity', 'unit'])";

    @Test
    void columnUdfKeepsPythonNoneHandling() {
        assertThat(run("to_kg",
                "from pyspark.sql import functions as F\nfrom pyspark.sql.types import DoubleType", "",
                "LB_TO_KG = 0.5", "",
                WASTE, "",
                "def to_kg(quantity, unit):\n"
                        + "    if quantity is None or unit is None:\n"
                        + "        return None\n"
                        + "    u = unit.strip().lower()\n"
                        + "    if u in ('kg', 'kgs'):\n"
                        + "        return float(quantity)\n"
                        + "    elif u in ('g', 'gram'):\n"
                        + "        return quantity / 1000.0\n"
                        + "    elif u in ('lb', 'lbs'):\n"
                        + "        return quantity * LB_TO_KG\n"
                        + "    else:\n"
                        + "        return None", "",
                "to_kg_udf = F.udf(to_kg, DoubleType())", "",
                "df.select('id', to_kg_udf(F.col('quantity'), F.col('unit')).alias('kg')).orderBy('id').collect()",
                "[Row(id=1, kg=0.5), Row(id=2, kg=1.0), Row(id=3, kg=1.5), Row(id=4, kg=None), Row(id=5, kg=None),"
                        + " Row(id=6, kg=None)]\n"))
                .isEqualTo("PASS to_kg");
    }

    @Test
    void ifElifChainWithNotInAndEquality() {
        assertThat(run("categorise",
                "from pyspark.sql import functions as F", "",
                "df = spark.createDataFrame([(1, 'Over-production'), (2, None), (3, ''), (4, 'dropped tray'),"
                        + " (5, 'Use by date')], ['id', 'reason'])", "",
                "def categorise(reason):\n"
                        + "    if reason is None:\n"
                        + "        return 'UNKNOWN'\n"
                        + "    r = reason.strip().lower()\n"
                        + "    if r == '':\n"
                        + "        return 'UNKNOWN'\n"
                        + "    elif 'over' in r or 'batch' in r:\n"
                        + "        return 'OVERPRODUCTION'\n"
                        + "    elif 'use by' in r:\n"
                        + "        return 'EXPIRED'\n"
                        + "    elif r not in ('x', 'y'):\n"
                        + "        return 'OTHER'", "",
                "reason_udf = F.udf(categorise)", "",
                "df.select('id', reason_udf('reason').alias('c')).orderBy('id').collect()",
                "[Row(id=1, c='OVERPRODUCTION'), Row(id=2, c='UNKNOWN'), Row(id=3, c='UNKNOWN'), Row(id=4, c='OTHER'),"
                        + " Row(id=5, c='EXPIRED')]\n"))
                .isEqualTo("PASS categorise");
    }

    @Test
    void javaUdfForABodyWithALoop() {
        assertThat(run("weighted",
                "from pyspark.sql import functions as F", "",
                "df = spark.createDataFrame([(1, 2.0), (2, None), (3, 0.5)], ['id', 'x'])", "",
                "def weighted(x):\n"
                        + "    if x is None:\n"
                        + "        return -1.0\n"
                        + "    total = 0.0\n"
                        + "    for w in [1, 2, 3]:\n"
                        + "        total = total + x * w\n"
                        + "    return total", "",
                "weighted_udf = F.udf(weighted, 'double')", "",
                "df.select('id', weighted_udf(F.col('x')).alias('w')).orderBy('id').collect()",
                "[Row(id=1, w=12.0), Row(id=2, w=-1.0), Row(id=3, w=3.0)]\n"))
                .isEqualTo("PASS weighted");
    }

    @Test
    void decoratorUdfs() {
        assertThat(run("decorated",
                "from pyspark.sql.functions import udf, col\nfrom pyspark.sql.types import LongType", "",
                "df = spark.createDataFrame([(1, 'ab'), (2, None), (3, 'xyz')], ['id', 's'])", "",
                "@udf(returnType=LongType())\ndef length_or_zero(s):\n    return 0 if s is None else len(s)", "",
                "@udf('string')\ndef shout(s):\n    return s.upper() + '!'", "",
                "df.select('id', length_or_zero(col('s')).alias('n'), shout('s').alias('t')).orderBy('id').collect()",
                "[Row(id=1, n=2, t='AB!'), Row(id=2, n=0, t=None), Row(id=3, n=3, t='XYZ!')]\n"))
                .isEqualTo("PASS decorated");
    }

    @Test
    void driverHelperWithADefaultArgumentAndAGlobalConstant() {
        assertThat(run("helpers",
                "STORAGE_ACCOUNT = 'contosofoodlake'", "",
                "def lake_path(container, path=''):\n"
                        + "    return 'wasbs://' + container + '@' + STORAGE_ACCOUNT + '/' + path", "",
                "lake_path('sales')", "'wasbs://sales@contosofoodlake/'\n",
                "lake_path('menu', 'items.csv')", "'wasbs://menu@contosofoodlake/items.csv'\n",
                "def label(n):\n    if n > 1:\n        return 'many'\n    return 'one'", "",
                "print(label(3), label(1))", "many one\n"))
                .isEqualTo("PASS helpers");
    }

    @Test
    void generatorDefIsTheListItYields() {
        assertThat(run("generator",
                "def evens(n):\n    for i in range(n):\n        if i % 2 == 0:\n            yield i\n        if i > 5:\n"
                        + "            return", "",
                "list(evens(5))", "[0, 2, 4]\n",
                "sum(evens(20))", "12\n"))
                .isEqualTo("PASS generator");
    }

    @Test
    void helperReadingSparkAndADataFrame() {
        assertThat(run("with_spark",
                "from pyspark.sql import functions as F", "",
                "def with_audit_columns(df, job_name):\n"
                        + "    return df.withColumn('_job', F.lit(job_name))", "",
                "def small_frame(n):\n    return with_audit_columns(spark.range(n), 'demo')", "",
                "small_frame(2).collect()", "[Row(id=0, _job='demo'), Row(id=1, _job='demo')]\n"))
                .isEqualTo("PASS with_spark");
    }

    @Test
    void defGivenToHigherOrderFunctions() {
        assertThat(run("hof",
                "from pyspark.sql.functions import transform, aggregate, lit, when", "",
                "df = spark.createDataFrame([(1, [1, 2, 3, 4])], ('key', 'values'))", "",
                "def alternate(x, i):\n    return when(i % 2 == 0, x).otherwise(-x)", "",
                "df.select(transform('values', alternate).alias('alternated')).collect()",
                "[Row(alternated=[1, -2, 3, -4])]\n",
                "df2 = spark.createDataFrame([(1, [20.0, 4.0, 2.5])], ('id', 'values'))", "",
                "def add(acc, x):\n    total = acc + x\n    return total", "",
                "df2.select(aggregate('values', lit(0.0), add).alias('sum')).collect()", "[Row(sum=26.5)]\n"))
                .isEqualTo("PASS hof");
    }
}
