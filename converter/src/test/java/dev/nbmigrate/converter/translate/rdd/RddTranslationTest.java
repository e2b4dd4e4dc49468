package dev.nbmigrate.converter.translate.rdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.javaparser.ast.stmt.Statement;

import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.python.PythonDialect;
import dev.nbmigrate.converter.parse.python.PythonParser;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.translate.Exploration;
import dev.nbmigrate.converter.translate.Scope;
import dev.nbmigrate.converter.translate.StmtTranslator;
import dev.nbmigrate.converter.translate.TranslationContext;
import dev.nbmigrate.converter.translate.Untranslatable;
import dev.nbmigrate.converter.types.SparkObject;

/** Python RDD code in, Java RDD code out: the element types followed, pairs as Tuple2, lambdas typed. */
class RddTranslationTest {

    private static final ApiCatalog CATALOG = ApiCatalog.standard();
    private static final String PRELUDE = "from operator import add\n"
            + "nums = sc.parallelize([1, 2, 3], 2)\n"
            + "words = sc.textFile('in.txt')\n"
            + "pairs = sc.parallelize([('a', 1), ('b', 2)])\n";
    private static final int PRELUDE_STATEMENTS = 4;

    private static String translate(String python) {
        TranslationContext context = new TranslationContext(CATALOG, Exploration.INSPECT, SourceRef.ofCell("t.ipynb", 1));
        Scope scope = new Scope();
        scope.bindGlobal("spark", "spark", "SparkSession", SparkObject.SPARK_SESSION);
        scope.bindExpression("sc", "spark.sparkContext()", "SparkContext", SparkObject.SPARK_CONTEXT);
        StmtTranslator translator = new StmtTranslator(context, scope);
        List<String> lines = new ArrayList<>();
        List<PyStmt> body = new PythonParser().parse(PRELUDE + python, SourceRef.ofCell("t.ipynb", 1), PythonDialect.PYTHON3)
                .tree().body();
        for (int i = 0; i < body.size(); i++) {
            List<Statement> statements = translator.translate(body.get(i));
            if (i >= PRELUDE_STATEMENTS) {
                statements.forEach(s -> lines.add(s.toString().replaceAll("\\s*\n\\s*", "")));
            }
        }
        return String.join("\n", lines);
    }

    @Test
    void sourcesAreTypedJavaRdds() {
        assertThat(preludeJava())
                .contains("JavaRDD<Long> nums = JavaSparkContext.fromSparkContext(spark.sparkContext())"
                        + ".parallelize(PyLiterals.<Long>list(1L, 2L, 3L), 2);")
                .contains("JavaRDD<String> words = JavaSparkContext.fromSparkContext(spark.sparkContext()).textFile(\"in.txt\");")
                .contains("JavaPairRDD<String, Long> pairs = JavaSparkContext.fromSparkContext(spark.sparkContext())"
                        + ".parallelizePairs(PyLiterals.<Tuple2<String, Long>>list(new Tuple2<>(\"a\", 1L), new Tuple2<>(\"b\", 2L)));");
    }

