package dev.nbmigrate.converter.translate.rdd;

import static dev.nbmigrate.converter.translate.rdd.RddFunctions.invoke;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.type.PrimitiveType;

import dev.nbmigrate.converter.translate.TExpr;
import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PairType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.RddType;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.UnknownType;

/**
 * The tables of {@link RddCalls}: each SparkContext member that makes an RDD and each RDD member translated, with
 * how a call of it becomes Java. A member not in {@link #OPERATIONS} is {@code NBM270}.
 */
final class RddOperations {

    /** One RDD (or SparkContext) member: how a call of it becomes Java. */
    @FunctionalInterface
    interface Operation {
        TExpr translate(RddCalls calls, RddInvocation invocation);
    }

    /** The SparkContext members that make RDDs. */
    static final Map<String, Operation> SOURCES = Map.of(
            "parallelize", (c, i) -> c.sources.parallelize(i),
            "range", (c, i) -> c.sources.range(i),
            "textFile", (c, i) -> c.sources.textFile(i, "textFile", ScalarType.STR),
            "wholeTextFiles", (c, i) -> c.sources.textFile(i, "wholeTextFiles", new PairType(ScalarType.STR, ScalarType.STR)),
            "emptyRDD", (c, i) -> TExpr.of(invoke(c.sources.javaContext(i), "emptyRDD"), new RddType(UnknownType.UNKNOWN)),
            "broadcast", (c, i) -> c.sources.broadcast(i),
            "runJob", (c, i) -> c.sources.runJob(i),
            "accumulator", (c, i) -> c.sources.accumulator(i));

    /** The RDD members: transformations and actions. */
    static final Map<String, Operation> OPERATIONS = operations();

