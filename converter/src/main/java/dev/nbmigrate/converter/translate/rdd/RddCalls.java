package dev.nbmigrate.converter.translate.rdd;

import static dev.nbmigrate.converter.translate.rdd.RddFunctions.invoke;

import java.util.ArrayList;
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
 * sort as tuples, dicts, lists). The operations are the tables of {@link RddOperations}; a member not in it is
 * {@code NBM270}, an element type that cannot be followed {@code NBM271}.
 */
public final class RddCalls {

    static final String JAVA_SPARK_CONTEXT = "org.apache.spark.api.java.JavaSparkContext";
    static final String PY_RDDS = "dev.nbmigrate.runtime.rdd.PyRdds";
    static final String PY_ORDER = "dev.nbmigrate.runtime.rdd.PyOrder";
    static final String PY_PARTITIONER = "dev.nbmigrate.runtime.rdd.PyPartitioner";
    static final String PY_HISTOGRAM = "dev.nbmigrate.runtime.rdd.PyHistogram";
    static final String PY_LITERALS = "dev.nbmigrate.runtime.interop.PyLiterals";
    static final String STORAGE_LEVEL = "org.apache.spark.storage.StorageLevel";

    final TranslationContext context;
    final ExprTranslator expressions;
    final RddFunctions functions;
    final RddSources sources;

    /** The deprecated alias of a member, translated as the member it stands for. */
    TExpr operation(String member, RddInvocation invocation) {
        return RddOperations.OPERATIONS.get(member).translate(this, invocation);
    }

    public RddCalls(TranslationContext context, ExprTranslator expressions) {
        this.context = context;
        this.expressions = expressions;
        this.functions = new RddFunctions(context, expressions);
        this.sources = new RddSources(context, expressions, functions, this);
    }

    /** The names of the RDD members translated, sorted (for documentation and tests). */
    public static List<String> operationNames() {
        return RddOperations.OPERATIONS.keySet().stream().sorted().toList();
    }

    /** The names of the SparkContext members translated, sorted (for documentation and tests). */
    public static List<String> sourceNames() {
        return RddOperations.SOURCES.keySet().stream().sorted().toList();
    }

