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
 * Driver-side Python translated, compiled and run: each snippet's printed value is what CPython prints for it,
 * worked out by hand.
 */
class DriverPythonExecutionTest {

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
    void datesOfTheUtilsNotebook() {
        assertThat(run("dates",
                "import datetime as dt", "",
                "DATE_FMT = '%Y-%m-%d'", "",
                "s = dt.datetime.strptime('2024-01-30', DATE_FMT).date()", "",
                "e = dt.datetime.strptime('2024-2-2', DATE_FMT).date()", "",
                "[(s + dt.timedelta(days=i)).strftime(DATE_FMT) for i in range((e - s).days + 1)]",
                "['2024-01-30', '2024-01-31', '2024-02-01', '2024-02-02']\n",
                "d = dt.date(2024, 1, 10)", "",
                "(d - dt.timedelta(days=d.weekday())).isoformat()", "'2024-01-08'\n",
                "d.strftime('%Y-%m') + ' ' + d.strftime('%a %d %b')", "'2024-01 Wed 10 Jan'\n",
                "(e - s).days", "3\n"))
                .isEqualTo("PASS dates");
    }

    @Test
    void indexingAndSlicingCountFromTheEndAndClamp() {
        assertThat(run("slices",
                "xs = [1, 2, 3, 4, 5]", "",
                "xs[-1]", "5\n",
                "i = 1", "",
                "xs[i] + xs[-i]", "7\n",
                "xs[1:]", "[2, 3, 4, 5]\n",
                "xs[:-2]", "[1, 2, 3]\n",
                "xs[::-2]", "[5, 3, 1]\n",
                "xs[i:i + 2]", "[2, 3]\n",
                "xs[10:]", "[]\n",
                "s = 'report.csv'", "",
                "s[:-4]", "'report'\n",
                "s[-3:]", "'csv'\n",
                "s[0]", "'r'\n"))
                .isEqualTo("PASS slices");
    }

    @Test
    void columnsSlicesAndDtypesPairs() {
        assertThat(run("dtypes",
                "df = spark.createDataFrame([(1, 'a', 2.0)], ['id', 'name', 'score'])", "",
                "df.columns[1:]", "['name', 'score']\n",
                "df.columns[0:-1]", "['id', 'name']\n",
                "df.dtypes[-1]", "['score', 'double']\n",
                "[name for name, kind in df.dtypes if kind == 'string']", "['name']\n"))
                .isEqualTo("PASS dtypes");
    }

    @Test
    void sampleTakesItsArgumentsAsPySparkShiftsThem() {
        assertThat(run("sample",
                "df = spark.range(100)", "",
                "df.sample(False, 1.0).count()", "100\n",
                "df.sample(1.0).count()", "100\n",
                "df.sample(fraction=1.0, seed=3).count()", "100\n",
                "df.sample(0.0, 42).count()", "0\n",
                "df.sample(withReplacement=False, fraction=0.0).count()", "0\n",
                "df.sampleBy('id', fractions={0: 1.0, 1: 0.0}).count()", "1\n"))
                .isEqualTo("PASS sample");
    }

    @Test
    void aFunctionWhoseTryAndExceptBothReturnEndsThere() {
        assertThat(run("parse",
                "def parse(line):\n    try:\n        f = line.split(',')\n        return int(f[1])\n"
                        + "    except Exception as e:\n        return None", "",
                "parse('a,7')", "7\n",
                "parse('a,x') is None", "True\n"))
                .isEqualTo("PASS parse");
    }

    @Test
    void isinstanceIsDecidedPerCallSoEachArgumentTypeGetsItsBranch() {
        assertThat(run("isinstance",
                "import datetime as dt", "",
                "def month_of(d):\n    if isinstance(d, str):\n        d = dt.datetime.strptime(d, '%Y-%m-%d').date()\n"
                        + "    return d.strftime('%Y-%m')", "",
                "month_of('2024-02-29')", "'2024-02'\n",
                "month_of(dt.date(2024, 3, 1))", "'2024-03'\n",
                "isinstance(3, (int, float)) and not isinstance('x', (list, dict))", "True\n",
                "isinstance(True, int)", "True\n"))
                .isEqualTo("PASS isinstance");
    }

