package dev.nbmigrate.converter.api;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The RDD API members the translator turns into Spark's Java RDD API ({@code df.rdd} included; its table is
 * {@code dev.nbmigrate.converter.translate.rdd.RddCalls}; a test keeps the two equal), by owner. The catalog's
 * class-level answer for {@code pyspark.RDD} is "unsupported" (Python functions run on executors); the analysis
 * asks here first, so that {@code assess} counts a translated RDD call as supported and not as {@code NBM203}.
 * Whether one call translates still depends on its element types: the translator reports {@code NBM270}-{@code 272}
 * where it does not.
 */
public final class RddMembers {

    /** The note a translated RDD member has in the assessment. */
    public static final String NOTE = "translated to Spark's Java RDD API where the element types can be followed";

    /** RDD transformations and actions. */
    public static final Set<String> RDD = Set.of(
            "aggregate", "aggregateByKey", "cache", "cartesian", "coalesce", "cogroup", "collect", "collectAsMap",
            "combineByKey", "count", "countApprox", "countApproxDistinct", "countByKey", "countByValue", "distinct",
            "filter", "first", "flatMap", "flatMapValues", "fold", "foldByKey", "foreach", "fullOuterJoin",
            "getNumPartitions", "getStorageLevel", "glom", "groupBy", "groupByKey", "groupWith", "histogram", "id",
            "intersection", "isEmpty", "join", "keyBy", "keys", "leftOuterJoin", "lookup", "map", "mapPartitions",
            "mapPartitionsWithIndex", "mapPartitionsWithSplit", "mapValues", "max", "mean", "meanApprox", "min",
            "name", "partitionBy", "persist", "pipe", "randomSplit", "reduce", "reduceByKey", "reduceByKeyLocally",
            "repartition", "repartitionAndSortWithinPartitions", "rightOuterJoin", "sample", "sampleByKey",
            "sampleStdev", "sampleVariance", "saveAsTextFile", "setName", "sortBy", "sortByKey", "stdev", "subtract",
            "subtractByKey", "sum", "sumApprox", "take", "takeOrdered", "takeSample", "toDF", "toLocalIterator",
            "top", "treeAggregate", "treeReduce", "union", "unpersist", "values", "variance", "zip", "zipWithIndex",
            "zipWithUniqueId");

    /** SparkContext members that make RDDs and shared variables ({@code parallelize} has its own table row). */
    public static final Set<String> SPARK_CONTEXT = Set.of("range", "textFile", "wholeTextFiles", "emptyRDD",
            "broadcast", "runJob", "accumulator");

    private static final Map<String, Set<String>> BY_OWNER = Map.of(
            "pyspark.RDD", RDD,
            "pyspark.SparkContext", SPARK_CONTEXT,
            "pyspark.Broadcast", Set.of("value", "unpersist", "destroy"),
            "pyspark.Accumulator", Set.of("add", "value"),
            "pyspark.sql.DataFrame", Set.of("rdd"));

    /** The members above that are read without a call. */
    private static final Set<String> PROPERTIES = Set.of("value", "rdd");

    private RddMembers() {
    }

    /** The supported answer for {@code owner.member} when the translator has Java for it; empty otherwise. */
    public static Optional<ApiSupport> translated(String owner, String member) {
        if (!BY_OWNER.getOrDefault(owner, Set.of()).contains(member)) {
            return Optional.empty();
        }
        MemberKind kind = PROPERTIES.contains(member) ? MemberKind.PROPERTY : MemberKind.METHOD;
        return Optional.of(new ApiSupport(owner, member, kind, SupportStatus.SUPPORTED, Optional.empty(),
                NOTE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ApiSupport.Source.TABLE));
    }
}