    /**
     * {@code receiver.member(...)} when the receiver is an RDD or {@code member} makes an RDD from a SparkContext;
     * empty for any other call.
     */
    public Optional<TExpr> call(TExpr receiver, String member, PyExpr.Call call) {
        PyType type = PyTypes.strip(receiver.type());
        if (type == SparkObject.SPARK_CONTEXT && RddOperations.SOURCES.containsKey(member)) {
            return Optional.of(RddOperations.SOURCES.get(member).translate(this, new RddInvocation(context, expressions, receiver, null, member, call)));
        }
        if (type == SparkObject.RDD) {
            throw new Untranslatable(Code.NBM271, call.span(), "the elements of this RDD have no known type, so "
                    + member + "() cannot be typed in Java");
        }
        if (type instanceof SharedVariableType shared) {
            return Optional.of(sources.sharedVariableCall(receiver, shared, member, call));
        }
        if (!(type instanceof RddType rdd)) {
            return Optional.empty();
        }
        RddOperations.Operation operation = RddOperations.OPERATIONS.get(member);
        if (operation == null) {
            throw new Untranslatable(Code.NBM270, call.span(), "RDD." + member + "() is not translated");
        }
        return Optional.of(operation.translate(this, new RddInvocation(context, expressions, receiver, rdd, member, call)));
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

    // ---- transformations

    TExpr map(RddInvocation invocation) {
        RddFunctions.Fn fn = functions.apply(invocation.arg(0, "f"), List.of(invocation.element()));
        String method = fn.result() instanceof PairType ? "mapToPair" : "map";
        return TExpr.of(invoke(invocation.java(), method, fn.java()), new RddType(fn.result()));
    }

    /**
     * {@code filter(f)}: the same elements; when f keeps only elements that are not None ({@code lambda x: x is not
     * None}, alone or as a term of an {@code and}), the RDD's elements are no longer Optional.
     */
    TExpr filter(RddInvocation invocation) {
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

    static boolean excludesNone(PyExpr test, String parameter) {
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

    static boolean isParameter(PyExpr expr, String parameter) {
        return expr instanceof PyExpr.Name name && name.id().equals(parameter);
    }

    TExpr flatMap(RddInvocation invocation) {
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
    TExpr histogram(RddInvocation invocation) {
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

    TExpr mapValues(RddInvocation invocation) {
        PairType pair = invocation.pair();
        RddFunctions.Fn fn = functions.apply(invocation.arg(0, "f"), List.of(pair.second()));
        return TExpr.of(invoke(invocation.java(), "mapValues", fn.java()), new RddType(new PairType(pair.first(), fn.result())));
    }

    TExpr flatMapValues(RddInvocation invocation) {
        PairType pair = invocation.pair();
        RddFunctions.Fn fn = functions.apply(invocation.arg(0, "f"), List.of(pair.second()));
        PyType element = iterated(fn.result(), invocation);
        return TExpr.of(invoke(invocation.java(), "flatMapValues", iterator(fn.java())),
                new RddType(new PairType(pair.first(), element)));
    }

    TExpr keyBy(RddInvocation invocation) {
        RddFunctions.Fn fn = functions.apply(invocation.arg(0, "f"), List.of(invocation.element()));
        return TExpr.of(invoke(invocation.java(), "keyBy", fn.java()), new RddType(new PairType(fn.result(), invocation.element())));
    }

    TExpr reduceByKey(RddInvocation invocation) {
        PairType pair = invocation.pair();
        NodeList<Expression> arguments = new NodeList<>(binary(invocation, invocation.arg(0, "func"), pair.second(), pair.second()));
        invocation.optionalInt(1, "numPartitions").ifPresent(n -> arguments.add(0, n));
        return invocation.same(new MethodCallExpr(invocation.java(), "reduceByKey", arguments));
    }

    TExpr foldByKey(RddInvocation invocation) {
        PairType pair = invocation.pair();
        TExpr zero = functions.value(invocation.arg(0, "zeroValue"));
        return invocation.same(invoke(invocation.java(), "foldByKey", RddFunctions.held(zero),
                binary(invocation, invocation.arg(1, "func"), pair.second(), pair.second())));
    }

    TExpr aggregateByKey(RddInvocation invocation) {
        PairType pair = invocation.pair();
        TExpr zero = functions.value(invocation.arg(0, "zeroValue"));
        PyType accumulator = zero.type();
        Expression seq = binary(invocation, invocation.arg(1, "seqFunc"), accumulator, pair.second());
        Expression comb = binary(invocation, invocation.arg(2, "combFunc"), accumulator, accumulator);
        return TExpr.of(invoke(invocation.java(), "aggregateByKey", RddFunctions.held(zero), seq, comb),
                new RddType(new PairType(pair.first(), accumulator)));
    }

    TExpr combineByKey(RddInvocation invocation) {
        PairType pair = invocation.pair();
        RddFunctions.Fn create = functions.apply(invocation.arg(0, "createCombiner"), List.of(pair.second()));
        PyType combiner = create.result();
        Expression merge = binary(invocation, invocation.arg(1, "mergeValue"), combiner, pair.second());
        Expression combine = binary(invocation, invocation.arg(2, "mergeCombiners"), combiner, combiner);
        return TExpr.of(invoke(invocation.java(), "combineByKey", create.java(), merge, combine),
                new RddType(new PairType(pair.first(), combiner)));
    }

    /** {@code sortBy(f, ascending)}: keyed by f, sorted by Python's ordering of the keys, the keys dropped. */
    TExpr sortBy(RddInvocation invocation) {
        RddFunctions.Fn key = functions.apply(invocation.arg(0, "keyfunc"), List.of(invocation.element()));
        Expression sorted = invoke(invoke(invoke(invocation.java(), "keyBy", key.java()), "sortByKey", order(), ascending(invocation, 1)), "values");
        if (invocation.isPair()) {
            sorted = invoke(new NameExpr(context.imports().use("org.apache.spark.api.java.JavaPairRDD")), "fromJavaRDD", sorted);
        }
        return invocation.same(sorted);
    }

    /** {@code sortByKey(ascending, numPartitions, keyfunc)}: by Python's ordering of the keys (or of keyfunc(key)). */
    TExpr sortByKey(RddInvocation invocation) {
        PairType pair = invocation.pair();
        Expression order = invocation.optional(2, "keyfunc").map(f -> (Expression) invoke(runtime(PY_ORDER), "by",
                functions.apply(f, List.of(pair.first())).java())).orElseGet(this::order);
        NodeList<Expression> arguments = new NodeList<>(order, ascending(invocation, 0));
        invocation.optionalInt(1, "numPartitions").ifPresent(arguments::add);
        return invocation.same(new MethodCallExpr(invocation.java(), "sortByKey", arguments));
    }

    Expression ascending(RddInvocation invocation, int position) {
        return invocation.optional(position, "ascending").map(e -> expressions.translate(e).java())
                .orElse(new BooleanLiteralExpr(true));
    }

    TExpr cartesian(RddInvocation invocation) {
        TExpr other = rdd(invocation, 0, "other");
        return TExpr.of(invoke(invocation.java(), "cartesian", other.java()),
                new RddType(new PairType(invocation.element(), ((RddType) PyTypes.strip(other.type())).element())));
    }

    TExpr zip(RddInvocation invocation) {
        TExpr other = rdd(invocation, 0, "other");
        return TExpr.of(invoke(invocation.java(), "zip", other.java()),
                new RddType(new PairType(invocation.element(), ((RddType) PyTypes.strip(other.type())).element())));
    }

    /** {@code groupBy(f)}: the elements keyed by f, the elements of a key as a list (as {@link #groupByKey}). */
    TExpr groupBy(RddInvocation invocation) {
        RddFunctions.Fn key = functions.apply(invocation.arg(0, "f"), List.of(invocation.element()));
        NodeList<Expression> arguments = new NodeList<>(key.java());
        invocation.optionalInt(1, "numPartitions").ifPresent(arguments::add);
        Expression grouped = new MethodCallExpr(invocation.java(), "groupBy", arguments);
        return TExpr.of(invoke(grouped, "mapValues", new MethodReferenceExpr(new NameExpr(context.imports().use(PY_RDDS)),
                new NodeList<>(), "list")), new RddType(new PairType(key.result(), new ListType(invocation.element()))));
    }

    /** The {@code fractions} dict of {@code sampleByKey}: a key to a float (Java wants a {@code Map<K, Double>}). */
    Expression fractions(RddInvocation invocation) {
        TExpr fractions = invocation.translated(1, "fractions");
        if (!(PyTypes.strip(fractions.type()) instanceof DictType dict) || !dict.key().equals(invocation.pair().first())
                || PyTypes.strip(dict.value()) != ScalarType.FLOAT) {
            throw new Untranslatable(Code.NBM271, invocation.call().span(), "sampleByKey() with fractions of "
                    + fractions.type().display() + " (a dict of the keys to floats is translated)");
        }
        return fractions.java();
    }

    /** {@code randomSplit(weights, seed)}: the RDDs of Spark's split, as a list (Python unpacks it). */
    TExpr randomSplit(RddInvocation invocation) {
        TExpr weights = invocation.translated(0, "weights");
        return TExpr.of(invoke(runtime(PY_RDDS), "randomSplit", invocation.java(), weights.java(), invocation.seed(1)),
                new ListType(invocation.rddType()));
    }

    /** {@code pipe(command)}: each element's str() piped through the command, its output lines the new elements. */
    TExpr pipe(RddInvocation invocation) {
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
    TExpr groupByKey(RddInvocation invocation) {
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
    TExpr cogroup(RddInvocation invocation, List<PyExpr> others, Optional<PyExpr> partitions) {
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
    TExpr repartitionAndSortWithinPartitions(RddInvocation invocation) {
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
    TExpr partitionBy(RddInvocation invocation) {
        return invocation.same(invoke(invocation.java(), "partitionBy", partitioner(invocation, invocation.pair())));
    }

    /**
     * PySpark's placement of keys: {@code partitionFunc(key) % numPartitions}; without a partition function
     * PySpark's {@code portable_hash}, which is Python's {@code hash}, is reproduced for int keys only.
     */
    Expression partitioner(RddInvocation invocation, PairType pair) {
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
    String boxed(PyType type) {
        dev.nbmigrate.converter.types.JavaTypeRef ref = JavaTypes.boxedDeclaration(type).orElseThrow();
        ref.imports().forEach(context.imports()::use);
        return ref.text();
    }

    RddFunctions.Fn identity(PyType type) {
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
    TExpr approximate(RddInvocation invocation, String method) {
        NodeList<Expression> arguments = new NodeList<>(new CastExpr(PrimitiveType.longType(),
                new EnclosedExpr(invocation.translated(0, "timeout").java())));
        invocation.optional(1, "confidence").map(c -> RddFunctions.held(expressions.translate(c))).ifPresent(arguments::add);
        Expression estimate = invoke(invoke(new MethodCallExpr(doubles(invocation), method, arguments), "getFinalValue"), "mean");
        return TExpr.of(estimate, ScalarType.FLOAT);
    }

    /** The joins: Spark's {@code Optional} sides become values that may be {@code None}, as in PySpark. */
    TExpr join(RddInvocation invocation, String method, boolean leftOptional, boolean rightOptional) {
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

    TExpr persist(RddInvocation invocation) {
        Optional<PyExpr> level = invocation.optional(0, "storageLevel");
        Expression java = level.isPresent() ? expressions.translate(level.get()).java() : serializedMemory();
        return invocation.same(invoke(invocation.java(), "persist", java));
    }

    /** PySpark stores RDD partitions serialized: its {@code MEMORY_ONLY} is Java's {@code MEMORY_ONLY_SER}. */
    Expression serializedMemory() {
        return invoke(new NameExpr(context.imports().use(STORAGE_LEVEL)), "MEMORY_ONLY_SER");
    }

    // ---- actions

    TExpr fold(RddInvocation invocation) {
        TExpr zero = functions.value(invocation.arg(0, "zeroValue"));
        return TExpr.of(invoke(invocation.java(), "fold", RddFunctions.held(zero),
                binary(invocation, invocation.arg(1, "op"), invocation.element(), invocation.element())), invocation.element());
    }

    TExpr aggregate(RddInvocation invocation) {
        TExpr zero = functions.value(invocation.arg(0, "zeroValue"));
        PyType accumulator = zero.type();
        return TExpr.of(invoke(invocation.java(), "aggregate", RddFunctions.held(zero),
                binary(invocation, invocation.arg(1, "seqOp"), accumulator, invocation.element()),
                binary(invocation, invocation.arg(2, "combOp"), accumulator, accumulator)), accumulator);
    }

    /** {@code treeAggregate(zero, seqOp, combOp, depth)}: as {@link #aggregate}, combined in a tree of that depth. */
    TExpr treeAggregate(RddInvocation invocation) {
        TExpr zero = functions.value(invocation.arg(0, "zeroValue"));
        PyType accumulator = zero.type();
        return TExpr.of(invoke(invocation.java(), "treeAggregate", RddFunctions.held(zero),
                binary(invocation, invocation.arg(1, "seqOp"), accumulator, invocation.element()),
                binary(invocation, invocation.arg(2, "combOp"), accumulator, accumulator),
                invocation.optionalInt(3, "depth").orElse(new IntegerLiteralExpr("2"))), accumulator);
    }

    /** {@code sum()}: an int stays an int (a fold over longs), floats sum as doubles. */
    TExpr sum(RddInvocation invocation) {
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
    Expression doubles(RddInvocation invocation) {
        PyType element = PyTypes.strip(invocation.element());
        if (element != ScalarType.INT && element != ScalarType.FLOAT) {
            throw new Untranslatable(Code.NBM271, invocation.call().span(), invocation.member() + "() of an RDD of "
                    + element.display());
        }
        return invoke(invocation.java(), "mapToDouble",
                new MethodReferenceExpr(new NameExpr("Number"), new NodeList<>(), "doubleValue"));
    }

    TExpr foreach(RddInvocation invocation) {
        RddFunctions.Fn fn = functions.apply(invocation.arg(0, "f"), List.of(invocation.element()));
        return TExpr.of(invoke(invocation.java(), "foreach", fn.java()), ScalarType.NONE);
    }

    TExpr saveAsTextFile(RddInvocation invocation) {
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
    Expression order(RddInvocation invocation, String keyword, boolean descending) {
        Optional<PyExpr> key = invocation.keyword(keyword);
        if (key.isEmpty()) {
            return order();
        }
        RddFunctions.Fn fn = functions.apply(key.get(), List.of(invocation.element()));
        return invoke(runtime(PY_ORDER), "by", fn.java());
    }

    Expression order() {
        return invoke(runtime(PY_ORDER), "natural");
    }

    Expression binary(RddInvocation invocation, PyExpr function, PyType first, PyType second) {
        RddFunctions.Fn fn = functions.apply(function, List.of(first, second));
        return fn.java();
    }

    TExpr rdd(RddInvocation invocation, int position, String keyword) {
        TExpr other = invocation.translated(position, keyword);
        if (!(PyTypes.strip(other.type()) instanceof RddType)) {
            throw new Untranslatable(Code.NBM271, invocation.call().span(), invocation.member() + "() of "
                    + other.type().display() + ": the other RDD's elements have no known type");
        }
        return other;
    }

    TExpr sameRdd(RddInvocation invocation, int position, String keyword) {
        TExpr other = rdd(invocation, position, keyword);
        PyType otherElement = ((RddType) PyTypes.strip(other.type())).element();
        if (!otherElement.equals(invocation.element())) {
            throw new Untranslatable(Code.NBM271, invocation.call().span(), invocation.member() + "() of an RDD of "
                    + invocation.element().display() + " and an RDD of " + otherElement.display());
        }
        return other;
    }

    static PairType pairOf(TExpr rdd, RddInvocation invocation) {
        if (((RddType) PyTypes.strip(rdd.type())).element() instanceof PairType pair) {
            return pair;
        }
        throw new Untranslatable(Code.NBM271, invocation.call().span(), invocation.member()
                + "() needs an RDD of key-value pairs");
    }

    static PyType iterated(PyType result, RddInvocation invocation) {
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
    static LambdaExpr iterator(LambdaExpr lambda) {
        Expression body = lambda.getExpressionBody().orElseThrow();
        lambda.setBody(new com.github.javaparser.ast.stmt.ExpressionStmt(invoke(body instanceof NameExpr ? body : new EnclosedExpr(body), "iterator")));
        return lambda;
    }

    NameExpr runtime(String qualifiedName) {
        return new NameExpr(context.imports().use(qualifiedName));
    }
}