    @Test
    void comprehensionsAndBuiltins() {
        assertThat(run("containers",
                "xs = [3, 1, 2]", "",
                "[x * 10 for x in xs if x != 1]", "[30, 20]\n",
                "sorted(xs, reverse=True)", "[3, 2, 1]\n",
                "sum(x * x for x in xs)", "14\n",
                "keys = ['a', 'b']", "",
                "d = {k: v for k, v in zip(keys, xs)}", "",
                "d", "{'a': 3, 'b': 1}\n",
                "'a' in d and 'z' not in d", "True\n",
                "[0] * 3", "[0, 0, 0]\n",
                "total = 0\nfor i, x in enumerate(xs):\n    if i == 2:\n        break\n    total += i * x", "",
                "total", "1\n",
                "n = 0\nwhile n < 5:\n    n += 2", "",
                "n", "6\n"))
                .isEqualTo("PASS containers");
    }

    @Test
    void stringFormatting() {
        assertThat(run("strings",
                "container = 'sales'", "",
                "'wasbs://{0}@{1}.{2}/{3}'.format(container, 'acct', 'blob', '/raw/'.lstrip('/'))",
                "'wasbs://sales@acct.blob/raw/'\n",
                "\"WHERE d >= '{week_from}'\".format(week_from='2024-01-01')", "\"WHERE d >= '2024-01-01'\"\n",
                "'missing %d lines, %.1f%%' % (3, 12.345)", "'missing 3 lines, 12.3%'\n",
                "f'{container.upper()}: {2 / 3:.2f} ok={True}'", "'SALES: 0.67 ok=True'\n",
                "'-'.join(p.strip() for p in ' a , b '.split(','))", "'a-b'\n"))
                .isEqualTo("PASS strings");
    }

    @Test
    void formatFlagsPythonIgnoresAreLeftOutWhereJavaWouldThrow() {
        assertThat(run("format-flags",
                "'{:0.3f}'.format(1.5)", "'1.500'\n",
                "'%0.2f' % 2.0", "'2.00'\n",
                "'{:<.1f}'.format(2.5)", "'2.5'\n",
                "'%-.1f|%+ d' % (2.5, 3)", "'2.5|+3'\n",
                "'%-05d|' % 42", "'42   |'\n",
                "'%g|%g|%g' % (1.5, 1234567.0, 0.0001)", "'1.5|1.23457e+06|0.0001'\n",
                "'%.3g' % 3.14159 + '{:g}'.format(100000.0) + '{:.2g}'.format(2.5) + '%g' % 1e-5",
                "'3.14100000' + '2.5' + '1e-05'\n".replace("' + '", ""),
                "import time", "",
                "t0 = time.time()", "",
                "time.time() - t0 < 60 and t0 > 1.6e9", "True\n"))
                .isEqualTo("PASS format-flags");
    }

    @Test
    void rowsOnTheDriverAreTypedAndReadByPositionOrName() {
        assertThat(run("rows",
                "from pyspark.sql import functions as F", "",
                "df = spark.createDataFrame([(1, 'a'), (2, 'b')], ['id', 'name'])", "",
                "rows = df.head(2)", "",
                "[r['name'] for r in rows]", "['a', 'b']\n",
                "df.collect()[1][0]", "2\n",
                "df.head().asDict()", "{'id': 1, 'name': 'a'}\n",
                "df.first().name", "'a'\n",
                "cols = ['name']", "",
                "df.select([F.col(c) for c in cols]).collect()", "[Row(name='a'), Row(name='b')]\n",
                "df.select(cols).collect()", "[Row(name='a'), Row(name='b')]\n",
                "{k: len(k) for k in ['a', 'bb']}", "{'a': 1, 'bb': 2}\n",
                "[len(k) for k in ['a', 'bb']]", "[1, 2]\n"))
                .isEqualTo("PASS rows");
    }

    @Test
    void assertionsAndExceptions() {
        assertThat(run("checks",
                "missing = 0", "",
                "assert missing == 0, 'missing %d' % missing", "",
                "try:\n    raise ValueError('bad')\nexcept ValueError as e:\n    missing = 1", "",
                "missing", "1\n"))
                .isEqualTo("PASS checks");
    }
}
