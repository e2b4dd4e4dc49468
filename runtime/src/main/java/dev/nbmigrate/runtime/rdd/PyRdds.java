package dev.nbmigrate.runtime.rdd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.api.java.JavaRDDLike;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.DoubleAccumulator;
import org.apache.spark.util.LongAccumulator;

import scala.Tuple2;
import scala.Tuple3;
import scala.Tuple4;

/**
 * The driver-side results of pair RDDs as a Python program sees them: {@code collect()} gives pairs that sort as
 * Python tuples and {@code collectAsMap()} a dict that keeps the last value of a key (Spark's own
 * {@code collectAsMap} does too, but returns a map that is not serializable).
 */
public final class PyRdds {

    private PyRdds() {
    }

    /** {@code rdd.collect()} of a pair RDD: its pairs in order, each a {@link PyTuple2}. */
    public static <K, V> List<Tuple2<K, V>> collect(JavaPairRDD<K, V> rdd) {
        return ordered(rdd.collect());
    }

    /** The pairs of {@code pairs} as {@link PyTuple2}s, in order. */
    public static <K, V> List<Tuple2<K, V>> ordered(List<Tuple2<K, V>> pairs) {
        List<Tuple2<K, V>> result = new ArrayList<>(pairs.size());
        for (Tuple2<K, V> pair : pairs) {
            result.add(PyTuple2.of(pair));
        }
        return result;
    }

    /**
     * Python 2-tuples held as lists ({@code [('a', 1), ('b', 2)]} in a variable) as the {@code Tuple2}s a pair RDD
     * holds: what {@code sc.parallelize(pairs)} distributes.
     *
     * @throws IllegalArgumentException when an element is not of length 2, where PySpark's key-value operations
     *     fail too
     */
    @SuppressWarnings("unchecked")
    public static <K, V> List<Tuple2<K, V>> pairs(Iterable<? extends List<?>> tuples) {
        List<Tuple2<K, V>> result = new ArrayList<>();
        for (List<?> tuple : tuples) {
            if (tuple.size() != 2) {
                throw new IllegalArgumentException("a key-value pair needs 2 elements, got " + tuple.size() + ": " + tuple);
            }
            result.add(new PyTuple2<>((K) tuple.get(0), (V) tuple.get(1)));
        }
        return result;
    }

    /**
     * A Python 2-tuple held as a list (what a def returns) as the {@code Tuple2} a pair RDD or a Java RDD function
     * needs; None ({@code null}) stays None.
     *
     * @throws IllegalArgumentException when the tuple is not of length 2
     */
    @SuppressWarnings("unchecked")
    public static <K, V> Tuple2<K, V> pair(List<?> tuple) {
        if (tuple == null) {
            return null;
        }
        if (tuple.size() != 2) {
            throw new IllegalArgumentException("a key-value pair needs 2 elements, got " + tuple.size() + ": " + tuple);
        }
        return new PyTuple2<>((K) tuple.get(0), (V) tuple.get(1));
    }

    /** {@code rdd.randomSplit(weights, seed)}: Spark's split by the (int or float) weights, as a list of RDDs. */
    public static <T> List<JavaRDD<T>> randomSplit(JavaRDD<T> rdd, List<? extends Number> weights, long seed) {
        double[] java = new double[weights.size()];
        for (int i = 0; i < java.length; i++) {
            java[i] = weights.get(i).doubleValue();
        }
        return List.of(rdd.randomSplit(java, seed));
    }

    /** The values of one key after {@code groupByKey()}, as a list (PySpark's ResultIterable has len and list). */
    public static <V> List<V> list(Iterable<V> values) {
        List<V> list = new ArrayList<>();
        values.forEach(list::add);
        return list;
    }

    /** The groups of one key after {@code cogroup(other)}: a tuple of two lists (a Python list of them). */
    public static <V> List<List<V>> groups(Tuple2<Iterable<V>, Iterable<V>> groups) {
        return List.of(list(groups._1()), list(groups._2()));
    }