    private static Map<String, Operation> operations() {
        Map<String, Operation> table = new LinkedHashMap<>();
        // transformations with a function
        table.put("map", RddCalls::map);
        table.put("flatMap", RddCalls::flatMap);
        table.put("filter", RddCalls::filter);
        table.put("mapValues", RddCalls::mapValues);
        table.put("flatMapValues", RddCalls::flatMapValues);
        table.put("keyBy", RddCalls::keyBy);
        table.put("reduceByKey", RddCalls::reduceByKey);
        table.put("foldByKey", RddCalls::foldByKey);
        table.put("aggregateByKey", RddCalls::aggregateByKey);
        table.put("combineByKey", RddCalls::combineByKey);
        table.put("sortBy", RddCalls::sortBy);
        table.put("sortByKey", RddCalls::sortByKey);
        // transformations without a function
        table.put("keys", (c, i) -> TExpr.of(invoke(i.java(), "keys"), new RddType(i.pair().first())));
        table.put("values", (c, i) -> TExpr.of(invoke(i.java(), "values"), new RddType(i.pair().second())));
        table.put("distinct", (c, i) -> i.same(invoke(i.java(), "distinct", i.optionalInts("numPartitions"))));
        table.put("union", (c, i) -> i.same(invoke(i.java(), "union", c.sameRdd(i, 0, "other").java())));
        table.put("intersection", (c, i) -> i.same(invoke(i.java(), "intersection", c.sameRdd(i, 0, "other").java())));
        table.put("subtract", (c, i) -> i.same(invoke(i.java(), "subtract", c.sameRdd(i, 0, "other").java())));
        table.put("subtractByKey", (c, i) -> i.same(invoke(i.java(), "subtractByKey", c.rdd(i, 0, "other").java())));
        table.put("cartesian", RddCalls::cartesian);
        table.put("zip", RddCalls::zip);
        table.put("zipWithIndex", (c, i) -> TExpr.of(invoke(i.java(), "zipWithIndex"), new RddType(new PairType(i.element(), ScalarType.INT))));
        table.put("zipWithUniqueId", (c, i) -> TExpr.of(invoke(i.java(), "zipWithUniqueId"), new RddType(new PairType(i.element(), ScalarType.INT))));
        table.put("groupByKey", RddCalls::groupByKey);
        table.put("groupBy", RddCalls::groupBy);
        table.put("sampleByKey", (c, i) -> i.same(invoke(i.java(), "sampleByKey", c.expressions.translate(i.arg(0, "withReplacement")).java(),
                c.fractions(i), i.seed())));
        table.put("lookup", (c, i) -> TExpr.of(invoke(i.java(), "lookup", RddFunctions.held(i.translated(0, "key"))),
                new ListType(i.pair().second())));
        table.put("reduceByKeyLocally", (c, i) -> TExpr.of(invoke(c.runtime(RddCalls.PY_RDDS), "collectAsMap", c.reduceByKey(i).java()),
                new DictType(i.pair().first(), i.pair().second())));
        table.put("treeReduce", (c, i) -> TExpr.of(invoke(i.java(), "treeReduce", c.binary(i, i.arg(0, "f"), i.element(), i.element()),
                i.optionalInt(1, "depth").orElse(new IntegerLiteralExpr("2"))), i.element()));
        table.put("treeAggregate", RddCalls::treeAggregate);
        table.put("takeSample", (c, i) -> TExpr.of(invoke(i.java(), "takeSample", c.expressions.translate(i.arg(0, "withReplacement")).java(),
                i.intArg(1, "num"), i.seed()), new ListType(i.element())));
        table.put("randomSplit", RddCalls::randomSplit);
        table.put("countApprox", (c, i) -> TExpr.of(new CastExpr(PrimitiveType.longType(), invoke(invoke(invoke(i.java(), "countApprox",
                new CastExpr(PrimitiveType.longType(), new EnclosedExpr(i.translated(0, "timeout").java())),
                i.optional(1, "confidence").map(e -> RddFunctions.held(c.expressions.translate(e)))
                        .orElse(new com.github.javaparser.ast.expr.DoubleLiteralExpr("0.95"))), "getFinalValue"), "mean")), ScalarType.INT));
        table.put("countApproxDistinct", (c, i) -> TExpr.of(invoke(i.java(), "countApproxDistinct",
                i.optional(0, "relativeSD").map(e -> RddFunctions.held(c.expressions.translate(e)))
                        .orElse(new com.github.javaparser.ast.expr.DoubleLiteralExpr("0.05"))), ScalarType.INT));
        table.put("pipe", RddCalls::pipe);
        table.put("id", (c, i) -> TExpr.of(new CastExpr(PrimitiveType.longType(), invoke(i.java(), "id")), ScalarType.INT));
        table.put("cogroup", (c, i) -> c.cogroup(i, List.of(i.arg(0, "other")), i.optional(1, "numPartitions")));
        table.put("groupWith", (c, i) -> c.cogroup(i, i.call().args(), Optional.empty()));
        table.put("repartitionAndSortWithinPartitions", RddCalls::repartitionAndSortWithinPartitions);
        table.put("partitionBy", RddCalls::partitionBy);
        table.put("sumApprox", (c, i) -> c.approximate(i, "sumApprox"));
        table.put("meanApprox", (c, i) -> c.approximate(i, "meanApprox"));
        table.put("join", (c, i) -> c.join(i, "join", false, false));
        table.put("leftOuterJoin", (c, i) -> c.join(i, "leftOuterJoin", false, true));
        table.put("rightOuterJoin", (c, i) -> c.join(i, "rightOuterJoin", true, false));
        table.put("fullOuterJoin", (c, i) -> c.join(i, "fullOuterJoin", true, true));
        table.put("sample", (c, i) -> i.same(invoke(i.java(), "sample", c.expressions.translate(i.arg(0, "withReplacement")).java(),
                RddFunctions.held(c.expressions.translate(i.arg(1, "fraction"))), i.seed())));
        table.put("mapPartitions", (c, i) -> {
            RddFunctions.Fn fn = c.functions.partition(i.arg(0, "f"), i.element(), false);
            return TExpr.of(invoke(i.java(), "mapPartitions", fn.java()), new RddType(fn.result()));
        });
        table.put("mapPartitionsWithSplit", (c, i) -> c.operation("mapPartitionsWithIndex", i));
        table.put("mapPartitionsWithIndex", (c, i) -> {
            RddFunctions.Fn fn = c.functions.partition(i.arg(0, "f"), i.element(), true);
            return TExpr.of(invoke(i.java(), "mapPartitionsWithIndex", fn.java(), new BooleanLiteralExpr(false)),
                    new RddType(fn.result()));
        });
        table.put("glom", (c, i) -> TExpr.of(invoke(i.java(), "glom"), new RddType(new ListType(i.element()))));
        table.put("repartition", (c, i) -> i.same(invoke(i.java(), "repartition", i.intArg(0, "numPartitions"))));
        table.put("coalesce", (c, i) -> i.same(invoke(i.java(), "coalesce", i.intArg(0, "numPartitions"))));
        table.put("cache", (c, i) -> i.same(invoke(i.java(), "persist", c.serializedMemory())));
        table.put("persist", RddCalls::persist);
        table.put("unpersist", (c, i) -> i.same(invoke(i.java(), "unpersist")));
        table.put("setName", (c, i) -> i.same(invoke(i.java(), "setName", i.translated(0, "name").java())));
        // actions
        table.put("collect", (c, i) -> i.isPair()
                ? TExpr.of(invoke(c.runtime(RddCalls.PY_RDDS), "collect", i.java()), new ListType(i.element()))
                : TExpr.of(invoke(i.java(), "collect"), new ListType(i.element())));
        table.put("toLocalIterator", (c, i) -> TExpr.of(invoke(c.runtime(RddCalls.PY_RDDS), "drain", invoke(i.java(), "toLocalIterator")),
                new ListType(i.element())));
        table.put("collectAsMap", (c, i) -> TExpr.of(invoke(c.runtime(RddCalls.PY_RDDS), "collectAsMap", i.java()),
                new DictType(i.pair().first(), i.pair().second())));
        table.put("count", (c, i) -> TExpr.of(invoke(i.java(), "count"), ScalarType.INT));
        table.put("first", (c, i) -> TExpr.of(invoke(i.java(), "first"), i.element()));
        table.put("take", (c, i) -> TExpr.of(invoke(i.java(), "take", i.intArg(0, "num")), new ListType(i.element())));
        table.put("takeOrdered", (c, i) -> TExpr.of(invoke(i.java(), "takeOrdered", i.intArg(0, "num"),
                c.order(i, "key", false)), new ListType(i.element())));
        table.put("top", (c, i) -> TExpr.of(invoke(i.java(), "top", i.intArg(0, "num"), c.order(i, "key", false)),
                new ListType(i.element())));
        table.put("max", (c, i) -> TExpr.of(invoke(i.java(), "max", c.order(i, "key", false)), i.element()));
        table.put("min", (c, i) -> TExpr.of(invoke(i.java(), "min", c.order(i, "key", false)), i.element()));
        table.put("reduce", (c, i) -> TExpr.of(invoke(i.java(), "reduce", c.binary(i, i.arg(0, "f"), i.element(), i.element())),
                i.element()));
        table.put("fold", RddCalls::fold);
        table.put("aggregate", RddCalls::aggregate);
        table.put("sum", RddCalls::sum);
        for (String statistic : List.of("mean", "variance", "stdev", "sampleVariance", "sampleStdev")) {
            table.put(statistic, (c, i) -> TExpr.of(invoke(c.doubles(i), statistic), ScalarType.FLOAT));
        }
        table.put("countByKey", (c, i) -> TExpr.of(invoke(i.java(), "countByKey"), new DictType(i.pair().first(), ScalarType.INT)));
        table.put("countByValue", (c, i) -> TExpr.of(invoke(i.java(), "countByValue"), new DictType(i.element(), ScalarType.INT)));
        table.put("isEmpty", (c, i) -> TExpr.of(invoke(i.java(), "isEmpty"), ScalarType.BOOL));
        table.put("getNumPartitions", (c, i) -> TExpr.of(invoke(i.java(), "getNumPartitions"), ScalarType.INT));
        table.put("getStorageLevel", (c, i) -> TExpr.of(invoke(i.java(), "getStorageLevel"), SparkObject.STORAGE_LEVEL));
        table.put("name", (c, i) -> TExpr.of(invoke(i.java(), "name"), PyTypes.nullable(ScalarType.STR)));
        table.put("foreach", RddCalls::foreach);
        table.put("histogram", RddCalls::histogram);
        table.put("toDF", (c, i) -> {
            RddDataFrames frames = new RddDataFrames(c.context, c.expressions);
            return frames.dataFrame(frames.session(), i.receiver(), i.optional(0, "schema"), i.call().span());
        });
        table.put("saveAsTextFile", RddCalls::saveAsTextFile);
        return Map.copyOf(table);
    }

    private RddOperations() {
    }
}
