package dev.nbmigrate.converter.translate.rdd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.UnknownType;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.BinOperator;
import dev.nbmigrate.converter.parse.python.ast.ExprContext;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.translate.ExprTranslator;
import dev.nbmigrate.converter.translate.Scope;
import dev.nbmigrate.converter.translate.TExpr;
import dev.nbmigrate.converter.translate.TranslationContext;
import dev.nbmigrate.converter.translate.Untranslatable;
import dev.nbmigrate.converter.types.JavaTypes;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PairType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.TupleType;

/**
 * Turns the Python callables passed to RDD operations (a {@code lambda}, the name of a {@code def}, a builtin such
 * as {@code len} or {@code str}, or {@code operator.add}) into typed Java lambdas: the parameters get the element
 * types the RDD holds, the body is translated by the expression translator for those types, and the result is
 * held as the Java type a Python value of its type is ({@code long} for int, {@code Tuple2} for a pair).
 */
public final class RddFunctions {

    /** {@code operator} module functions, as the Python operator they apply. */
    private static final Map<String, BinOperator> OPERATORS = Map.of(
            "operator.add", BinOperator.ADD, "operator.sub", BinOperator.SUB, "operator.mul", BinOperator.MULT,
            "operator.truediv", BinOperator.DIV, "operator.floordiv", BinOperator.FLOOR_DIV,
            "operator.mod", BinOperator.MOD);

    /** A translated callable: the Java lambda and the type of what it returns. */
    record Fn(LambdaExpr java, PyType result) {
    }

    private final TranslationContext context;
    private final ExprTranslator expressions;

    RddFunctions(TranslationContext context, ExprTranslator expressions) {
        this.context = context;
        this.expressions = expressions;
    }

    /**
     * The callable {@code function} applied to parameters of {@code parameters}' types; a 2-tuple it builds becomes
     * a {@code Tuple2} ({@link PairType}), the pairs RDDs hold.
     */
    Fn apply(PyExpr function, List<PyType> parameters) {
        Application application = application(function, parameters);
        TExpr body = asPair(result(application.translator(), application.body()));
        PyType result = body.type();
        // a value the model knows only in part (a Row's dict, a dict of Row values) is held as Object where it is
        // not known; a function taking such elements is refused where it binds them (bind)
        if (PyTypes.strip(result).isUnknown()) {
            throw new Untranslatable(Code.NBM271, function.span(), "the type of what " + describe(function)
                    + " returns is not known");
        }
        return new Fn(lambda(application.names(), held(body)), result);
    }

    /**
     * What a function passed to an RDD operation returns: a 2-tuple literal as a pair, also in either branch of a
     * conditional expression ({@code (k, v) if ok else None} makes elements that may be None).
     */
    private TExpr result(ExprTranslator translator, PyExpr body) {
        if (body instanceof PyExpr.TupleExpr tuple && tuple.elements().size() == 2) {
            return pair(translator, tuple);
        }
        if (body instanceof PyExpr.IfExp conditional && (makesPair(conditional.body()) || makesPair(conditional.orElse()))) {
            TExpr then = result(translator, conditional.body());
            TExpr otherwise = result(translator, conditional.orElse());
            PyType type = PyTypes.join(then.type(), otherwise.type());
            return TExpr.of(new com.github.javaparser.ast.expr.ConditionalExpr(translator.condition(conditional.test()),
                    held(then), held(otherwise)), type);
        }
        return translator.translate(body);
    }

    /**
     * A 2-tuple held as a list (a def's result) as a {@code Tuple2}: RDD functions build pairs, whatever the Python
     * function that made them.
     */
    private TExpr asPair(TExpr value) {
        boolean nullable = value.type() instanceof dev.nbmigrate.converter.types.NullableType;
        if (!(PyTypes.strip(value.type()) instanceof TupleType tuple) || !isPairTuple(tuple) || hasUnknown(tuple)) {
            return value;
        }
        MethodCallExpr pair = invoke(new NameExpr(context.imports().use("dev.nbmigrate.runtime.rdd.PyRdds")), "pair", value.java());
        NodeList<com.github.javaparser.ast.type.Type> arguments = new NodeList<>();
        for (PyType element : tuple.elements()) {
            dev.nbmigrate.converter.types.JavaTypeRef ref = JavaTypes.boxedDeclaration(element).orElseThrow();
            ref.imports().forEach(context.imports()::use);
            arguments.add(new ClassOrInterfaceType(null, ref.text()));
        }
        pair.setTypeArguments(arguments);
        PairType type = new PairType(tuple.elements().get(0), tuple.elements().get(1));
        return TExpr.of(pair, nullable ? PyTypes.nullable(type) : type);
    }