    /** The groups of one key after {@code groupWith(a, b)}: a tuple of three lists. */
    public static <V> List<List<V>> groups(Tuple3<Iterable<V>, Iterable<V>, Iterable<V>> groups) {
        return List.of(list(groups._1()), list(groups._2()), list(groups._3()));
    }

    /** The groups of one key after {@code groupWith(a, b, c)}: a tuple of four lists. */
    public static <V> List<List<V>> groups(Tuple4<Iterable<V>, Iterable<V>, Iterable<V>, Iterable<V>> groups) {
        return List.of(list(groups._1()), list(groups._2()), list(groups._3()), list(groups._4()));
    }

    /**
     * The elements of {@code rdd.toLocalIterator()}, fetched partition by partition, as the list a Python loop or
     * comprehension over it sees.
     */
    public static <T> List<T> drain(Iterator<T> elements) {
        List<T> list = new ArrayList<>();
        elements.forEachRemaining(list::add);
        return list;
    }

    /**
     * Python's {@code range(start, stop, step)} as a list: what {@code sc.range} parallelizes.
     *
     * @throws IllegalArgumentException when {@code step} is 0, as Python raises ValueError
     */
    public static List<Long> range(long start, long stop, long step) {
        if (step == 0) {
            throw new IllegalArgumentException("range() arg 3 must not be zero");
        }
        List<Long> values = new ArrayList<>();
        for (long value = start; step > 0 ? value < stop : value > stop; value += step) {
            values.add(value);
        }
        return values;
    }

    /**
     * {@code sc.runJob(rdd, f, partitions)}: {@code f} run over each chosen partition (all when {@code partitions}
     * is null), the results in partition order.
     */
    public static <T, U> List<U> runJob(JavaRDDLike<T, ?> rdd, FlatMapFunction<Iterator<T>, U> f, List<Long> partitions) {
        Set<Integer> wanted = partitions == null ? null : new HashSet<>();
        if (partitions != null) {
            partitions.forEach(p -> wanted.add(Math.toIntExact(p)));
        }
        return rdd.mapPartitionsWithIndex((index, elements) -> wanted == null || wanted.contains(index)
                ? f.call(elements) : Collections.<U>emptyIterator(), true).collect();
    }

    /** {@code sc.accumulator(start)} of ints: a registered {@link LongAccumulator} that starts at {@code start}. */
    public static LongAccumulator longAccumulator(SparkContext sc, long start) {
        LongAccumulator accumulator = sc.longAccumulator();
        accumulator.add(start);
        return accumulator;
    }

    /** {@code sc.accumulator(start)} of floats: a registered {@link DoubleAccumulator} that starts at {@code start}. */
    public static DoubleAccumulator doubleAccumulator(SparkContext sc, double start) {
        DoubleAccumulator accumulator = sc.doubleAccumulator();
        accumulator.add(start);
        return accumulator;
    }

    /**
     * {@code rdd.toDF()} or {@code spark.createDataFrame(rdd)} of an RDD of Rows without a schema: as PySpark, the
     * schema of the first Row (a Row of a DataFrame carries its schema).
     *
     * @throws IllegalArgumentException when the RDD is empty or its first Row has no field names, where PySpark
     *     raises too
     */
    public static Dataset<Row> dataFrame(SparkSession spark, JavaRDD<Row> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("can not infer schema from empty dataset");
        }
        StructType schema = rows.first().schema();
        if (schema == null) {
            throw new IllegalArgumentException("can not infer schema: the first Row of the RDD has no field names");
        }
        return spark.createDataFrame(rows, schema);
    }

    /** The values of a Row in field order: what Python iterates over in a Row (a tuple). */
    public static List<Object> values(Row row) {
        List<Object> values = new ArrayList<>(row.length());
        for (int i = 0; i < row.length(); i++) {
            values.add(row.get(i));
        }
        return values;
    }

    /** {@code rdd.collectAsMap()}: a dict in the order the keys first came, the last value of a key winning. */
    public static <K, V> Map<K, V> collectAsMap(JavaPairRDD<K, V> rdd) {
        Map<K, V> map = new LinkedHashMap<>();
        for (Tuple2<K, V> pair : rdd.collect()) {
            map.put(pair._1(), pair._2());
        }
        return map;
    }
}
