package dev.nbmigrate.converter.translate.rdd;

import static dev.nbmigrate.converter.translate.rdd.RddFunctions.invoke;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.Keyword;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.translate.ExprTranslator;
import dev.nbmigrate.converter.translate.TExpr;
import dev.nbmigrate.converter.translate.TranslationContext;
import dev.nbmigrate.converter.translate.Untranslatable;
import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.JavaTypes;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PairType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.RddType;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SetType;
import dev.nbmigrate.converter.types.SharedVariableType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.TupleType;
import dev.nbmigrate.converter.types.UnknownType;

/**
 * Translates calls of PySpark's RDD API into Spark's Java RDD API, with the element types followed from the
 * source of the RDD through every transformation: {@code sc.parallelize}, {@code sc.range} and {@code sc.textFile}
 * make a {@code JavaRDD<E>} (a {@code JavaPairRDD<K, V>} when the elements are 2-tuples), transformations take typed
 * Java lambdas ({@link RddFunctions}) and actions return the Java values a Python program would see (pairs that
 * sort as tuples, dicts, lists). The operations are the table {@link #OPERATIONS}; a member not in it is
 * {@code NBM270}, an element type that cannot be followed {@code NBM271}.
 */
public final class RddCalls {

    private static final String JAVA_SPARK_CONTEXT = "org.apache.spark.api.java.JavaSparkContext";
    private static final String PY_RDDS = "dev.nbmigrate.runtime.rdd.PyRdds";
    private static final String PY_ORDER = "dev.nbmigrate.runtime.rdd.PyOrder";
    private static final String PY_PARTITIONER = "dev.nbmigrate.runtime.rdd.PyPartitioner";
    private static final String PY_HISTOGRAM = "dev.nbmigrate.runtime.rdd.PyHistogram";
    private static final String PY_LITERALS = "dev.nbmigrate.runtime.interop.PyLiterals";
    private static final String STORAGE_LEVEL = "org.apache.spark.storage.StorageLevel";

    /** One RDD (or SparkContext) member: how a call of it becomes Java. */
    @FunctionalInterface
    private interface Operation {
        TExpr translate(RddCalls calls, Invocation invocation);
    }

    /** The SparkContext members that make RDDs. */
    private static final Map<String, Operation> SOURCES = Map.of(
            "parallelize", RddCalls::parallelize,
            "range", RddCalls::range,
            "textFile", (c, i) -> c.textFile(i, "textFile", ScalarType.STR),
            "wholeTextFiles", (c, i) -> c.textFile(i, "wholeTextFiles", new PairType(ScalarType.STR, ScalarType.STR)),
            "emptyRDD", (c, i) -> TExpr.of(invoke(c.javaContext(i), "emptyRDD"), new RddType(UnknownType.UNKNOWN)),
            "broadcast", RddCalls::broadcast,
            "runJob", RddCalls::runJob,
            "accumulator", RddCalls::accumulator);