    private static boolean makesPair(PyExpr body) {
        return body instanceof PyExpr.TupleExpr tuple && tuple.elements().size() == 2
                || body instanceof PyExpr.IfExp conditional && (makesPair(conditional.body()) || makesPair(conditional.orElse()));
    }

    /**
     * A function over one partition ({@code mapPartitions}, {@code runJob}): its iterator parameter is the list of
     * the partition's elements, its result (a list or generator expression) iterated; with {@code withIndex} the
     * partition number comes first.
     */
    Fn partition(PyExpr function, PyType element, boolean withIndex) {
        int arity = withIndex ? 2 : 1;
        List<String> pythonNames = new ArrayList<>();
        PyExpr call;
        if (function instanceof PyExpr.Lambda lambda && lambda.args().args().size() == arity
                && lambda.args().vararg() == null) {
            lambda.args().args().forEach(a -> pythonNames.add(a.name()));
            call = lambda.body();
        } else if (function instanceof PyExpr.Name || function instanceof PyExpr.Attribute) {
            List<PyExpr> arguments = new ArrayList<>();
            for (int i = 0; i < arity; i++) {
                pythonNames.add("_rdd_arg" + i);
                arguments.add(new PyExpr.Name("_rdd_arg" + i, ExprContext.LOAD, function.span()));
            }
            call = new PyExpr.Call(function, arguments, List.of(), function.span());
        } else {
            throw new Untranslatable(Code.NBM272, function.span(), "a partition function other than a lambda or a def of "
                    + (withIndex ? "(index, iterator)" : "an iterator") + " is not translated");
        }
        Scope inner = expressions.scope().child();
        List<String> names = new ArrayList<>();
        if (withIndex) {
            names.add(inner.parameter(pythonNames.get(0), "Integer", ScalarType.INT).javaName());
        }
        String iterator = inner.freshJavaName("it");
        names.add(iterator);
        ListType list = new ListType(element);
        inner.bindExpression(pythonNames.get(pythonNames.size() - 1), context.imports().use("dev.nbmigrate.runtime.rdd.PyRdds")
                + ".drain(" + iterator + ")", JavaTypes.boxedDeclaration(list).orElseThrow().text(), list);
        TExpr body = new ExprTranslator(context, inner).translate(call);
        PyType result = PyTypes.strip(body.type());
        if (!(result instanceof ListType produced) || hasUnknown(produced)) {
            throw new Untranslatable(Code.NBM271, function.span(), "a partition function returning "
                    + body.type().display() + " (a list of known elements is translated)");
        }
        return new Fn(lambda(names, new MethodCallExpr(new EnclosedExpr(body.java()), "iterator")), produced.element());
    }

    /** The callable as a predicate: Python's truth of what it returns. */
    Fn predicate(PyExpr function, List<PyType> parameters) {
        Application application = application(function, parameters);
        Expression test = application.translator().condition(application.body());
        return new Fn(lambda(application.names(), test), ScalarType.BOOL);
    }

    /** A value passed to an RDD operation ({@code fold}'s zero): a 2-tuple literal as a {@code Tuple2}. */
    TExpr value(PyExpr expr) {
        return expr instanceof PyExpr.TupleExpr tuple && tuple.elements().size() == 2 ? pair(expressions, tuple)
                : expressions.translate(expr);
    }

    /** A Python value built inside an RDD operation: a 2-tuple literal as a {@code Tuple2}. */
    TExpr pair(ExprTranslator translator, PyExpr.TupleExpr tuple) {
        TExpr first = translator.translate(tuple.elements().get(0));
        TExpr second = translator.translate(tuple.elements().get(1));
        return TExpr.of(new ObjectCreationExpr(null, new ClassOrInterfaceType(null, context.imports().use("scala.Tuple2"))
                .setTypeArguments(new NodeList<>()), new NodeList<>(held(first), held(second))),
                new PairType(first.type(), second.type()));
    }

