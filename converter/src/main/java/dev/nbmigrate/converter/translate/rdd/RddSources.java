package dev.nbmigrate.converter.translate.rdd;

import static dev.nbmigrate.converter.translate.rdd.RddFunctions.invoke;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.translate.ExprTranslator;
import dev.nbmigrate.converter.translate.TExpr;
import dev.nbmigrate.converter.translate.TranslationContext;
import dev.nbmigrate.converter.translate.Untranslatable;
import dev.nbmigrate.converter.types.JavaTypes;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PairType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.RddType;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SetType;
import dev.nbmigrate.converter.types.SharedVariableType;
import dev.nbmigrate.converter.types.TupleType;

/**
 * The SparkContext members {@link RddCalls} translates that make RDDs ({@code parallelize}, {@code range},
 * {@code textFile}, ...) and shared variables ({@code broadcast}, {@code accumulator}), and the calls on those.
 */
final class RddSources {

    private static final String JAVA_SPARK_CONTEXT = "org.apache.spark.api.java.JavaSparkContext";
    private static final String PY_RDDS = "dev.nbmigrate.runtime.rdd.PyRdds";
    private static final String PY_LITERALS = "dev.nbmigrate.runtime.interop.PyLiterals";

    private final TranslationContext context;
    private final ExprTranslator expressions;
    private final RddFunctions functions;
    private final RddCalls calls;

    RddSources(TranslationContext context, ExprTranslator expressions, RddFunctions functions, RddCalls calls) {
        this.context = context;
        this.expressions = expressions;
        this.functions = functions;
        this.calls = calls;
    }

    Expression javaContext(RddInvocation invocation) {
        return invoke(new NameExpr(context.imports().use(JAVA_SPARK_CONTEXT)), "fromSparkContext", invocation.receiver().java());
    }

    /** {@code sc.runJob(rdd, f, partitions)}: f's results over the chosen partitions (all by default), in order. */
    TExpr runJob(RddInvocation invocation) {
        TExpr rdd = calls.rdd(invocation, 0, "rdd");
        PyType element = ((RddType) PyTypes.strip(rdd.type())).element();
        RddFunctions.Fn fn = functions.partition(invocation.arg(1, "partitionFunc"), element, false);
        Expression partitions = invocation.optional(2, "partitions").map(p -> expressions.translate(p).java())
                .orElse(new com.github.javaparser.ast.expr.NullLiteralExpr());
        return TExpr.of(invoke(runtime(PY_RDDS), "runJob", rdd.java(), fn.java(), partitions), new ListType(fn.result()));
    }

    /** {@code sc.broadcast(v)}: a {@code Broadcast<V>} whose {@code value} has v's type. */
    TExpr broadcast(RddInvocation invocation) {
        TExpr value = invocation.translated(0, "value");
        if (value.type().isUnknown()) {
            throw new Untranslatable(Code.NBM271, invocation.call().span(), "the type of the broadcast value is not known");
        }
        return TExpr.of(invoke(javaContext(invocation), "broadcast", RddFunctions.held(value)),
                new SharedVariableType(SharedVariableType.Kind.BROADCAST, value.type()));
    }

    /** {@code sc.accumulator(v)}: a registered Long- or DoubleAccumulator starting at v. */
    TExpr accumulator(RddInvocation invocation) {
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
    TExpr sharedVariableCall(TExpr receiver, SharedVariableType shared, String member, PyExpr.Call call) {
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

    TExpr parallelize(RddInvocation invocation) {
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
            pairList.setTypeArguments(new NodeList<>(new ClassOrInterfaceType(null, calls.boxed(tuple.elements().get(0))),
                    new ClassOrInterfaceType(null, calls.boxed(tuple.elements().get(1)))));
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
    TExpr range(RddInvocation invocation) {
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

    TExpr textFile(RddInvocation invocation, String method, PyType element) {
        NodeList<Expression> arguments = new NodeList<>(invocation.translated(0, "name").java());
        invocation.optionalInt(1, "minPartitions").ifPresent(arguments::add);
        return TExpr.of(new MethodCallExpr(javaContext(invocation), method, arguments), new RddType(element));
    }

    private NameExpr runtime(String qualifiedName) {
        return new NameExpr(context.imports().use(qualifiedName));
    }
}