    /** The RDD members: transformations and actions. */
    private static final Map<String, Operation> OPERATIONS = operations();

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
        table.put("reduceByKeyLocally", (c, i) -> TExpr.of(invoke(c.runtime(PY_RDDS), "collectAsMap", c.reduceByKey(i).java()),
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
                ? TExpr.of(invoke(c.runtime(PY_RDDS), "collect", i.java()), new ListType(i.element()))
                : TExpr.of(invoke(i.java(), "collect"), new ListType(i.element())));
        table.put("toLocalIterator", (c, i) -> TExpr.of(invoke(c.runtime(PY_RDDS), "drain", invoke(i.java(), "toLocalIterator")),
                new ListType(i.element())));
        table.put("collectAsMap", (c, i) -> TExpr.of(invoke(c.runtime(PY_RDDS), "collectAsMap", i.java()),
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

    private final TranslationContext context;
    private final ExprTranslator expressions;
    private final RddFunctions functions;

    /** The deprecated alias of a member, translated as the member it stands for. */
    private TExpr operation(String member, Invocation invocation) {
        return OPERATIONS.get(member).translate(this, invocation);
    }

    public RddCalls(TranslationContext context, ExprTranslator expressions) {
        this.context = context;
        this.expressions = expressions;
        this.functions = new RddFunctions(context, expressions);
    }

    /** The names of the RDD members translated, sorted (for documentation and tests). */
    public static List<String> operationNames() {
        return OPERATIONS.keySet().stream().sorted().toList();
    }

    /** The names of the SparkContext members translated, sorted (for documentation and tests). */
    public static List<String> sourceNames() {
        return SOURCES.keySet().stream().sorted().toList();
    }

    /**
     * {@code receiver.member(...)} when the receiver is an RDD or {@code member} makes an RDD from a SparkContext;
     * empty for any other call.
     */
    public Optional<TExpr> call(TExpr receiver, String member, PyExpr.Call call) {
        PyType type = PyTypes.strip(receiver.type());
        if (type == SparkObject.SPARK_CONTEXT && SOURCES.containsKey(member)) {
            return Optional.of(SOURCES.get(member).translate(this, new Invocation(receiver, null, member, call)));
        }
        if (type == SparkObject.RDD) {
            throw new Untranslatable(Code.NBM271, call.span(), "the elements of this RDD have no known type, so "
                    + member + "() cannot be typed in Java");
        }
        if (type instanceof SharedVariableType shared) {
            return Optional.of(sharedVariableCall(receiver, shared, member, call));
        }
        if (!(type instanceof RddType rdd)) {
            return Optional.empty();
        }
        Operation operation = OPERATIONS.get(member);
        if (operation == null) {
            throw new Untranslatable(Code.NBM270, call.span(), "RDD." + member + "() is not translated");
        }
        return Optional.of(operation.translate(this, new Invocation(receiver, rdd, member, call)));
    }

    /** {@code a + b} of two RDDs of one element type: their union, as PySpark's {@code __add__}; else empty. */
    public static Optional<TExpr> operator(TExpr left, dev.nbmigrate.converter.parse.python.ast.BinOperator op, TExpr right) {
        if (op == dev.nbmigrate.converter.parse.python.ast.BinOperator.ADD && PyTypes.strip(left.type()) instanceof RddType a
                && PyTypes.strip(right.type()) instanceof RddType b && a.equals(b)) {
            return Optional.of(TExpr.of(invoke(left.java(), "union", right.java()), a));
        }
        return Optional.empty();
    }

    /** {@code rdd.is_cached} and {@code df.rdd}; empty for other attributes. */
    public Optional<TExpr> attribute(TExpr receiver, String name) {
        PyType type = PyTypes.strip(receiver.type());
        if (type == SparkObject.DATAFRAME && name.equals("rdd")) {
            return Optional.of(TExpr.of(invoke(receiver.java(), "javaRDD"), new RddType(SparkObject.ROW)));
        }
        if (type instanceof SharedVariableType shared && name.equals("value")) {
            return Optional.of(TExpr.of(invoke(receiver.java(), "value"), shared.value()));
        }
        if (type instanceof RddType && name.equals("is_cached")) {
            Expression level = invoke(receiver.java(), "getStorageLevel");
            Expression none = invoke(new NameExpr(context.imports().use(STORAGE_LEVEL)), "NONE");
            return Optional.of(TExpr.of(new UnaryExpr(invoke(level, "equals", none), UnaryExpr.Operator.LOGICAL_COMPLEMENT),
                    ScalarType.BOOL));
        }
        return Optional.empty();
    }

    /** {@code str(level)} of a storage level: its description, as PySpark prints it. */
    public static Optional<TExpr> str(TExpr value) {
        if (PyTypes.strip(value.type()) == SparkObject.STORAGE_LEVEL) {
            return Optional.of(TExpr.of(invoke(value.java(), "description"), ScalarType.STR));
        }
        return Optional.empty();
    }

    // ---- sources

    private Expression javaContext(Invocation invocation) {
        return invoke(new NameExpr(context.imports().use(JAVA_SPARK_CONTEXT)), "fromSparkContext", invocation.receiver().java());
    }

    /** {@code sc.runJob(rdd, f, partitions)}: f's results over the chosen partitions (all by default), in order. */
    private TExpr runJob(Invocation invocation) {
        TExpr rdd = rdd(invocation, 0, "rdd");
        PyType element = ((RddType) PyTypes.strip(rdd.type())).element();
        RddFunctions.Fn fn = functions.partition(invocation.arg(1, "partitionFunc"), element, false);
        Expression partitions = invocation.optional(2, "partitions").map(p -> expressions.translate(p).java())
                .orElse(new com.github.javaparser.ast.expr.NullLiteralExpr());
        return TExpr.of(invoke(runtime(PY_RDDS), "runJob", rdd.java(), fn.java(), partitions), new ListType(fn.result()));
    }

    /** {@code sc.broadcast(v)}: a {@code Broadcast<V>} whose {@code value} has v's type. */
    private TExpr broadcast(Invocation invocation) {
        TExpr value = invocation.translated(0, "value");
        if (value.type().isUnknown()) {
            throw new Untranslatable(Code.NBM271, invocation.call().span(), "the type of the broadcast value is not known");
        }
        return TExpr.of(invoke(javaContext(invocation), "broadcast", RddFunctions.held(value)),
                new SharedVariableType(SharedVariableType.Kind.BROADCAST, value.type()));
    }

    /** {@code sc.accumulator(v)}: a registered Long- or DoubleAccumulator starting at v. */
    private TExpr accumulator(Invocation invocation) {
        if (invocation.optional(1, "accum_param").isPresent()) {
            throw new Untranslatable(Code.NBM270, invocation.call().span(), "accumulators with an AccumulatorParam");
        }
        TExpr value = invocation.translated(0, "value");
        PyType type = PyTypes.strip(value.type());
        if (type != ScalarType.INT && type != ScalarType.FLOAT) {
            throw new Untranslatable(Code.NBM271, invocation.call().span(), "an accumulator of " + type.display()
                    + " (numbers only)");
        }
        return TExpr.of(invoke(runtime(PY_RDDS), type == ScalarType.INT ? "longAccumulator" : "doubleAccumulator",
                invocation.receiver().java(), RddFunctions.held(value)), new SharedVariableType(SharedVariableType.Kind.ACCUMULATOR, type));
    }

    /** {@code acc.add(x)}, {@code b.unpersist()}, {@code b.destroy()}. */
    private TExpr sharedVariableCall(TExpr receiver, SharedVariableType shared, String member, PyExpr.Call call) {
        boolean accumulator = shared.kind() == SharedVariableType.Kind.ACCUMULATOR;
        if (accumulator && member.equals("add") && call.args().size() == 1) {
            return TExpr.of(invoke(receiver.java(), "add", RddFunctions.held(expressions.translate(call.args().get(0)))),
                    ScalarType.NONE);
        }
        if (!accumulator && (member.equals("unpersist") || member.equals("destroy")) && call.args().isEmpty()) {
            return TExpr.of(invoke(receiver.java(), member), ScalarType.NONE);
        }
        throw new Untranslatable(Code.NBM270, call.span(), shared.display() + "." + member + "() is not translated");
    }

    private TExpr parallelize(Invocation invocation) {
        TExpr data = invocation.translated(0, "c");
        Optional<Expression> slices = invocation.optionalInt(1, "numSlices");
        PyType type = PyTypes.strip(data.type());
        PyType element = type instanceof ListType list ? list.element() : type instanceof SetType set ? set.element()
                : type instanceof TupleType tuple ? tuple.elementJoin() : null;
        if (element == null) {
            throw new Untranslatable(Code.NBM271, invocation.call().span(), "parallelize() of a " + type.display()
                    + " is not translated");
        }
        Expression list = data.java();
        boolean pairs = !data.elements().isEmpty() && data.elements().stream().allMatch(e -> RddFunctions.isPairTuple(e.type())
                && !e.elements().isEmpty());
        if (pairs) {
            List<TExpr> tuples = new ArrayList<>();
            for (TExpr item : data.elements()) {
                tuples.add(tuple2(item.elements().get(0), item.elements().get(1)));
            }
            element = PyTypes.join(tuples.stream().map(TExpr::type).toList());
            list = literalList(tuples, element);
        } else if (data.elements().isEmpty() && element instanceof TupleType tuple && RddFunctions.isPairTuple(tuple)
                && !RddFunctions.hasUnknown(tuple)) {
            // 2-tuples held in a variable: the pairs of a pair RDD, as PySpark's key-value operations see them
            element = new PairType(tuple.elements().get(0), tuple.elements().get(1));
            MethodCallExpr pairList = invoke(runtime(PY_RDDS), "pairs", data.java());
            pairList.setTypeArguments(new NodeList<>(new ClassOrInterfaceType(null, boxed(tuple.elements().get(0))),
                    new ClassOrInterfaceType(null, boxed(tuple.elements().get(1)))));
            list = pairList;
        } else if (!data.elements().isEmpty() || type instanceof ListType && data.isLiteral()) {
            list = literalList(data.elements(), element);
        } else if (!(type instanceof ListType)) {
            list = new com.github.javaparser.ast.expr.ObjectCreationExpr(null, new ClassOrInterfaceType(null,
                    context.imports().use("java.util.ArrayList")).setTypeArguments(new NodeList<>()), new NodeList<>(data.java()));
        }
        NodeList<Expression> arguments = new NodeList<>(list);
        slices.ifPresent(arguments::add);
        String method = element instanceof PairType ? "parallelizePairs" : "parallelize";
        return TExpr.of(new MethodCallExpr(javaContext(invocation), method, arguments), new RddType(element));
    }

    /** {@code PyLiterals.<E>list(a, b)}: the list a parallelize call distributes, its element type spelled out. */
    private Expression literalList(List<TExpr> items, PyType element) {
        NodeList<Expression> java = new NodeList<>();
        items.forEach(item -> java.add(RddFunctions.held(item)));
        MethodCallExpr list = new MethodCallExpr(new NameExpr(context.imports().use(PY_LITERALS)), "list", java);
        String declared = JavaTypes.boxedDeclaration(element).orElseThrow().text();
        JavaTypes.boxedDeclaration(element).orElseThrow().imports().forEach(context.imports()::use);
        list.setTypeArguments(new ClassOrInterfaceType(null, declared));
        return list;
    }

    private TExpr tuple2(TExpr first, TExpr second) {
        return TExpr.of(new com.github.javaparser.ast.expr.ObjectCreationExpr(null,
                new ClassOrInterfaceType(null, context.imports().use("scala.Tuple2")).setTypeArguments(new NodeList<>()),
                new NodeList<>(RddFunctions.held(first), RddFunctions.held(second))), new PairType(first.type(), second.type()));
    }

    /** {@code sc.range(start, end, step, numSlices)}: PySpark parallelizes {@code range(...)}; so does the Java. */
    private TExpr range(Invocation invocation) {
        List<Expression> bounds = new ArrayList<>();
        for (int i = 0; i < invocation.call().args().size(); i++) {
            bounds.add(invocation.longArg(i));
        }
        if (bounds.isEmpty() || bounds.size() > 4) {
            throw new Untranslatable(Code.NBM270, invocation.call().span(), "sc.range() with " + bounds.size() + " arguments");
        }
        Optional<Expression> slices = bounds.size() == 4 ? Optional.of(new CastExpr(PrimitiveType.intType(), bounds.remove(3)))
                : invocation.optionalInt(-1, "numSlices");
        if (bounds.size() == 1) {
            bounds.add(0, new com.github.javaparser.ast.expr.LongLiteralExpr("0L"));
        }
        if (bounds.size() == 2) {
            bounds.add(new com.github.javaparser.ast.expr.LongLiteralExpr("1L"));
        }
        NodeList<Expression> arguments = new NodeList<>(invoke(runtime(PY_RDDS), "range", bounds.toArray(Expression[]::new)));
        slices.ifPresent(arguments::add);
        return TExpr.of(new MethodCallExpr(javaContext(invocation), "parallelize", arguments), new RddType(ScalarType.INT));
    }

    private TExpr textFile(Invocation invocation, String method, PyType element) {
        NodeList<Expression> arguments = new NodeList<>(invocation.translated(0, "name").java());
        invocation.optionalInt(1, "minPartitions").ifPresent(arguments::add);
        return TExpr.of(new MethodCallExpr(javaContext(invocation), method, arguments), new RddType(element));
    }

    // ---- transformations

    private TExpr map(Invocation invocation) {
        RddFunctions.Fn fn = functions.apply(invocation.arg(0, "f"), List.of(invocation.element()));
        String method = fn.result() instanceof PairType ? "mapToPair" : "map";
        return TExpr.of(invoke(invocation.java(), method, fn.java()), new RddType(fn.result()));
    }

    /**
     * {@code filter(f)}: the same elements; when f keeps only elements that are not None ({@code lambda x: x is not
     * None}, alone or as a term of an {@code and}), the RDD's elements are no longer Optional.
     */
    private TExpr filter(Invocation invocation) {
        PyExpr function = invocation.arg(0, "f");
        Expression filtered = invoke(invocation.java(), "filter", functions.predicate(function, List.of(invocation.element())).java());
        PyType element = invocation.element();
        if (element instanceof dev.nbmigrate.converter.types.NullableType nullable && keepsOnlyValues(function)) {
            if (nullable.inner() instanceof PairType) {
                // an RDD of pairs that may be None is a JavaRDD of Tuple2; without the None it is a pair RDD
                filtered = invoke(runtime("org.apache.spark.api.java.JavaPairRDD"), "fromJavaRDD", filtered);
            }
            return TExpr.of(filtered, new RddType(nullable.inner()));
        }
        return invocation.same(filtered);
    }

    /** True when {@code function} is a lambda of one parameter whose result is false whenever it is None. */
    static boolean keepsOnlyValues(PyExpr function) {
        if (!(function instanceof PyExpr.Lambda lambda) || lambda.args().args().size() != 1) {
            return false;
        }
        return excludesNone(lambda.body(), lambda.args().args().get(0).name());
    }

    private static boolean excludesNone(PyExpr test, String parameter) {
        if (isParameter(test, parameter)) {
            return true;
        }
        if (test instanceof PyExpr.Compare compare && compare.ops().size() == 1) {
            boolean isNot = compare.ops().get(0) == dev.nbmigrate.converter.parse.python.ast.CmpOperator.IS_NOT
                    || compare.ops().get(0) == dev.nbmigrate.converter.parse.python.ast.CmpOperator.NOT_EQ;
            PyExpr left = compare.left();
            PyExpr right = compare.comparators().get(0);
            return isNot && (isParameter(left, parameter) && right instanceof PyExpr.NoneLit
                    || isParameter(right, parameter) && left instanceof PyExpr.NoneLit);
        }
        if (test instanceof PyExpr.BoolOp bool && bool.op() == dev.nbmigrate.converter.parse.python.ast.BoolOperator.AND) {
            return bool.values().stream().anyMatch(v -> excludesNone(v, parameter));
        }
        return false;
    }

    private static boolean isParameter(PyExpr expr, String parameter) {
        return expr instanceof PyExpr.Name name && name.id().equals(parameter);
    }

    private TExpr flatMap(Invocation invocation) {
        RddFunctions.Fn fn = functions.apply(invocation.arg(0, "f"), List.of(invocation.element()));
        if (PyTypes.strip(fn.result()) == SparkObject.ROW) {
            // a Row iterates over its values (of types the model does not know)
            LambdaExpr lambda = fn.java();
            lambda.setBody(new com.github.javaparser.ast.stmt.ExpressionStmt(invoke(runtime(PY_RDDS), "values",
                    lambda.getExpressionBody().orElseThrow())));
            return TExpr.of(invoke(invocation.java(), "flatMap", iterator(lambda)), new RddType(UnknownType.UNKNOWN));
        }
        PyType element = iterated(fn.result(), invocation);
        return TExpr.of(invoke(invocation.java(), "flatMap", iterator(fn.java())), new RddType(element));
    }

    /**
     * {@code histogram(buckets)} of an RDD of numbers: {@code (buckets, counts)} as PySpark computes them
     * ({@code PyHistogram}); the boundaries of a number of buckets are ints or floats as the data decides.
     */
    private TExpr histogram(Invocation invocation) {
        PyType element = PyTypes.strip(invocation.element());
        if (element != ScalarType.INT && element != ScalarType.FLOAT && !element.isUnknown()) {
            throw new Untranslatable(Code.NBM271, invocation.call().span(), "histogram() of an RDD of "
                    + element.display() + " (PySpark needs numbers)");
        }
        TExpr buckets = expressions.translate(invocation.arg(0, "buckets"));
        PyType given = PyTypes.strip(buckets.type());
        PyType boundary;
        if (given == ScalarType.INT) {
            boundary = element == ScalarType.FLOAT ? ScalarType.FLOAT : UnknownType.UNKNOWN;
        } else if (given instanceof ListType list && (PyTypes.strip(list.element()) == ScalarType.INT
                || PyTypes.strip(list.element()) == ScalarType.FLOAT)) {
            boundary = list.element();
        } else {
            throw new Untranslatable(Code.NBM271, invocation.call().span(), "histogram() of buckets of type "
                    + given.display() + " (a number of buckets or a list of numbers is translated)");
        }
        return TExpr.of(invoke(runtime(PY_HISTOGRAM), "histogram", invocation.java(), RddFunctions.held(buckets)),
                new TupleType(List.of(new ListType(boundary), new ListType(ScalarType.INT)), false));
    }

    private TExpr mapValues(Invocation invocation) {
        PairType pair = invocation.pair();
        RddFunctions.Fn fn = functions.apply(invocation.arg(0, "f"), List.of(pair.second()));
        return TExpr.of(invoke(invocation.java(), "mapValues", fn.java()), new RddType(new PairType(pair.first(), fn.result())));
    }

    private TExpr flatMapValues(Invocation invocation) {
        PairType pair = invocation.pair();
        RddFunctions.Fn fn = functions.apply(invocation.arg(0, "f"), List.of(pair.second()));
        PyType element = iterated(fn.result(), invocation);
        return TExpr.of(invoke(invocation.java(), "flatMapValues", iterator(fn.java())),
                new RddType(new PairType(pair.first(), element)));
    }

    private TExpr keyBy(Invocation invocation) {
        RddFunctions.Fn fn = functions.apply(invocation.arg(0, "f"), List.of(invocation.element()));
        return TExpr.of(invoke(invocation.java(), "keyBy", fn.java()), new RddType(new PairType(fn.result(), invocation.element())));
    }

    private TExpr reduceByKey(Invocation invocation) {
        PairType pair = invocation.pair();
        NodeList<Expression> arguments = new NodeList<>(binary(invocation, invocation.arg(0, "func"), pair.second(), pair.second()));
        invocation.optionalInt(1, "numPartitions").ifPresent(n -> arguments.add(0, n));
        return invocation.same(new MethodCallExpr(invocation.java(), "reduceByKey", arguments));
    }

    private TExpr foldByKey(Invocation invocation) {
        PairType pair = invocation.pair();
        TExpr zero = functions.value(invocation.arg(0, "zeroValue"));
        return invocation.same(invoke(invocation.java(), "foldByKey", RddFunctions.held(zero),
                binary(invocation, invocation.arg(1, "func"), pair.second(), pair.second())));
    }

    private TExpr aggregateByKey(Invocation invocation) {
        PairType pair = invocation.pair();
        TExpr zero = functions.value(invocation.arg(0, "zeroValue"));
        PyType accumulator = zero.type();
        Expression seq = binary(invocation, invocation.arg(1, "seqFunc"), accumulator, pair.second());
        Expression comb = binary(invocation, invocation.arg(2, "combFunc"), accumulator, accumulator);
        return TExpr.of(invoke(invocation.java(), "aggregateByKey", RddFunctions.held(zero), seq, comb),
                new RddType(new PairType(pair.first(), accumulator)));
    }

    private TExpr combineByKey(Invocation invocation) {
        PairType pair = invocation.pair();
        RddFunctions.Fn create = functions.apply(invocation.arg(0, "createCombiner"), List.of(pair.second()));
        PyType combiner = create.result();
        Expression merge = binary(invocation, invocation.arg(1, "mergeValue"), combiner, pair.second());
        Expression combine = binary(invocation, invocation.arg(2, "mergeCombiners"), combiner, combiner);
        return TExpr.of(invoke(invocation.java(), "combineByKey", create.java(), merge, combine),
                new RddType(new PairType(pair.first(), combiner)));
    }

    /** {@code sortBy(f, ascending)}: keyed by f, sorted by Python's ordering of the keys, the keys dropped. */
    private TExpr sortBy(Invocation invocation) {
        RddFunctions.Fn key = functions.apply(invocation.arg(0, "keyfunc"), List.of(invocation.element()));
        Expression sorted = invoke(invoke(invoke(invocation.java(), "keyBy", key.java()), "sortByKey", order(), ascending(invocation, 1)), "values");
        if (invocation.isPair()) {
            sorted = invoke(new NameExpr(context.imports().use("org.apache.spark.api.java.JavaPairRDD")), "fromJavaRDD", sorted);
        }
        return invocation.same(sorted);
    }

    /** {@code sortByKey(ascending, numPartitions, keyfunc)}: by Python's ordering of the keys (or of keyfunc(key)). */
    private TExpr sortByKey(Invocation invocation) {
        PairType pair = invocation.pair();
        Expression order = invocation.optional(2, "keyfunc").map(f -> (Expression) invoke(runtime(PY_ORDER), "by",
                functions.apply(f, List.of(pair.first())).java())).orElseGet(this::order);
        NodeList<Expression> arguments = new NodeList<>(order, ascending(invocation, 0));
        invocation.optionalInt(1, "numPartitions").ifPresent(arguments::add);
        return invocation.same(new MethodCallExpr(invocation.java(), "sortByKey", arguments));
    }

    private Expression ascending(Invocation invocation, int position) {
        return invocation.optional(position, "ascending").map(e -> expressions.translate(e).java())
                .orElse(new BooleanLiteralExpr(true));
    }

    private TExpr cartesian(Invocation invocation) {
        TExpr other = rdd(invocation, 0, "other");
        return TExpr.of(invoke(invocation.java(), "cartesian", other.java()),
                new RddType(new PairType(invocation.element(), ((RddType) PyTypes.strip(other.type())).element())));
    }

    private TExpr zip(Invocation invocation) {
        TExpr other = rdd(invocation, 0, "other");
        return TExpr.of(invoke(invocation.java(), "zip", other.java()),
                new RddType(new PairType(invocation.element(), ((RddType) PyTypes.strip(other.type())).element())));
    }

    /** {@code groupBy(f)}: the elements keyed by f, the elements of a key as a list (as {@link #groupByKey}). */
    private TExpr groupBy(Invocation invocation) {
        RddFunctions.Fn key = functions.apply(invocation.arg(0, "f"), List.of(invocation.element()));
        NodeList<Expression> arguments = new NodeList<>(key.java());
        invocation.optionalInt(1, "numPartitions").ifPresent(arguments::add);
        Expression grouped = new MethodCallExpr(invocation.java(), "groupBy", arguments);
        return TExpr.of(invoke(grouped, "mapValues", new MethodReferenceExpr(new NameExpr(context.imports().use(PY_RDDS)),
                new NodeList<>(), "list")), new RddType(new PairType(key.result(), new ListType(invocation.element()))));
    }

    /** The {@code fractions} dict of {@code sampleByKey}: a key to a float (Java wants a {@code Map<K, Double>}). */
    private Expression fractions(Invocation invocation) {
        TExpr fractions = invocation.translated(1, "fractions");
        if (!(PyTypes.strip(fractions.type()) instanceof DictType dict) || !dict.key().equals(invocation.pair().first())
                || PyTypes.strip(dict.value()) != ScalarType.FLOAT) {
            throw new Untranslatable(Code.NBM271, invocation.call().span(), "sampleByKey() with fractions of "
                    + fractions.type().display() + " (a dict of the keys to floats is translated)");
        }
        return fractions.java();
    }

    /** {@code randomSplit(weights, seed)}: the RDDs of Spark's split, as a list (Python unpacks it). */
    private TExpr randomSplit(Invocation invocation) {
        TExpr weights = invocation.translated(0, "weights");
        return TExpr.of(invoke(runtime(PY_RDDS), "randomSplit", invocation.java(), weights.java(), invocation.seed(1)),
                new ListType(invocation.rdd));
    }

    /** {@code pipe(command)}: each element's str() piped through the command, its output lines the new elements. */
    private TExpr pipe(Invocation invocation) {
        PyType element = PyTypes.strip(invocation.element());
        Expression rdd = invocation.java();
        if (element == ScalarType.INT || element == ScalarType.FLOAT) {
            rdd = invoke(rdd, "map", new MethodReferenceExpr(new NameExpr("String"), new NodeList<>(), "valueOf"));
        } else if (element != ScalarType.STR) {
            throw new Untranslatable(Code.NBM270, invocation.call().span(), "pipe() of an RDD of " + element.display()
                    + " (strings and numbers are translated)");
        }
        return TExpr.of(invoke(rdd, "pipe", invocation.translated(0, "command").java()), new RddType(ScalarType.STR));
    }

    /** {@code groupByKey()}: the values of a key as a list (PySpark's ResultIterable has len() and list()). */
    private TExpr groupByKey(Invocation invocation) {
        PairType pair = invocation.pair();
        NodeList<Expression> arguments = new NodeList<>();
        invocation.optionalInt(0, "numPartitions").ifPresent(arguments::add);
        Expression grouped = new MethodCallExpr(invocation.java(), "groupByKey", arguments);
        return TExpr.of(invoke(grouped, "mapValues", new MethodReferenceExpr(new NameExpr(context.imports().use(PY_RDDS)),
                new NodeList<>(), "list")), new RddType(new PairType(pair.first(), new ListType(pair.second()))));
    }

    /**
     * {@code cogroup(other)} and {@code groupWith(a, ...)} (up to three others, as Java's {@code cogroup}): each key
     * with a tuple of the lists of its values in each RDD. The values of all RDDs must have one type (the tuple is a
     * Java list of lists).
     */
    private TExpr cogroup(Invocation invocation, List<PyExpr> others, Optional<PyExpr> partitions) {
        PairType pair = invocation.pair();
        if (others.isEmpty() || others.size() > 3) {
            throw new Untranslatable(Code.NBM270, invocation.call().span(), invocation.member() + "() of "
                    + (others.size() + 1) + " RDDs (2 to 4 are translated)");
        }
        NodeList<Expression> arguments = new NodeList<>();
        for (PyExpr other : others) {
            TExpr translated = expressions.translate(other);
            if (!(PyTypes.strip(translated.type()) instanceof RddType)) {
                throw new Untranslatable(Code.NBM271, invocation.call().span(), invocation.member() + "() of "
                        + translated.type().display() + ": the other RDD's elements have no known type");
            }
            PairType otherPair = pairOf(translated, invocation);
            if (!otherPair.equals(pair)) {
                throw new Untranslatable(Code.NBM271, invocation.call().span(), invocation.member() + "() of an RDD of "
                        + pair.display() + " and an RDD of " + otherPair.display() + " (RDDs of one key and value type"
                        + " are translated)");
            }
            arguments.add(translated.java());
        }
        partitions.map(p -> invocation.asInt(expressions.translate(p))).ifPresent(arguments::add);
        List<PyType> lists = new ArrayList<>();
        for (int k = 0; k <= others.size(); k++) {
            lists.add(new ListType(pair.second()));
        }
        Expression grouped = invoke(new MethodCallExpr(invocation.java(), "cogroup", arguments), "mapValues",
                new MethodReferenceExpr(runtime(PY_RDDS), new NodeList<>(), "groups"));
        return TExpr.of(grouped, new RddType(new PairType(pair.first(), TupleType.of(lists.toArray(PyType[]::new)))));
    }

    /**
     * {@code repartitionAndSortWithinPartitions(numPartitions, partitionFunc, ascending, keyfunc)}: keys placed by
     * {@link #partitioner}, each partition sorted by Python's ordering of the (key function of the) keys.
     */
    private TExpr repartitionAndSortWithinPartitions(Invocation invocation) {
        PairType pair = invocation.pair();
        Expression partitioner = partitioner(invocation, pair);
        Expression ascending = ascending(invocation, 2);
        Expression descending = ascending instanceof BooleanLiteralExpr literal ? new BooleanLiteralExpr(!literal.getValue())
                : new UnaryExpr(new EnclosedExpr(ascending), UnaryExpr.Operator.LOGICAL_COMPLEMENT);
        RddFunctions.Fn key = invocation.optional(3, "keyfunc").map(f -> functions.apply(f, List.of(pair.first())))
                .orElseGet(() -> identity(pair.first()));
        Expression order = invoke(runtime(PY_ORDER), "by", key.java(), descending);
        return invocation.same(invoke(invocation.java(), "repartitionAndSortWithinPartitions", partitioner, order));
    }

    /** {@code partitionBy(numPartitions, partitionFunc)}: the pairs placed in partitions as PySpark places them. */
    private TExpr partitionBy(Invocation invocation) {
        return invocation.same(invoke(invocation.java(), "partitionBy", partitioner(invocation, invocation.pair())));
    }

    /**
     * PySpark's placement of keys: {@code partitionFunc(key) % numPartitions}; without a partition function
     * PySpark's {@code portable_hash}, which is Python's {@code hash}, is reproduced for int keys only.
     */
    private Expression partitioner(Invocation invocation, PairType pair) {
        Expression count = invocation.optional(0, "numPartitions").filter(e -> !(e instanceof PyExpr.NoneLit))
                .map(e -> invocation.asInt(expressions.translate(e)))
                .orElse(invoke(invocation.java(), "getNumPartitions"));
        Optional<PyExpr> function = invocation.optional(1, "partitionFunc");
        Expression placement;
        if (function.isPresent()) {
            RddFunctions.Fn fn = functions.apply(function.get(), List.of(pair.first()));
            if (PyTypes.strip(fn.result()) != ScalarType.INT) {
                throw new Untranslatable(Code.NBM271, invocation.call().span(), "a partition function returning "
                        + fn.result().display() + " (an int is translated)");
            }
            placement = fn.java();
        } else if (PyTypes.strip(pair.first()) == ScalarType.INT) {
            placement = new MethodReferenceExpr(runtime(PY_PARTITIONER), new NodeList<>(), "hashInt");
        } else {
            throw new Untranslatable(Code.NBM270, invocation.call().span(), invocation.member() + "() without a"
                    + " partitionFunc places keys by Python's hash, which is reproduced for int keys only; keys here are "
                    + pair.first().display());
        }
        MethodCallExpr of = invoke(runtime(PY_PARTITIONER), "of", count, placement);
        of.setTypeArguments(new ClassOrInterfaceType(null, boxed(pair.first())));
        return of;
    }

    /** The boxed Java type of {@code type}, its imports used. */
    private String boxed(PyType type) {
        dev.nbmigrate.converter.types.JavaTypeRef ref = JavaTypes.boxedDeclaration(type).orElseThrow();
        ref.imports().forEach(context.imports()::use);
        return ref.text();
    }

    private RddFunctions.Fn identity(PyType type) {
        String k = expressions.scope().freshJavaName("k");
        LambdaExpr same = new LambdaExpr(new NodeList<>(new com.github.javaparser.ast.body.Parameter(
                new com.github.javaparser.ast.type.UnknownType(), k)), new NameExpr(k));
        same.setEnclosingParameters(false);
        return new RddFunctions.Fn(same, type);
    }

    /**
     * {@code sumApprox(timeout)} and {@code meanApprox(timeout)}: Spark's bounded estimate within the timeout (in
     * milliseconds, as PySpark's), used as the float PySpark's BoundedFloat is.
     */
    private TExpr approximate(Invocation invocation, String method) {
        NodeList<Expression> arguments = new NodeList<>(new CastExpr(PrimitiveType.longType(),
                new EnclosedExpr(invocation.translated(0, "timeout").java())));
        invocation.optional(1, "confidence").map(c -> RddFunctions.held(expressions.translate(c))).ifPresent(arguments::add);
        Expression estimate = invoke(invoke(new MethodCallExpr(doubles(invocation), method, arguments), "getFinalValue"), "mean");
        return TExpr.of(estimate, ScalarType.FLOAT);
    }

    /** The joins: Spark's {@code Optional} sides become values that may be {@code None}, as in PySpark. */
    private TExpr join(Invocation invocation, String method, boolean leftOptional, boolean rightOptional) {
        PairType pair = invocation.pair();
        TExpr other = rdd(invocation, 0, "other");
        PairType otherPair = pairOf(other, invocation);
        NodeList<Expression> arguments = new NodeList<>(other.java());
        invocation.optionalInt(1, "numPartitions").ifPresent(arguments::add);
        Expression joined = new MethodCallExpr(invocation.java(), method, arguments);
        PyType left = leftOptional ? PyTypes.nullable(pair.second()) : pair.second();
        PyType right = rightOptional ? PyTypes.nullable(otherPair.second()) : otherPair.second();
        if (leftOptional || rightOptional) {
            String p = expressions.scope().freshJavaName("p");
            Expression first = invoke(new NameExpr(p), "_1");
            Expression second = invoke(new NameExpr(p), "_2");
            Expression tuple = new com.github.javaparser.ast.expr.ObjectCreationExpr(null,
                    new ClassOrInterfaceType(null, context.imports().use("scala.Tuple2")).setTypeArguments(new NodeList<>()),
                    new NodeList<>(leftOptional ? invoke(first, "orNull") : first, rightOptional ? invoke(second, "orNull") : second));
            LambdaExpr unwrap = new LambdaExpr(new NodeList<>(new com.github.javaparser.ast.body.Parameter(
                    new com.github.javaparser.ast.type.UnknownType(), p)), tuple);
            unwrap.setEnclosingParameters(false);
            joined = invoke(joined, "mapValues", unwrap);
        }
        return TExpr.of(joined, new RddType(new PairType(pair.first(), new PairType(left, right))));
    }

    private TExpr persist(Invocation invocation) {
        Optional<PyExpr> level = invocation.optional(0, "storageLevel");
        Expression java = level.isPresent() ? expressions.translate(level.get()).java() : serializedMemory();
        return invocation.same(invoke(invocation.java(), "persist", java));
    }

    /** PySpark stores RDD partitions serialized: its {@code MEMORY_ONLY} is Java's {@code MEMORY_ONLY_SER}. */
    private Expression serializedMemory() {
        return invoke(new NameExpr(context.imports().use(STORAGE_LEVEL)), "MEMORY_ONLY_SER");
    }

    // ---- actions

    private TExpr fold(Invocation invocation) {
        TExpr zero = functions.value(invocation.arg(0, "zeroValue"));
        return TExpr.of(invoke(invocation.java(), "fold", RddFunctions.held(zero),
                binary(invocation, invocation.arg(1, "op"), invocation.element(), invocation.element())), invocation.element());
    }

    private TExpr aggregate(Invocation invocation) {
        TExpr zero = functions.value(invocation.arg(0, "zeroValue"));
        PyType accumulator = zero.type();
        return TExpr.of(invoke(invocation.java(), "aggregate", RddFunctions.held(zero),
                binary(invocation, invocation.arg(1, "seqOp"), accumulator, invocation.element()),
                binary(invocation, invocation.arg(2, "combOp"), accumulator, accumulator)), accumulator);
    }

    /** {@code treeAggregate(zero, seqOp, combOp, depth)}: as {@link #aggregate}, combined in a tree of that depth. */
    private TExpr treeAggregate(Invocation invocation) {
        TExpr zero = functions.value(invocation.arg(0, "zeroValue"));
        PyType accumulator = zero.type();
        return TExpr.of(invoke(invocation.java(), "treeAggregate", RddFunctions.held(zero),
                binary(invocation, invocation.arg(1, "seqOp"), accumulator, invocation.element()),
                binary(invocation, invocation.arg(2, "combOp"), accumulator, accumulator),
                invocation.optionalInt(3, "depth").orElse(new IntegerLiteralExpr("2"))), accumulator);
    }

    /** {@code sum()}: an int stays an int (a fold over longs), floats sum as doubles. */
    private TExpr sum(Invocation invocation) {
        PyType element = PyTypes.strip(invocation.element());
        if (element == ScalarType.INT) {
            return TExpr.of(invoke(invocation.java(), "fold", new com.github.javaparser.ast.expr.LongLiteralExpr("0L"),
                    new MethodReferenceExpr(new NameExpr("Long"), new NodeList<>(), "sum")), ScalarType.INT);
        }
        if (element == ScalarType.FLOAT) {
            return TExpr.of(invoke(invocation.java(), "fold", new com.github.javaparser.ast.expr.DoubleLiteralExpr("0.0"),
                    new MethodReferenceExpr(new NameExpr("Double"), new NodeList<>(), "sum")), ScalarType.FLOAT);
        }
        throw new Untranslatable(Code.NBM271, invocation.call().span(), "sum() of an RDD of " + element.display());
    }

    /** The RDD as a {@code JavaDoubleRDD}, for mean, variance and stdev. */
    private Expression doubles(Invocation invocation) {
        PyType element = PyTypes.strip(invocation.element());
        if (element != ScalarType.INT && element != ScalarType.FLOAT) {
            throw new Untranslatable(Code.NBM271, invocation.call().span(), invocation.member() + "() of an RDD of "
                    + element.display());
        }
        return invoke(invocation.java(), "mapToDouble",
                new MethodReferenceExpr(new NameExpr("Number"), new NodeList<>(), "doubleValue"));
    }

    private TExpr foreach(Invocation invocation) {
        RddFunctions.Fn fn = functions.apply(invocation.arg(0, "f"), List.of(invocation.element()));
        return TExpr.of(invoke(invocation.java(), "foreach", fn.java()), ScalarType.NONE);
    }

    private TExpr saveAsTextFile(Invocation invocation) {
        PyType element = PyTypes.strip(invocation.element());
        Expression rdd = invocation.java();
        if (element == ScalarType.INT) {
            rdd = invoke(rdd, "map", new MethodReferenceExpr(new NameExpr("String"), new NodeList<>(), "valueOf"));
        } else if (element != ScalarType.STR) {
            throw new Untranslatable(Code.NBM270, invocation.call().span(), "saveAsTextFile() of an RDD of "
                    + element.display() + " (Python writes str() of each element) is not translated");
        }
        return TExpr.of(invoke(rdd, "saveAsTextFile", invocation.translated(0, "path").java()), ScalarType.NONE);
    }

    // ---- helpers

    /** The ordering of a {@code key=} argument (Python's ordering of the key), or Python's natural ordering. */
    private Expression order(Invocation invocation, String keyword, boolean descending) {
        Optional<PyExpr> key = invocation.keyword(keyword);
        if (key.isEmpty()) {
            return order();
        }
        RddFunctions.Fn fn = functions.apply(key.get(), List.of(invocation.element()));
        return invoke(runtime(PY_ORDER), "by", fn.java());
    }

    private Expression order() {
        return invoke(runtime(PY_ORDER), "natural");
    }

    private Expression binary(Invocation invocation, PyExpr function, PyType first, PyType second) {
        RddFunctions.Fn fn = functions.apply(function, List.of(first, second));
        return fn.java();
    }

    private TExpr rdd(Invocation invocation, int position, String keyword) {
        TExpr other = invocation.translated(position, keyword);
        if (!(PyTypes.strip(other.type()) instanceof RddType)) {
            throw new Untranslatable(Code.NBM271, invocation.call().span(), invocation.member() + "() of "
                    + other.type().display() + ": the other RDD's elements have no known type");
        }
        return other;
    }

    private TExpr sameRdd(Invocation invocation, int position, String keyword) {
        TExpr other = rdd(invocation, position, keyword);
        PyType otherElement = ((RddType) PyTypes.strip(other.type())).element();
        if (!otherElement.equals(invocation.element())) {
            throw new Untranslatable(Code.NBM271, invocation.call().span(), invocation.member() + "() of an RDD of "
                    + invocation.element().display() + " and an RDD of " + otherElement.display());
        }
        return other;
    }

    private static PairType pairOf(TExpr rdd, Invocation invocation) {
        if (((RddType) PyTypes.strip(rdd.type())).element() instanceof PairType pair) {
            return pair;
        }
        throw new Untranslatable(Code.NBM271, invocation.call().span(), invocation.member()
                + "() needs an RDD of key-value pairs");
    }

    private static PyType iterated(PyType result, Invocation invocation) {
        PyType type = PyTypes.strip(result);
        if (type instanceof ListType list) {
            return list.element();
        }
        if (type instanceof SetType set) {
            return set.element();
        }
        if (type instanceof TupleType tuple && !tuple.variadic() && !tuple.elements().isEmpty()
                && tuple.elements().stream().map(PyTypes::strip).distinct().count() == 1) {
            // a tuple of one element type iterates as a list of it (a PyTuple is a List)
            return tuple.elements().get(0);
        }
        throw new Untranslatable(Code.NBM271, invocation.call().span(), invocation.member()
                + "() with a function returning " + type.display() + " is not translated");
    }

    /** {@code x -> body} as {@code x -> (body).iterator()}: Spark's flat-map functions return iterators. */
    private static LambdaExpr iterator(LambdaExpr lambda) {
        Expression body = lambda.getExpressionBody().orElseThrow();
        lambda.setBody(new com.github.javaparser.ast.stmt.ExpressionStmt(invoke(body instanceof NameExpr ? body : new EnclosedExpr(body), "iterator")));
        return lambda;
    }

    private NameExpr runtime(String qualifiedName) {
        return new NameExpr(context.imports().use(qualifiedName));
    }

    /** One call being translated: its receiver, the RDD's type (null for a SparkContext) and its arguments. */
    private final class Invocation {
        private final TExpr receiver;
        private final RddType rdd;
        private final String member;
        private final PyExpr.Call call;

        Invocation(TExpr receiver, RddType rdd, String member, PyExpr.Call call) {
            this.receiver = receiver;
            this.rdd = rdd;
            this.member = member;
            this.call = call;
        }

        TExpr receiver() {
            return receiver;
        }

        String member() {
            return member;
        }

        PyExpr.Call call() {
            return call;
        }

        Expression java() {
            return receiver.java() instanceof com.github.javaparser.ast.expr.BinaryExpr
                    || receiver.java() instanceof com.github.javaparser.ast.expr.ConditionalExpr
                    ? new EnclosedExpr(receiver.java()) : receiver.java();
        }

        PyType element() {
            return rdd.element();
        }

        boolean isPair() {
            return rdd.isPair();
        }

        PairType pair() {
            if (rdd.element() instanceof PairType pair) {
                return pair;
            }
            throw new Untranslatable(Code.NBM271, call.span(), member + "() needs an RDD of key-value pairs, not of "
                    + rdd.element().display());
        }

        /** The same RDD type as the receiver, for transformations that keep the elements. */
        TExpr same(Expression java) {
            return TExpr.of(java, rdd);
        }

        Optional<PyExpr> keyword(String name) {
            return call.keywords().stream().filter(k -> name.equals(k.name())).map(Keyword::value).findFirst();
        }

        Optional<PyExpr> optional(int position, String name) {
            if (position >= 0 && position < call.args().size()) {
                return Optional.of(call.args().get(position));
            }
            return keyword(name);
        }

        PyExpr arg(int position, String name) {
            return optional(position, name).orElseThrow(() -> new Untranslatable(Code.NBM270, call.span(),
                    member + "() without its " + name + " argument"));
        }

        TExpr translated(int position, String name) {
            return expressions.translate(arg(position, name));
        }

        Expression intArg(int position, String name) {
            return asInt(translated(position, name));
        }

        Optional<Expression> optionalInt(int position, String name) {
            return optional(position, name).map(e -> asInt(expressions.translate(e)));
        }

        Expression[] optionalInts(String name) {
            return optionalInt(0, name).stream().toArray(Expression[]::new);
        }

        /** The {@code seed} argument as a long; without one, a random seed as PySpark draws. */
        Expression seed() {
            return seed(2);
        }

        /** The {@code seed} argument at {@code position} as a long; without one, a random seed. */
        Expression seed(int position) {
            return optional(position, "seed").map(e -> RddFunctions.held(expressions.translate(e)))
                    .orElse(invoke(new com.github.javaparser.ast.expr.ObjectCreationExpr(null,
                            new ClassOrInterfaceType(null, context.imports().use("java.util.Random")), new NodeList<>()), "nextLong"));
        }

        Expression longArg(int position) {
            TExpr value = expressions.translate(call.args().get(position));
            return RddFunctions.held(value);
        }

        Expression asInt(TExpr value) {
            if (value.java() instanceof IntegerLiteralExpr) {
                return value.java();
            }
            return invoke(new NameExpr("Math"), "toIntExact", value.java());
        }
    }
}