    /** A translated value as the Java type its Python type is held in ({@code 1} as {@code 1L}). */
    public static Expression held(TExpr value) {
        PyType type = PyTypes.strip(value.type());
        Expression java = value.java();
        if (type == ScalarType.INT) {
            if (java instanceof IntegerLiteralExpr literal) {
                return new LongLiteralExpr(literal.getValue() + "L");
            }
            if (java instanceof UnaryExpr unary && unary.getExpression() instanceof IntegerLiteralExpr literal) {
                return new UnaryExpr(new LongLiteralExpr(literal.getValue() + "L"), unary.getOperator());
            }
            return isLong(java) ? java : new CastExpr(PrimitiveType.longType(), new EnclosedExpr(java));
        }
        if (type == ScalarType.FLOAT && !isDouble(java)) {
            return new CastExpr(PrimitiveType.doubleType(), new EnclosedExpr(java));
        }
        return java;
    }

    /**
     * True when the Java expression of a Python int is already a {@code long}: a name (ints are held as
     * {@code long}/{@code Long}), a long literal or cast, or arithmetic with such an operand (binary numeric
     * promotion makes it long).
     */
    private static boolean isLong(Expression java) {
        if (java instanceof NameExpr || java instanceof LongLiteralExpr) {
            return true;
        }
        if (java instanceof EnclosedExpr enclosed) {
            return isLong(enclosed.getInner());
        }
        if (java instanceof CastExpr cast) {
            return cast.getType().equals(PrimitiveType.longType());
        }
        if (java instanceof com.github.javaparser.ast.expr.BinaryExpr binary && ARITHMETIC.contains(binary.getOperator())) {
            return isLong(binary.getLeft()) || isLong(binary.getRight());
        }
        if (java instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.MINUS) {
            return isLong(unary.getExpression());
        }
        // Math.floorDiv(long, int) is a long, Math.floorMod(long, int) an int: floorMod is long only of two longs
        return java instanceof MethodCallExpr call && call.getScope().filter(scope -> scope.toString().equals("Math")).isPresent()
                && (call.getNameAsString().equals("floorDiv") && call.getArguments().stream().anyMatch(RddFunctions::isLong)
                || call.getNameAsString().equals("floorMod") && call.getArguments().stream().allMatch(RddFunctions::isLong));
    }

    /**
     * True when the Java expression of a Python float is already a {@code double}: a name, a double literal or cast,
     * {@code Double.parseDouble} or a {@code Math} call, or arithmetic with such an operand.
     */
    private static boolean isDouble(Expression java) {
        if (java instanceof NameExpr || java instanceof com.github.javaparser.ast.expr.DoubleLiteralExpr) {
            return true;
        }
        if (java instanceof EnclosedExpr enclosed) {
            return isDouble(enclosed.getInner());
        }
        if (java instanceof CastExpr cast) {
            return cast.getType().equals(PrimitiveType.doubleType());
        }
        if (java instanceof com.github.javaparser.ast.expr.BinaryExpr binary && ARITHMETIC.contains(binary.getOperator())) {
            return isDouble(binary.getLeft()) || isDouble(binary.getRight());
        }
        if (java instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.MINUS) {
            return isDouble(unary.getExpression());
        }
        return java instanceof MethodCallExpr call && call.getScope().map(Expression::toString)
                .filter(scope -> scope.equals("Math") && !call.getNameAsString().startsWith("floor")
                        && !call.getNameAsString().equals("round") && !call.getNameAsString().equals("toIntExact")
                        || scope.equals("Double") && call.getNameAsString().equals("parseDouble")).isPresent();
    }

    private static final java.util.Set<com.github.javaparser.ast.expr.BinaryExpr.Operator> ARITHMETIC = java.util.EnumSet.of(
            com.github.javaparser.ast.expr.BinaryExpr.Operator.PLUS, com.github.javaparser.ast.expr.BinaryExpr.Operator.MINUS,
            com.github.javaparser.ast.expr.BinaryExpr.Operator.MULTIPLY, com.github.javaparser.ast.expr.BinaryExpr.Operator.DIVIDE,
            com.github.javaparser.ast.expr.BinaryExpr.Operator.REMAINDER);

    private record Application(List<String> names, ExprTranslator translator, PyExpr body) {
    }

