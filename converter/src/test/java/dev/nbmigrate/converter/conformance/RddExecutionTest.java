package dev.nbmigrate.converter.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.check.InMemoryCompiler;
import dev.nbmigrate.converter.conformance.RecordResult.Status;

/**
 * Translated RDD code run on local Spark, its results printed as Python's repr and compared with what PySpark
 * prints for the same code (the wants are PySpark 3.5's outputs): translation, the runtime's ordering and
 * collecting helpers and the renderer together.
 */
class RddExecutionTest {

    private static SparkSession spark;
    private static ConformanceRunner runner;
    private static int index;

    @BeforeAll
    static void start() {
        spark = ConformanceSession.getOrCreate();
        runner = new ConformanceRunner(spark, new ConformanceTranslator(ApiCatalog.standard()), new InMemoryCompiler());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "from operator import add; lines = sc.parallelize(['a b', 'b'])"
                + "; sorted(lines.flatMap(lambda l: l.split(' ')).map(lambda w: (w, 1)).reduceByKey(add).collect())"
                + "|[('a', 1), ('b', 2)]",
        "left = sc.parallelize([('a', 1), ('b', 2)]); right = sc.parallelize([('a', 3)])"
                + "; sorted(left.leftOuterJoin(right).collect())|[('a', (1, 3)), ('b', (2, None))]",
        "sc.parallelize([3, 1, 2], 2).sortBy(lambda x: x, ascending=False).collect()|[3, 2, 1]",
        "sc.parallelize([1, 2]).mean()|1.5",
        "sc.parallelize([0.1, 0.2]).sum()|0.30000000000000004",
        "sc.parallelize([1, 2, 3]).sum()|6",
        "sc.parallelize(['bb', 'a', 'ccc']).takeOrdered(2, key=len)|['a', 'bb']",
        "sc.parallelize([('b', 'x'), ('a', 'y')]).sortByKey().values().collect()|['y', 'x']",
        "sc.parallelize(['a', 'b', 'a']).countByValue()|{'a': 2, 'b': 1}",
        "sc.parallelize([(1, 'x'), (2, 'y')]).collectAsMap()|{1: 'x', 2: 'y'}",
        "sc.parallelize(range(5), 2).glom().collect()|[[0, 1], [2, 3, 4]]",
        "sc.range(1, 7, 2).map(lambda x: (x % 3, x)).groupByKey().mapValues(sorted).collect()|[(0, [3]), (1, [1]), (2, [5])]",
        "sc.parallelize([\"it's\", 'a\\tb']).collect()|[\"it's\", 'a\\tb']",
        "b = sc.broadcast({'a': 10}); sc.parallelize(['a', 'a']).map(lambda k: b.value[k] + 1).collect()|[11, 11]",
        "acc = sc.accumulator(5); sc.parallelize([1, 2, 3]).foreach(lambda x: acc.add(x)); acc.value|11",
        "acc = sc.accumulator(9); acc += 1; sc.parallelize([1, 2]).foreach(lambda x: acc.add(x)); acc.value|13",
        "acc = sc.accumulator(0); def f(x):\\n    global acc\\n    acc += x; sc.range(5).foreach(f); acc.value|10",
        "sc.parallelize([('a', 1), ('b', 2)]).toDF(['k', 'v']).collect()|[Row(k='a', v=1), Row(k='b', v=2)]",
        "sc.parallelize([1, 2, 3, 4], 2).mapPartitions(lambda it: [sum(it)]).collect()|[3, 7]",
        "sc.parallelize([1, 2, 3, 4], 2).mapPartitionsWithIndex(lambda i, it: [x * 10 + i for x in it]).collect()|[10, 20, 31, 41]",
        "sc.parallelize([1, 2, 3]).aggregate((0, 0), lambda acc, x: (acc[0] + x, acc[1] + 1), lambda a, b: (a[0] + b[0], a[1] + b[1]))|(6, 3)",
        // 2-tuples held in a variable are the pairs of a pair RDD
        "tmp = [('b', 2), ('a', 1), ('c', 3)]; sc.parallelize(tmp).sortByKey().collect()|[('a', 1), ('b', 2), ('c', 3)]",
        "sorted(sc.parallelize([5, 6, 7, 9]).groupBy(lambda x: x % 3).mapValues(sorted).collect())|[(0, [6, 9]), (1, [7]), (2, [5])]",
        // functions bound with name = lambda
        "seqOp = lambda acc, x: (acc[0] + x, acc[1] * x); combOp = lambda a, b: (a[0] + b[0], a[1] * b[1])"
                + "; sc.parallelize([1, 2, 3, 4], 2).aggregate((0, 1), seqOp, combOp)|(10, 24)",
        "sorted(sc.parallelize(['x', 'y', 'x']).countByValue().items())|[('x', 2), ('y', 1)]",
        "rdd = sc.parallelize(zip(['a', 'b', 'c'], [1, 2, 3])); rdd.lookup('b')|[2]",
        "sc.parallelize([3, -1, 4, 1], 3).treeReduce(lambda a, b: a + b)|7",
        "sc.parallelize([1, 2, 3, 4], 2).treeAggregate(0, lambda a, x: a + x * x, lambda a, b: a + b)|30",
        "sorted(sc.parallelize([('k', 1), ('j', 2), ('k', 5)]).reduceByKeyLocally(lambda a, b: a * b).items())|[('j', 2), ('k', 5)]",
        // tuples of mixed element types
        "rows = sc.parallelize([(1, 'a', 2.5), (2, 'b', 0.5)]).map(lambda t: (t[1], t[0] * t[2])); sorted(rows.collect())"
                + "|[('a', 2.5), ('b', 1.0)]",
        "sorted(sc.parallelize([1, 2]).flatMap(lambda x: [(x, 'even' if x % 2 == 0 else 'odd', x * 1.5)]).collect())"
                + "|[(1, 'odd', 1.5), (2, 'even', 3.0)]",
        "pairs = sc.parallelize([('a', 1), ('b', 2)]); d = dict(pairs.collect())"
                + "; [(k, tuple(map(str, [v, v]))) for k, v in sorted(d.items())]|[('a', ('1', '1')), ('b', ('2', '2'))]",
        "n = sc.parallelize(range(10)).sample(False, 0.5, 3).count(); 0 <= n <= 10|True",
        "(sc.parallelize([1]) + sc.parallelize([2])).collect()|[1, 2]",
        "sc.parallelize(['b', 'a']).pipe('cat').collect()|['b', 'a']",
        "sc.parallelize([('B', 1), ('a', 2), ('C', 3)]).sortByKey(True, 1, keyfunc=lambda k: k.lower()).collect()"
                + "|[('a', 2), ('B', 1), ('C', 3)]",
    })
    void printsWhatPySparkPrints(String statements, String want) {
        List<CorpusExample> examples = new ArrayList<>();
        String[] sources = statements.split("; ");
        for (int i = 0; i < sources.length; i++) {
            boolean last = i == sources.length - 1;
            examples.add(new CorpusExample(sources[i].replace("\\n", "\n") + "\n", last ? want + "\n" : "",
                    last ? ExampleKind.PYTHON_VALUE : ExampleKind.NONE, null, i + 1));
        }
        CorpusRecord record = new CorpusRecord("RddExecution", "pyspark.rdd", examples,
                Map.of("sc", "fixture:pyspark.SparkContext"), List.of("ELLIPSIS"), List.of(), false, false, false);

        RecordResult result = runner.run(record, index++);

        assertThat(result.status()).as(result.line()).isEqualTo(Status.PASS);
    }
}