    private static String preludeJava() {
        TranslationContext context = new TranslationContext(CATALOG, Exploration.INSPECT, SourceRef.ofCell("t.ipynb", 1));
        Scope scope = new Scope();
        scope.bindGlobal("spark", "spark", "SparkSession", SparkObject.SPARK_SESSION);
        scope.bindExpression("sc", "spark.sparkContext()", "SparkContext", SparkObject.SPARK_CONTEXT);
        StmtTranslator translator = new StmtTranslator(context, scope);
        List<String> lines = new ArrayList<>();
        for (PyStmt statement : new PythonParser().parse(PRELUDE, SourceRef.ofCell("t.ipynb", 1), PythonDialect.PYTHON3)
                .tree().body()) {
            translator.translate(statement).forEach(s -> lines.add(s.toString().replaceAll("\\s*\n\\s*", "")));
        }
        return String.join("\n", lines);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // transformations: element types followed, ints held as long, 2-tuples as Tuple2 (a pair RDD)
        "doubled = nums.map(lambda x: x * 2)|JavaRDD<Long> doubled = nums.map(x -> x * 2);",
        "lengths = words.map(len)|JavaRDD<Long> lengths = words.map(rddArg0 -> (long) (rddArg0.length()));",
        "counts = words.map(lambda w: (w, 1)).reduceByKey(add)|JavaPairRDD<String, Long> counts = words.mapToPair(w -> new Tuple2<>(w, 1L)).reduceByKey((rddArg0, rddArg1) -> rddArg0 + rddArg1);",
        "big = nums.filter(lambda x: x > 1)|JavaRDD<Long> big = nums.filter(x -> x > 1);",
        "parts = words.flatMap(lambda l: l.split(','))|JavaRDD<String> parts = words.flatMap(l -> (Arrays.asList(l.split(\",\", -1))).iterator());",
        "plus = pairs.mapValues(lambda v: v + 1)|JavaPairRDD<String, Long> plus = pairs.mapValues(v -> v + 1);",
        "ks = pairs.keys()|JavaRDD<String> ks = pairs.keys();",
        "g = pairs.groupByKey()|JavaPairRDD<String, List<Long>> g = pairs.groupByKey().mapValues(PyRdds::list);",
        "j = pairs.leftOuterJoin(pairs)|JavaPairRDD<String, Tuple2<Long, Long>> j = pairs.leftOuterJoin(pairs).mapValues(p -> new Tuple2<>(p._1(), p._2().orNull()));",
        "s = nums.sortBy(lambda x: -x)|JavaRDD<Long> s = nums.keyBy(x -> -x).sortByKey(PyOrder.natural(), true).values();",
        "firsts = pairs.map(lambda p: p[0])|JavaRDD<String> firsts = pairs.map(p -> p._1());",
        "sums = words.map(lambda l: (l, float(l))).reduceByKey(lambda a, b: a + b)|JavaPairRDD<String, Double> sums = words.mapToPair(l -> new Tuple2<>(l, Double.parseDouble(l.strip()))).reduceByKey((a, b) -> a + b);",
        "s = nums.sample(False, 0.5, 7)|JavaRDD<Long> s = nums.sample(false, 0.5, 7L);",
        // a collected pair RDD unpacked in a loop
        "for k, v in pairs.collect():\\n    print(k, v)|for (Tuple2<String, Long> pair : PyRdds.collect(pairs)) {String k = pair._1();long v = pair._2();LOG.info(\"{} {}\", k, v);}",
        // actions: the Java values a Python program sees
        "total = nums.sum()|long total = nums.fold(0L, Long::sum);",
        "m = pairs.collectAsMap()|Map<String, Long> m = PyRdds.collectAsMap(pairs);",
        "rows = pairs.collect()|List<Tuple2<String, Long>> rows = PyRdds.collect(pairs);",
        "top = words.top(2, key=len)|List<String> top = words.top(2, PyOrder.by(rddArg0 -> (long) (rddArg0.length())));",
        "n = nums.count()|long n = nums.count();",
        "avg = nums.mean()|double avg = nums.mapToDouble(Number::doubleValue).mean();",
        "h = nums.histogram(2)|List<Object> h = PyHistogram.histogram(nums, 2L);",
        "h = nums.histogram([0, 2, 4])|List<List<Long>> h = PyHistogram.histogram(nums, PyLiterals.list(0L, 2L, 4L));",
        "v = spark.range(3).rdd.flatMap(lambda r: r).collect()|List<Object> v = spark.range(3).toDF().javaRDD().flatMap(r -> (PyRdds.values(r)).iterator()).collect();",
        "t = nums.flatMap(lambda x: (x, x * 10, x * 100)).collect()|List<Long> t = nums.flatMap(x -> (PyTuple.of(x, x * 10, x * 100)).iterator()).collect();",
        // DataFrames of RDDs: the column types PySpark infers from the Python values
        "df = pairs.toDF(['k', 'v'])|Dataset<Row> df = spark.createDataFrame(pairs.map(p -> RowFactory.create(p._1(), p._2())), StructType.fromDDL(\"k STRING,v BIGINT\"));",
        "df = spark.createDataFrame(pairs)|Dataset<Row> df = spark.createDataFrame(pairs.map(p -> RowFactory.create(p._1(), p._2())), StructType.fromDDL(\"_1 STRING,_2 BIGINT\"));",
        // an RDD of Rows without a schema: the first Row's (PySpark infers it so); names rename the columns
        "df2 = spark.table('t').rdd.toDF()|Dataset<Row> df2 = PyRdds.dataFrame(spark, spark.table(\"t\").javaRDD());",
        "df2 = spark.createDataFrame(spark.table('t').rdd.filter(lambda r: r is not None), ['a', 'b'])|Dataset<Row> df2 = PyRdds.dataFrame(spark, spark.table(\"t\").javaRDD().filter(r -> r != null)).toDF(\"a\", \"b\");",
        // shared variables
        "b = sc.broadcast({'a': 1.5})|Broadcast<Map<String, Double>> b = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(PyLiterals.orderedDict(\"a\", 1.5));",
        "acc = sc.accumulator(0)|LongAccumulator acc = PyRdds.longAccumulator(spark.sparkContext(), 0L);",
        // grouping several RDDs, placing keys in partitions, estimates
        "c = pairs.cogroup(pairs)|JavaPairRDD<String, List<List<Long>>> c = pairs.cogroup(pairs).mapValues(PyRdds::groups);",
        "c = pairs.groupWith(pairs, pairs, pairs)|JavaPairRDD<String, List<List<Long>>> c = pairs.cogroup(pairs, pairs, pairs).mapValues(PyRdds::groups);",
        "r = pairs.repartitionAndSortWithinPartitions(2, lambda k: len(k), False)|JavaPairRDD<String, Long> r = pairs.repartitionAndSortWithinPartitions(PyPartitioner.<String>of(2, k -> (long) (k.length())), PyOrder.by(k2 -> k2, true));",
        "r = nums.map(lambda x: (x, x)).partitionBy(3)|JavaPairRDD<Long, Long> r = nums.mapToPair(x -> new Tuple2<>(x, x)).partitionBy(PyPartitioner.<Long>of(3, PyPartitioner::hashInt));",
        "e = nums.sumApprox(1000)|double e = nums.mapToDouble(Number::doubleValue).sumApprox((long) (1000)).getFinalValue().mean();",
        // a filter that drops None narrows the element type
        "t = words.map(lambda l: None if l == '' else (l, 1)).filter(lambda x: x is not None).reduceByKey(add)|JavaPairRDD<String, Long> t = JavaPairRDD.fromJavaRDD(words.map(l -> l.equals(\"\") ? null : new Tuple2<>(l, 1L)).filter(x -> x != null)).reduceByKey((rddArg0, rddArg1) -> rddArg0 + rddArg1);",
        // without the None test the elements may still be None: not a pair RDD
        "t = words.map(lambda l: None if l == '' else (l, 1)).filter(lambda x: len(x[0]) > 1).count()|long t = words.map(l -> l.equals(\"\") ? null : new Tuple2<>(l, 1L)).filter(x -> x._1().length() > 1).count();",
    })
    void translatesRddCalls(String python, String java) {
        assertThat(translate(python.replace("\\n", "\n"))).isEqualTo(java);
    }

    @Test
    void generatorDefsArePartitionFunctions() {
        assertThat(translate("def f(index, it):\n    for x in it:\n        yield x + index\n"
                + "r = nums.mapPartitionsWithIndex(f)"))
                .isEqualTo("JavaRDD<Long> r = nums.mapPartitionsWithIndex((rddArg0, it) -> (f(rddArg0, PyRdds.drain(it))).iterator(), false);");
    }

    @Test
    void theAnalysisCountsExactlyTheTranslatedMembersAsSupported() {
        assertThat(new java.util.TreeSet<>(dev.nbmigrate.converter.api.RddMembers.RDD))
                .containsExactlyElementsOf(RddCalls.operationNames());
        java.util.Set<String> sources = new java.util.TreeSet<>(RddCalls.sourceNames());
        sources.remove("parallelize"); // a row of its own in the member table (a DataFrame where one is made of it)
        assertThat(new java.util.TreeSet<>(dev.nbmigrate.converter.api.RddMembers.SPARK_CONTEXT)).isEqualTo(sources);
    }

    @Test
    void operationsWithoutJavaAreFindingsNotBrokenJava() {
        assertThatThrownBy(() -> translate("nums.saveAsPickleFile('out')"))
                .isInstanceOfSatisfying(Untranslatable.class, e -> assertThat(e.code()).isEqualTo(Code.NBM270));
        assertThatThrownBy(() -> translate("sc.parallelize([]).map(lambda x: x + 1)"))
                .isInstanceOfSatisfying(Untranslatable.class, e -> assertThat(e.code()).isEqualTo(Code.NBM271));
        assertThatThrownBy(() -> translate("words.histogram(3)"))
                .isInstanceOfSatisfying(Untranslatable.class, e -> assertThat(e.code()).isEqualTo(Code.NBM271));
        assertThatThrownBy(() -> translate("words.map(lambda a, b: a)"))
                .isInstanceOfSatisfying(Untranslatable.class, e -> assertThat(e.code()).isEqualTo(Code.NBM272));
    }
}