    private Application application(PyExpr function, List<PyType> parameters) {
        Scope inner = expressions.scope().child();
        List<String> names = new ArrayList<>();
        if (function instanceof PyExpr.Lambda lambda) {
            var args = lambda.args().args();
            if (args.size() != parameters.size() || lambda.args().vararg() != null || !lambda.args().kwOnly().isEmpty()) {
                throw new Untranslatable(Code.NBM272, function.span(), "a lambda of " + args.size()
                        + " parameters where the RDD operation passes " + parameters.size());
            }
            for (int i = 0; i < args.size(); i++) {
                names.add(bind(inner, args.get(i).name(), parameters.get(i), function));
            }
            return new Application(names, new ExprTranslator(context, inner), lambda.body());
        }
        List<PyExpr> arguments = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            String python = "_rdd_arg" + i;
            names.add(bind(inner, python, parameters.get(i), function));
            arguments.add(new PyExpr.Name(python, ExprContext.LOAD, function.span()));
        }
        ExprTranslator translator = new ExprTranslator(context, inner);
        Optional<BinOperator> operator = expressions.qualifiedName(function).map(OPERATORS::get);
        if (operator.isPresent() && arguments.size() == 2) {
            return new Application(names, translator, new PyExpr.BinOp(arguments.get(0), operator.get(),
                    arguments.get(1), function.span()));
        }
        if (function instanceof PyExpr.Name || function instanceof PyExpr.Attribute) {
            return new Application(names, translator, new PyExpr.Call(function, arguments, List.of(), function.span()));
        }
        throw new Untranslatable(Code.NBM272, function.span(), "a " + function.getClass().getSimpleName()
                + " passed to an RDD operation is not translated");
    }

    private static String bind(Scope scope, String name, PyType type, PyExpr function) {
        if (hasUnknown(type)) {
            throw new Untranslatable(Code.NBM271, function.span(), "the type of the RDD elements passed to "
                    + describe(function) + " is not known");
        }
        String javaType = JavaTypes.boxedDeclaration(type).map(t -> t.text()).orElse("Object");
        String javaName = scope.parameter(name, javaType, type).javaName();
        return javaName;
    }

    /**
     * True when any part of {@code type} is unknown ({@code tuple[str, Unknown]}): Java would hold it as
     * {@code Object}, on which the code of the function does not compile.
     */
    static boolean hasUnknown(PyType type) {
        PyType stripped = PyTypes.strip(type);
        if (stripped.isUnknown()) {
            return true;
        }
        if (stripped instanceof PairType pair) {
            return hasUnknown(pair.first()) || hasUnknown(pair.second());
        }
        if (stripped instanceof dev.nbmigrate.converter.types.ListType list) {
            return hasUnknown(list.element());
        }
        if (stripped instanceof dev.nbmigrate.converter.types.SetType set) {
            return hasUnknown(set.element());
        }
        if (stripped instanceof dev.nbmigrate.converter.types.DictType dict) {
            return hasUnknown(dict.key()) || hasUnknown(dict.value());
        }
        if (stripped instanceof TupleType tuple) {
            return tuple.elements().stream().anyMatch(RddFunctions::hasUnknown);
        }
        return stripped instanceof dev.nbmigrate.converter.types.RddType rdd && hasUnknown(rdd.element());
    }

    private static LambdaExpr lambda(List<String> names, Expression body) {
        NodeList<Parameter> parameters = new NodeList<>();
        names.forEach(name -> parameters.add(new Parameter(new UnknownType(), name)));
        LambdaExpr lambda = new LambdaExpr(parameters, body);
        lambda.setEnclosingParameters(names.size() != 1);
        return lambda;
    }

    private static String describe(PyExpr function) {
        if (function instanceof PyExpr.Name name) {
            return name.id();
        }
        return function instanceof PyExpr.Lambda ? "the lambda" : "the function";
    }

    /** True when {@code type} is a tuple of exactly two elements (a key-value pair in Python). */
    static boolean isPairTuple(PyType type) {
        return type instanceof PairType || type instanceof TupleType tuple && !tuple.variadic() && tuple.elements().size() == 2;
    }

    static MethodCallExpr invoke(Expression receiver, String method, Expression... arguments) {
        return new MethodCallExpr(receiver, method, new NodeList<>(arguments));
    }
}
