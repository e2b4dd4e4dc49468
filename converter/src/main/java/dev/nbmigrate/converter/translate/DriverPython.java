package dev.nbmigrate.converter.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.UnknownType;

import dev.nbmigrate.converter.analyze.PythonBuiltins;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.BinOperator;
import dev.nbmigrate.converter.parse.python.ast.CmpOperator;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.translate.data.PyValue;
import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.JavaTypes;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SetType;
import dev.nbmigrate.converter.types.TupleType;

/**
 * Driver-side Python values as plain Java: builtins ({@code len}, {@code sorted}, {@code sum}, {@code str}, ...),
 * methods of {@code str}, {@code list} and {@code dict}, {@code [x] * n}, {@code %} formatting, {@code in}, ordering
 * comparisons, {@code os.path}, and (through {@link DateTimeCalls}, {@link StringFormatting} and
 * {@link Comprehensions}) dates, format strings and comprehensions. Each entry point answers empty when the
 * expression is not driver-side Python, so that the PySpark translation applies.
 */
final class DriverPython {

    /** Builtins translated here: those with Java in {@code python-builtins.tsv} ({@link PythonBuiltins}). */
    private static final Set<String> BUILTINS = PythonBuiltins.translated();

    /**
     * What {@code isinstance(x, T)} asks of a translated type, by Python class: a static question, since every
     * translated value has one Python type (a subclass counts: a bool is an int, a datetime is a date).
     */
    private static final Map<String, java.util.function.Predicate<PyType>> IS_INSTANCE = Map.ofEntries(
            Map.entry("str", t -> t == ScalarType.STR),
            Map.entry("unicode", t -> t == ScalarType.STR),
            Map.entry("basestring", t -> t == ScalarType.STR),
            Map.entry("int", t -> t == ScalarType.INT || t == ScalarType.BOOL),
            Map.entry("long", t -> t == ScalarType.INT || t == ScalarType.BOOL),
            Map.entry("float", t -> t == ScalarType.FLOAT),
            Map.entry("bool", t -> t == ScalarType.BOOL),
            Map.entry("bytes", t -> t == ScalarType.BYTES),
            Map.entry("list", t -> t instanceof ListType),
            Map.entry("dict", t -> t instanceof DictType),
            Map.entry("tuple", t -> t instanceof TupleType),
            Map.entry("set", t -> t instanceof SetType),
            Map.entry("datetime.date", t -> t == ScalarType.DATE || t == ScalarType.DATETIME),
            Map.entry("datetime.datetime", t -> t == ScalarType.DATETIME),
            Map.entry("datetime.timedelta", t -> t == ScalarType.TIMEDELTA),
            Map.entry("decimal.Decimal", t -> t == ScalarType.DECIMAL));

    /** str methods that are one Java String method with the same arguments. */
    private static final Map<String, String> STRING_METHODS = Map.of(
            "startswith", "startsWith", "endswith", "endsWith", "replace", "replace", "find", "indexOf",
            "lstrip", "stripLeading", "rstrip", "stripTrailing", "strip", "strip");

    private final TranslationContext context;
    private final ExprTranslator expressions;
    private final DateTimeCalls dates;
    private final StringFormatting strings;

    DriverPython(TranslationContext context, ExprTranslator expressions) {
        this.context = context;
        this.expressions = expressions;
        this.dates = new DateTimeCalls(context, expressions);
        this.strings = new StringFormatting(context.imports());
    }

    StringFormatting strings() {
        return strings;
    }

    /** An int literal as a long literal ({@code 1L}), so that it boxes to the {@code Long} a Python int is. */
    static Expression boxed(TExpr value) {
        if (value.java() instanceof IntegerLiteralExpr literal && PyTypes.strip(value.type()) == ScalarType.INT) {
            return new LongLiteralExpr(literal.getValue() + "L");
        }
        if (value.java() instanceof UnaryExpr unary && unary.getExpression() instanceof IntegerLiteralExpr literal
                && PyTypes.strip(value.type()) == ScalarType.INT) {
            return new UnaryExpr(new LongLiteralExpr(literal.getValue() + "L"), unary.getOperator());
        }
        if (value.java() instanceof MethodCallExpr call && call.getArguments().isEmpty()
                && (call.getNameAsString().equals("length") || call.getNameAsString().equals("size"))
                && PyTypes.strip(value.type()) == ScalarType.INT) {
            // len(x) is an int in Java; a Python int in a list or dict is a Long
            return new com.github.javaparser.ast.expr.CastExpr(com.github.javaparser.ast.type.PrimitiveType.longType(),
                    call);
        }
        return value.java();
    }

    /** A one-parameter lambda, written {@code x -> body}. */
    static LambdaExpr lambda(String parameter, Expression body) {
        LambdaExpr lambda = new LambdaExpr(new NodeList<>(new Parameter(new UnknownType(), parameter)), body);
        lambda.setEnclosingParameters(false);
        return lambda;
    }

    TExpr comprehension(PyExpr expr) {
        return new Comprehensions(context, expressions.scope()).translate(expr);
    }

    // ---- calls

    /** A call of a builtin that no cell has re-bound: {@code len(xs)}, {@code sorted(xs)}, ... */
    Optional<TExpr> builtin(PyExpr.Call call) {
        if (!(call.func() instanceof PyExpr.Name name) || expressions.scope().lookup(name.id()).isPresent()
                || !BUILTINS.contains(name.id())) {
            return Optional.empty();
        }
        String function = name.id();
        switch (function) {
            case "sum", "min", "max", "sorted", "list", "tuple", "set", "any", "all" -> {
                return Optional.of(aggregate(function, call));
            }
            case "isinstance" -> {
                return Optional.of(isInstance(call));
            }
            case "zip" -> {
                return Optional.of(zip(call));
            }
            case "map" -> {
                PyExpr.ListComp list = mapped(call);
                return Optional.of(expressions.translate(list));
            }
            case "dict" -> {
                return Optional.of(dict(call));
            }
            case "range" -> {
                Comprehensions.Pipeline range = new Comprehensions(context, expressions.scope()).pipeline(
                        new PyExpr.Name("_", dev.nbmigrate.converter.parse.python.ast.ExprContext.LOAD, call.span()),
                        List.of(new dev.nbmigrate.converter.parse.python.ast.Comprehension(
                                new PyExpr.Name("_", dev.nbmigrate.converter.parse.python.ast.ExprContext.STORE, call.span()),
                                call, List.of(), false, call.span())));
                return Optional.of(TExpr.of(collect(range.java()), new ListType(ScalarType.INT)));
            }
            default -> {
            }
        }
        if (call.args().size() != 1 && !function.equals("round") || !call.keywords().isEmpty()) {
            throw new Untranslatable(Code.NBM233, call.span(), function + "() with these arguments is not translated",
                    dev.nbmigrate.converter.diag.Subject.api("builtins." + function));
        }
        TExpr value = expressions.translate(call.args().get(0));
        PyType type = PyTypes.strip(value.type());
        Expression java = ExprTranslator.enclosed(value.java());
        ScalarType scalar = type instanceof ScalarType s ? s : ScalarType.NONE;
        return Optional.of(switch (function) {
            case "len" -> TExpr.of(new MethodCallExpr(java, type == ScalarType.STR ? "length" : "size"),
                    requireSized(type, call));
            case "str", "unicode" -> TExpr.of(strings.str(value), ScalarType.STR);
            // repr() (Python 2's `x`) of a number or bool is its str(); a string's repr adds quotes and escapes
            case "repr" -> {
                if (scalar != ScalarType.INT && scalar != ScalarType.FLOAT && scalar != ScalarType.BOOL) {
                    throw unsupported(Code.NBM236, call, "repr() of a " + type.display() + " is not translated (numbers and bools are)");
                }
                yield TExpr.of(strings.str(value), ScalarType.STR);
            }
            case "int" -> TExpr.of(switch (scalar) {
                case STR -> new MethodCallExpr(new NameExpr("Long"), "parseLong", new NodeList<>(new MethodCallExpr(java, "strip")));
                case FLOAT -> new CastExpr(PrimitiveType.longType(), java);
                case BOOL -> new ConditionalExpr(java, new LongLiteralExpr("1L"), new LongLiteralExpr("0L"));
                case INT -> value.java();
                default -> throw unsupported(Code.NBM236, call, "int() of a " + type.display());
            }, ScalarType.INT);
            case "float" -> TExpr.of(switch (scalar) {
                case STR -> new MethodCallExpr(new NameExpr("Double"), "parseDouble", new NodeList<>(new MethodCallExpr(java, "strip")));
                case INT, BOOL -> new CastExpr(PrimitiveType.doubleType(), java);
                case FLOAT -> value.java();
                default -> throw unsupported(Code.NBM236, call, "float() of a " + type.display());
            }, ScalarType.FLOAT);
            case "bool" -> TExpr.of(truth(value, call), ScalarType.BOOL);
            case "abs" -> TExpr.of(new MethodCallExpr(new NameExpr("Math"), "abs", new NodeList<>(value.java())), value.type());
            case "round" -> round(call, value);
            default -> throw new Untranslatable(Code.NBM233, call.span(), function + "() is not translated",
                    dev.nbmigrate.converter.diag.Subject.api("builtins." + function));
        });
    }

    /**
     * {@code isinstance(x, T)} or {@code isinstance(x, (T1, T2))}: decided from {@code x}'s type at translation; a
     * value that may be None is an instance when it is not None and its type is.
     */
    private TExpr isInstance(PyExpr.Call call) {
        if (call.args().size() != 2 || !call.keywords().isEmpty()) {
            throw unsupported(Code.NBM237, call, "isinstance() with these arguments is not translated");
        }
        TExpr value = expressions.translate(call.args().get(0));
        List<PyExpr> classes = call.args().get(1) instanceof PyExpr.TupleExpr tuple ? tuple.elements()
                : List.of(call.args().get(1));
        PyType type = value.type();
        boolean nullable = type instanceof dev.nbmigrate.converter.types.NullableType;
        PyType inner = PyTypes.strip(nullable ? ((dev.nbmigrate.converter.types.NullableType) type).inner() : type);
        if (inner == dev.nbmigrate.converter.types.UnknownType.UNKNOWN) {
            throw unsupported(Code.NBM230, call, "isinstance() of a value whose type is not known here");
        }
        boolean matches = false;
        for (PyExpr cls : classes) {
            String name = cls instanceof PyExpr.Name n && expressions.scope().lookup(n.id()).isEmpty() ? n.id()
                    : expressions.qualifiedName(cls).orElse("");
            java.util.function.Predicate<PyType> test = IS_INSTANCE.get(name);
            if (test == null) {
                throw unsupported(Code.NBM236, call, "isinstance() against " + (name.isEmpty() ? "this class" : name)
                        + " is not translated");
            }
            matches |= test.test(inner);
        }
        Expression answer = new com.github.javaparser.ast.expr.BooleanLiteralExpr(matches);
        if (nullable && matches) {
            answer = new BinaryExpr(ExprTranslator.enclosed(value.java()),
                    new com.github.javaparser.ast.expr.NullLiteralExpr(), BinaryExpr.Operator.NOT_EQUALS);
        }
        return new TExpr(answer, ScalarType.BOOL, dev.nbmigrate.converter.api.Arg.of(ScalarType.BOOL),
                nullable && matches ? Optional.empty() : Optional.of(new PyValue.Bool(matches)), List.of());
    }

    private static PyType requireSized(PyType type, PyExpr.Call call) {
        if (type == ScalarType.STR || type instanceof ListType || type instanceof DictType || type instanceof SetType
                || type instanceof TupleType) {
            return ScalarType.INT;
        }
        throw unsupported(Code.NBM236, call, "len() of a " + type.display() + " is not translated");
    }

    /**
     * Python's truth of a value: non-empty strings and collections, non-zero numbers; a value that may be
     * {@code None} is false when it is.
     */
    Expression truth(TExpr value, PyExpr node) {
        if (value.type() instanceof dev.nbmigrate.converter.types.NullableType nullable) {
            Expression notNull = new BinaryExpr(ExprTranslator.enclosed(value.java()),
                    new com.github.javaparser.ast.expr.NullLiteralExpr(), BinaryExpr.Operator.NOT_EQUALS);
            if (PyTypes.strip(nullable.inner()) == ScalarType.BOOL) {
                return new BinaryExpr(notNull, value.java(), BinaryExpr.Operator.AND);
            }
            return new BinaryExpr(notNull, truth(TExpr.of(value.java(), nullable.inner()), node),
                    BinaryExpr.Operator.AND);
        }
        PyType type = PyTypes.strip(value.type());
        Expression java = ExprTranslator.enclosed(value.java());
        if (type == ScalarType.BOOL) {
            return value.java();
        }
        if (type == ScalarType.STR) {
            return new UnaryExpr(new MethodCallExpr(java, "isEmpty"), UnaryExpr.Operator.LOGICAL_COMPLEMENT);
        }
        if (type == ScalarType.INT || type == ScalarType.FLOAT) {
            return new BinaryExpr(value.java(), new IntegerLiteralExpr("0"), BinaryExpr.Operator.NOT_EQUALS);
        }
        if (type instanceof ListType || type instanceof DictType || type instanceof SetType) {
            return new UnaryExpr(new MethodCallExpr(java, "isEmpty"), UnaryExpr.Operator.LOGICAL_COMPLEMENT);
        }
        throw unsupported(Code.NBM236, node, "the truth of a " + type.display() + " is not translated");
    }

    private TExpr round(PyExpr.Call call, TExpr value) {
        if (call.args().size() == 1) {
            // round() rounds half to even and returns an int.
            return TExpr.of(new CastExpr(PrimitiveType.longType(), new MethodCallExpr(new NameExpr("Math"), "rint",
                    new NodeList<>(value.java()))), ScalarType.INT);
        }
        TExpr digits = expressions.translate(call.args().get(1));
        // round(x, n) rounds the exact binary value half to even, as BigDecimal does.
        Expression decimal = new ObjectCreationExpr(null, new ClassOrInterfaceType(null, context.imports().use("java.math.BigDecimal")),
                new NodeList<>(value.java()));
        Expression scaled = new MethodCallExpr(decimal, "setScale", new NodeList<>(intOf(digits),
                new FieldAccessExpr(new NameExpr(context.imports().use("java.math.RoundingMode")), "HALF_EVEN")));
        return TExpr.of(new MethodCallExpr(scaled, "doubleValue"), ScalarType.FLOAT);
    }

    private static Expression intOf(TExpr value) {
        return value.java() instanceof IntegerLiteralExpr ? value.java()
                : new MethodCallExpr(new NameExpr("Math"), "toIntExact", new NodeList<>(value.java()));
    }

    /** Builtins over an iterable: sum, min, max, sorted, list, set, any, all (of a list or a generator). */
    private TExpr aggregate(String function, PyExpr.Call call) {
        if ((function.equals("min") || function.equals("max")) && call.args().size() == 2) {
            TExpr a = expressions.translate(call.args().get(0));
            TExpr b = expressions.translate(call.args().get(1));
            if (!isNumber(a.type()) || !isNumber(b.type())) {
                throw unsupported(Code.NBM236, call, function + "() of a " + a.type().display() + " and a " + b.type().display());
            }
            return TExpr.of(new MethodCallExpr(new NameExpr("Math"), function, new NodeList<>(a.java(), b.java())),
                    PyTypes.join(a.type(), b.type()));
        }
        if (call.args().size() != 1) {
            throw unsupported(Code.NBM237, call, function + "() with " + call.args().size() + " arguments is not translated");
        }
        boolean reverse = false;
        PyExpr.Lambda key = null;
        for (var keyword : call.keywords()) {
            Optional<PyValue> flag = expressions.fold(keyword.value());
            if (function.equals("sorted") && "reverse".equals(keyword.name()) && flag.isPresent()
                    && flag.get() instanceof PyValue.Bool bool) {
                reverse = bool.value();
            } else if (function.equals("sorted") && "key".equals(keyword.name()) && keyword.value() instanceof PyExpr.Lambda lambda) {
                key = lambda;
            } else {
                throw unsupported(Code.NBM237, call, function + "() with " + keyword.name() + "= is not translated");
            }
        }
        Comprehensions.Pipeline pipeline = stream(call.args().get(0));
        PyType element = pipeline.element();
        Expression stream = pipeline.java();
        return switch (function) {
            case "sum" -> {
                boolean real = PyTypes.strip(element) == ScalarType.FLOAT;
                if (!isNumber(element)) {
                    throw unsupported(Code.NBM236, call, "sum() of " + element.display() + " values is not translated");
                }
                yield TExpr.of(new MethodCallExpr(new MethodCallExpr(stream, real ? "mapToDouble" : "mapToLong",
                        new NodeList<>(identity())), "sum"), real ? ScalarType.FLOAT : ScalarType.INT);
            }
            case "min", "max" -> TExpr.of(new MethodCallExpr(new MethodCallExpr(stream, function, new NodeList<>(
                    naturalOrder(element))), "orElseThrow"), element);
            case "sorted" -> {
                NodeList<Expression> order = new NodeList<>();
                String comparator = context.imports().use("java.util.Comparator");
                if (key != null) {
                    TExpr keyLambda = expressions.lambda(key, element);
                    Expression comparing = new MethodCallExpr(new NameExpr(comparator), "comparing", new NodeList<>(keyLambda.java()));
                    order.add(reverse ? new MethodCallExpr(new NameExpr("Collections"), "reverseOrder", new NodeList<>(comparing)) : comparing);
                    if (reverse) {
                        context.imports().use("java.util.Collections");
                    }
                } else if (reverse) {
                    order.add(isSequence(element) ? new MethodCallExpr(naturalOrder(element), "reversed")
                            : new MethodCallExpr(new NameExpr(comparator), "reverseOrder"));
                } else if (isSequence(element)) {
                    order.add(naturalOrder(element));
                }
                yield TExpr.of(collect(new MethodCallExpr(stream, "sorted", order)), new ListType(element));
            }
            case "list" -> TExpr.of(collect(stream), new ListType(element));
            case "tuple" -> TExpr.of(new MethodCallExpr(new NameExpr(context.imports().use("dev.nbmigrate.runtime.interop.PyTuple")),
                    "copyOf", new NodeList<>(collect(stream))), TupleType.ofAny(element));
            case "set" -> TExpr.of(new MethodCallExpr(stream, "collect", new NodeList<>(new MethodCallExpr(
                    new NameExpr(context.imports().use("java.util.stream.Collectors")), "toSet"))), new SetType(element));
            default -> {
                Expression test = PyTypes.strip(element) == ScalarType.BOOL ? new NameExpr("value")
                        : truth(TExpr.of(new NameExpr("value"), element), call);
                yield TExpr.of(new MethodCallExpr(stream, function.equals("any") ? "anyMatch" : "allMatch",
                        new NodeList<>(lambda("value", test))), ScalarType.BOOL);
            }
        };
    }

    /**
     * Python's ordering of {@code element} values: Java's natural order for numbers and strings; lists, tuples and
     * pairs (not Comparable in Java) compare element by element as Python compares them.
     */
    private Expression naturalOrder(PyType element) {
        if (isSequence(element)) {
            MethodCallExpr natural = new MethodCallExpr(new NameExpr(context.imports().use("dev.nbmigrate.runtime.rdd.PyOrder")),
                    "natural");
            JavaTypes.boxedDeclaration(element).ifPresent(ref -> {
                ref.imports().forEach(context.imports()::use);
                natural.setTypeArguments(new NodeList<>(new com.github.javaparser.ast.type.ClassOrInterfaceType(null, ref.text())));
            });
            return natural;
        }
        return new MethodCallExpr(new NameExpr(context.imports().use("java.util.Comparator")), "naturalOrder");
    }

    private static boolean isSequence(PyType element) {
        PyType type = PyTypes.strip(element);
        return type instanceof ListType || type instanceof TupleType || type instanceof dev.nbmigrate.converter.types.PairType;
    }

    /** {@code zip(a, b, ...)} of lists or tuples: the list of tuples Python 2 returns (and Python 3 iterates). */
    private TExpr zip(PyExpr.Call call) {
        if (call.args().isEmpty() || !call.keywords().isEmpty()) {
            throw unsupported(Code.NBM237, call, "zip() with these arguments is not translated");
        }
        NodeList<Expression> lists = new NodeList<>();
        List<PyType> elements = new ArrayList<>();
        for (PyExpr arg : call.args()) {
            TExpr value = expressions.translate(arg);
            PyType type = PyTypes.strip(value.type());
            if (type instanceof ListType list) {
                elements.add(list.element());
            } else if (type instanceof TupleType tuple) {
                elements.add(tuple.elementJoin());
            } else {
                throw unsupported(Code.NBM236, call, "zip() of a " + value.type().display() + " is not translated (lists and tuples are)");
            }
            lists.add(value.java());
        }
        TupleType tuple = new TupleType(elements, false);
        MethodCallExpr zipped = new MethodCallExpr(new NameExpr(context.imports().use("dev.nbmigrate.runtime.interop.PyTuple")),
                "zip", lists);
        JavaTypes.boxedDeclaration(tuple.heldElement()).ifPresent(ref -> {
            ref.imports().forEach(context.imports()::use);
            zipped.setTypeArguments(new NodeList<>(new com.github.javaparser.ast.type.ClassOrInterfaceType(null, ref.text())));
        });
        return TExpr.of(zipped, new ListType(tuple));
    }

    /** {@code d.items()} as a stream of (key, value) tuples. */
    private Comprehensions.Pipeline entryTuples(IterationSource.Entries entries) {
        TupleType tuple = TupleType.of(entries.key(), entries.value());
        Expression entry = new NameExpr("entry");
        MethodCallExpr of = new MethodCallExpr(new NameExpr(context.imports().use("dev.nbmigrate.runtime.interop.PyTuple")),
                "of", new NodeList<>(new MethodCallExpr(entry, "getKey"), new MethodCallExpr(entry, "getValue")));
        Expression entrySet = new MethodCallExpr(new MethodCallExpr(ExprTranslator.enclosed(entries.map()), "entrySet"), "stream");
        MethodCallExpr mapped = new MethodCallExpr(entrySet, "map", new NodeList<>(lambda("entry", of)));
        JavaTypes.boxedDeclaration(tuple).ifPresent(ref -> {
            ref.imports().forEach(context.imports()::use);
            mapped.setTypeArguments(new NodeList<>(new com.github.javaparser.ast.type.ClassOrInterfaceType(null, ref.text())));
        });
        return new Comprehensions.Pipeline(mapped, tuple);
    }

    private static LambdaExpr identity() {
        return lambda("x", new NameExpr("x"));
    }

    /**
     * {@code map(f, xs)} (one iterable) as the comprehension {@code [f(x) for x in xs]}: the list Python 2 returns,
     * what Python 3's iterator yields.
     */
    private PyExpr.ListComp mapped(PyExpr.Call call) {
        if (call.args().size() != 2 || !call.keywords().isEmpty()) {
            throw unsupported(Code.NBM237, call, "map() of " + (call.args().size() - 1) + " iterables is not translated (one is)");
        }
        String item = "_map_item";
        PyExpr load = new PyExpr.Name(item, dev.nbmigrate.converter.parse.python.ast.ExprContext.LOAD, call.span());
        PyExpr store = new PyExpr.Name(item, dev.nbmigrate.converter.parse.python.ast.ExprContext.STORE, call.span());
        PyExpr applied = call.args().get(0) instanceof PyExpr.Lambda lambda && lambda.args().args().size() == 1
                ? null : new PyExpr.Call(call.args().get(0), List.of(load), List.of(), call.span());
        if (applied == null) {
            // a lambda's body with its parameter as the comprehension's variable
            PyExpr.Lambda lambda = (PyExpr.Lambda) call.args().get(0);
            store = new PyExpr.Name(lambda.args().args().get(0).name(), dev.nbmigrate.converter.parse.python.ast.ExprContext.STORE,
                    call.span());
            applied = lambda.body();
        }
        return new PyExpr.ListComp(applied, List.of(new dev.nbmigrate.converter.parse.python.ast.Comprehension(store,
                call.args().get(1), List.of(), false, call.span())), call.span());
    }

    /** {@code dict(pairs)} of a list of key-value pairs (2-tuples): a dict in the order of the pairs. */
    private TExpr dict(PyExpr.Call call) {
        if (call.args().size() != 1 || !call.keywords().isEmpty()) {
            throw unsupported(Code.NBM237, call, "dict() with these arguments is not translated (dict(pairs) is)");
        }
        TExpr pairs = expressions.translate(call.args().get(0));
        PyType element = PyTypes.strip(pairs.type()) instanceof ListType list ? PyTypes.strip(list.element()) : null;
        PyType key;
        PyType value;
        if (element instanceof dev.nbmigrate.converter.types.PairType pair) {
            key = pair.first();
            value = pair.second();
        } else if (element instanceof TupleType tuple && !tuple.variadic() && tuple.elements().size() == 2) {
            key = tuple.elements().get(0);
            value = tuple.elements().get(1);
        } else {
            throw unsupported(Code.NBM236, call, "dict() of a " + pairs.type().display() + " is not translated (a list of pairs is)");
        }
        DictType type = new DictType(key, value);
        MethodCallExpr dict = new MethodCallExpr(new NameExpr(context.imports().use("dev.nbmigrate.runtime.interop.PyTuple")),
                "dict", new NodeList<>(pairs.java()));
        JavaTypes.boxedDeclaration(key).ifPresent(k -> JavaTypes.boxedDeclaration(value).ifPresent(v -> {
            k.imports().forEach(context.imports()::use);
            v.imports().forEach(context.imports()::use);
            dict.setTypeArguments(new NodeList<>(new com.github.javaparser.ast.type.ClassOrInterfaceType(null, k.text()),
                    new com.github.javaparser.ast.type.ClassOrInterfaceType(null, v.text())));
        }));
        return TExpr.of(dict, type);
    }

    /** The elements of a list, set, tuple, dict (keys) or generator as a Stream. */
    private Comprehensions.Pipeline stream(PyExpr iterable) {
        if (iterable instanceof PyExpr.Call call && call.func() instanceof PyExpr.Name name && name.id().equals("range")
                && expressions.scope().lookup("range").isEmpty()) {
            return new Comprehensions(context, expressions.scope()).pipeline(
                    new PyExpr.Name("_", dev.nbmigrate.converter.parse.python.ast.ExprContext.LOAD, call.span()),
                    List.of(new dev.nbmigrate.converter.parse.python.ast.Comprehension(
                            new PyExpr.Name("_", dev.nbmigrate.converter.parse.python.ast.ExprContext.STORE, call.span()),
                            call, List.of(), false, call.span())));
        }
        if (iterable instanceof PyExpr.Call call && call.func() instanceof PyExpr.Name name && name.id().equals("map")
                && expressions.scope().lookup("map").isEmpty()) {
            PyExpr.ListComp list = mapped(call);
            return new Comprehensions(context, expressions.scope()).pipeline(list.element(), list.generators());
        }
        if (iterable instanceof PyExpr.GeneratorExp generator) {
            return new Comprehensions(context, expressions.scope()).pipeline(generator.element(), generator.generators());
        }
        if (iterable instanceof PyExpr.ListComp list) {
            return new Comprehensions(context, expressions.scope()).pipeline(list.element(), list.generators());
        }
        IterationSource source = IterationSource.of(iterable, expressions);
        if (source instanceof IterationSource.Each each) {
            return new Comprehensions.Pipeline(new MethodCallExpr(ExprTranslator.enclosed(each.iterable()), "stream"), each.element());
        }
        if (source instanceof IterationSource.Entries entries) {
            return entryTuples(entries);
        }
        throw unsupported(Code.NBM234, iterable, "this iterable is only translated in for loops and comprehensions");
    }

    private Expression collect(Expression stream) {
        return new MethodCallExpr(stream, "collect", new NodeList<>(new MethodCallExpr(
                new NameExpr(context.imports().use("java.util.stream.Collectors")), "toList")));
    }

    /** A call of a {@code datetime} or {@code os.path} member. */
    Optional<TExpr> qualified(String qualified, PyExpr.Call call) {
        if (qualified.startsWith("datetime.")) {
            return dates.qualified(qualified, call);
        }
        if (qualified.equals("time.time") && call.args().isEmpty() && call.keywords().isEmpty()) {
            // seconds since the epoch, as a float
            return Optional.of(TExpr.of(new BinaryExpr(new MethodCallExpr(new com.github.javaparser.ast.expr.NameExpr(
                    "System"), "currentTimeMillis"), new com.github.javaparser.ast.expr.DoubleLiteralExpr("1000.0"),
                    BinaryExpr.Operator.DIVIDE), ScalarType.FLOAT));
        }
        if (qualified.equals("os.path.join")) {
            return Optional.of(pathJoin(call));
        }
        if (qualified.equals("os.path.basename") && call.args().size() == 1) {
            TExpr path = expressions.translate(call.args().get(0));
            Expression java = ExprTranslator.enclosed(path.java());
            return Optional.of(TExpr.of(new MethodCallExpr(java, "substring", new NodeList<>(new BinaryExpr(
                    new MethodCallExpr(java, "lastIndexOf", new NodeList<>(new com.github.javaparser.ast.expr.CharLiteralExpr('/'))),
                    new IntegerLiteralExpr("1"), BinaryExpr.Operator.PLUS))), ScalarType.STR));
        }
        if (qualified.startsWith("os.")) {
            throw unmapped(call, qualified);
        }
        return Optional.empty();
    }

    /**
     * {@code os.path.join(a, b, ...)} as POSIX joins it: a part starting with "/" restarts the path, and a "/" goes
     * between parts unless the left one already ends with it. Parts known at conversion time decide that then;
     * others are joined with "/".
     */
    private TExpr pathJoin(PyExpr.Call call) {
        if (call.args().isEmpty() || !call.keywords().isEmpty()) {
            throw unsupported(Code.NBM237, call, "os.path.join needs positional parts");
        }
        List<Expression> pieces = new ArrayList<>();
        String previous = null;
        boolean previousKnown = false;
        for (PyExpr arg : call.args()) {
            TExpr part = expressions.translate(arg);
            if (PyTypes.strip(part.type()) != ScalarType.STR) {
                throw unsupported(Code.NBM236, arg, "os.path.join of a " + part.type().display());
            }
            Optional<String> text = StringFormatting.constantText(part);
            if (text.isPresent() && text.get().startsWith("/")) {
                pieces.clear();
            } else if (!pieces.isEmpty() && !(previousKnown && (previous.isEmpty() || previous.endsWith("/")))) {
                pieces.add(new StringLiteralExpr("/"));
            }
            pieces.add(part.java());
            previous = text.orElse(null);
            previousKnown = text.isPresent();
        }
        return TExpr.of(StringFormatting.concat(pieces), ScalarType.STR);
    }

    /** A method of a str, list, dict, date, datetime or timedelta value. */
    Optional<TExpr> method(TExpr receiver, String name, PyExpr.Call call) {
        PyType type = PyTypes.strip(receiver.type());
        if (DateTimeCalls.isTemporal(type)) {
            return dates.method(receiver, name, call);
        }
        if (type == ScalarType.STR) {
            return Optional.of(stringMethod(receiver, name, call));
        }
        if (type instanceof ListType list) {
            return listMethod(receiver, list, name, call);
        }
        if (type instanceof DictType dict) {
            return dictMethod(receiver, dict, name, call);
        }
        return Optional.empty();
    }

    private TExpr stringMethod(TExpr receiver, String name, PyExpr.Call call) {
        Expression self = ExprTranslator.enclosed(receiver.java());
        if (name.equals("format")) {
            String template = StringFormatting.constantText(receiver).orElseThrow(() -> new Untranslatable(Code.NBM252,
                    call.span(), "format() on a string not known at conversion time"));
            ExprTranslator.Arguments args = expressions.arguments(call);
            return TExpr.of(strings.format(template, args.positional(), args.keywords(), call.span()), ScalarType.STR);
        }
        if (!call.keywords().isEmpty()) {
            throw unsupported(Code.NBM237, call, "str." + name + " with keyword arguments is not translated");
        }
        List<TExpr> args = call.args().stream().map(expressions::translate).toList();
        switch (name) {
            case "upper", "lower" -> {
                return TExpr.of(new MethodCallExpr(self, name.equals("upper") ? "toUpperCase" : "toLowerCase",
                        new NodeList<>(new FieldAccessExpr(new NameExpr(context.imports().use("java.util.Locale")), "ROOT"))),
                        ScalarType.STR);
            }
            case "join" -> {
                if (args.size() != 1) {
                    throw unsupported(Code.NBM237, call, "str.join takes one argument");
                }
                PyExpr iterable = call.args().get(0);
                if (iterable instanceof PyExpr.GeneratorExp || iterable instanceof PyExpr.ListComp) {
                    Comprehensions.Pipeline pipeline = stream(iterable);
                    return TExpr.of(new MethodCallExpr(pipeline.java(), "collect", new NodeList<>(new MethodCallExpr(
                            new NameExpr(context.imports().use("java.util.stream.Collectors")), "joining",
                            new NodeList<>(receiver.java())))), ScalarType.STR);
                }
                return TExpr.of(new MethodCallExpr(new NameExpr("String"), "join", new NodeList<>(receiver.java(),
                        args.get(0).java())), ScalarType.STR);
            }
            case "split" -> {
                return split(self, args, call);
            }
            case "startswith", "endswith" -> {
                if (args.size() == 1 && PyTypes.strip(args.get(0).type()) instanceof TupleType && !args.get(0).elements().isEmpty()) {
                    Expression any = null;
                    for (TExpr prefix : args.get(0).elements()) {
                        Expression test = new MethodCallExpr(self, STRING_METHODS.get(name), new NodeList<>(prefix.java()));
                        any = any == null ? test : new BinaryExpr(any, test, BinaryExpr.Operator.OR);
                    }
                    return TExpr.of(any, ScalarType.BOOL);
                }
                return simple(self, name, args, 1, ScalarType.BOOL, call);
            }
            case "strip", "lstrip", "rstrip" -> {
                if (args.isEmpty()) {
                    return simple(self, name, args, 0, ScalarType.STR, call);
                }
                return stripChars(self, name, args.get(0), call);
            }
            case "replace" -> {
                return simple(self, name, args, 2, ScalarType.STR, call);
            }
            case "find" -> {
                return simple(self, name, args, 1, ScalarType.INT, call);
            }
            default -> throw unmapped(call, "str." + name);
        }
    }

    private static TExpr simple(Expression self, String name, List<TExpr> args, int arity, PyType result, PyExpr.Call call) {
        if (args.size() != arity) {
            throw unsupported(Code.NBM237, call, "str." + name + " with " + args.size() + " arguments is not translated");
        }
        NodeList<Expression> java = new NodeList<>();
        args.forEach(a -> java.add(a.java()));
        return TExpr.of(new MethodCallExpr(self, STRING_METHODS.get(name), java), result);
    }

    /** {@code s.strip("/")}: the characters removed with a regular expression built at conversion time. */
    private TExpr stripChars(Expression self, String name, TExpr chars, PyExpr.Call call) {
        String set = StringFormatting.constantText(chars).orElseThrow(() -> unsupported(Code.NBM237, call,
                "str." + name + " with characters not known at conversion time"));
        if (set.isEmpty()) {
            return TExpr.of(self, ScalarType.STR);
        }
        StringBuilder charClass = new StringBuilder("[");
        set.codePoints().forEach(cp -> {
            if ("\\^-[]&".indexOf(cp) >= 0) {
                charClass.append('\\');
            }
            charClass.appendCodePoint(cp);
        });
        charClass.append("]+");
        String regex = switch (name) {
            case "lstrip" -> "^" + charClass;
            case "rstrip" -> charClass + "$";
            default -> "^" + charClass + "|" + charClass + "$";
        };
        return TExpr.of(new MethodCallExpr(self, "replaceAll", new NodeList<>(new StringLiteralExpr().setString(regex),
                new StringLiteralExpr(""))), ScalarType.STR);
    }

    /** {@code s.split()} on runs of whitespace, {@code s.split(sep)} on the literal separator (keeping empty parts). */
    private TExpr split(Expression self, List<TExpr> args, PyExpr.Call call) {
        String arrays = context.imports().use("java.util.Arrays");
        if (args.isEmpty()) {
            Expression parts = new MethodCallExpr(new MethodCallExpr(self, "strip"), "split", new NodeList<>(new StringLiteralExpr("\\\\s+")));
            // "".split() is [] in Python; Java's split of "" gives [""].
            Expression list = new MethodCallExpr(new NameExpr(arrays), "asList", new NodeList<>(parts));
            return TExpr.of(new ConditionalExpr(new MethodCallExpr(self, "isBlank"),
                    new MethodCallExpr(new NameExpr(context.imports().use("java.util.List")), "of"), list),
                    new ListType(ScalarType.STR));
        }
        if (args.size() != 1) {
            throw unsupported(Code.NBM237, call, "str.split with maxsplit is not translated");
        }
        Expression separator = StringFormatting.constantText(args.get(0))
                .<Expression>map(text -> new StringLiteralExpr().setString(java.util.regex.Pattern.quote(text).equals("\\Q" + text + "\\E")
                        && text.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ",;:/ _-=@#'\"".indexOf(ch) >= 0)
                        ? text : java.util.regex.Pattern.quote(text)))
                .orElseGet(() -> new MethodCallExpr(new NameExpr(context.imports().use("java.util.regex.Pattern")), "quote",
                        new NodeList<>(args.get(0).java())));
        return TExpr.of(new MethodCallExpr(new NameExpr(arrays), "asList", new NodeList<>(new MethodCallExpr(self, "split",
                new NodeList<>(separator, new IntegerLiteralExpr("-1"))))), new ListType(ScalarType.STR));
    }

    private Optional<TExpr> listMethod(TExpr receiver, ListType list, String name, PyExpr.Call call) {
        Expression self = ExprTranslator.enclosed(receiver.java());
        List<TExpr> args = call.args().stream().map(expressions::translate).toList();
        return Optional.of(switch (name) {
            case "append" -> statement(new MethodCallExpr(self, "add", new NodeList<>(boxed(one(args, call)))));
            case "extend" -> statement(new MethodCallExpr(self, "addAll", new NodeList<>(one(args, call).java())));
            case "index" -> TExpr.of(new MethodCallExpr(self, "indexOf", new NodeList<>(boxed(one(args, call)))), ScalarType.INT);
            case "count" -> TExpr.of(new MethodCallExpr(new NameExpr(context.imports().use("java.util.Collections")), "frequency",
                    new NodeList<>(receiver.java(), boxed(one(args, call)))), ScalarType.INT);
            case "sort", "reverse" -> {
                if (!args.isEmpty() || !call.keywords().isEmpty()) {
                    throw unsupported(Code.NBM237, call, "list." + name + " with arguments is not translated");
                }
                yield statement(new MethodCallExpr(new NameExpr(context.imports().use("java.util.Collections")), name,
                        new NodeList<>(receiver.java())));
            }
            default -> throw unmapped(call, "list." + name);
        });
    }

    /** Python 2's dict methods, as the Python 3 method a Python 2 notebook's code means by them. */
    static final Map<String, String> PYTHON2_DICT_METHODS = Map.of("iteritems", "items", "iterkeys", "keys",
            "itervalues", "values", "viewitems", "items", "viewkeys", "keys", "viewvalues", "values");

    private Optional<TExpr> dictMethod(TExpr receiver, DictType dict, String python, PyExpr.Call call) {
        Expression self = ExprTranslator.enclosed(receiver.java());
        List<TExpr> args = call.args().stream().map(expressions::translate).toList();
        String name = PYTHON2_DICT_METHODS.getOrDefault(python, python);
        return Optional.of(switch (name) {
            case "has_key" -> TExpr.of(new MethodCallExpr(self, "containsKey", new NodeList<>(one(args, call).java())),
                    ScalarType.BOOL);
            case "get" -> args.size() == 2
                    ? TExpr.of(new MethodCallExpr(self, "getOrDefault", new NodeList<>(args.get(0).java(), boxed(args.get(1)))),
                            PyTypes.join(dict.value(), args.get(1).type()))
                    : TExpr.of(new MethodCallExpr(self, "get", new NodeList<>(one(args, call).java())), PyTypes.nullable(dict.value()));
            case "keys", "values" -> TExpr.of(new ObjectCreationExpr(null, new ClassOrInterfaceType(null,
                    context.imports().use("java.util.ArrayList")).setTypeArguments(new NodeList<>()),
                    new NodeList<>(new MethodCallExpr(self, name.equals("keys") ? "keySet" : "values"))),
                    new ListType(name.equals("keys") ? dict.key() : dict.value()));
            case "update" -> statement(new MethodCallExpr(self, "putAll", new NodeList<>(one(args, call).java())));
            case "pop" -> TExpr.of(new MethodCallExpr(self, "remove", new NodeList<>(one(args, call).java())), dict.value());
            default -> throw unmapped(call, "dict." + name);
        });
    }

    private static TExpr statement(Expression java) {
        return TExpr.of(java, ScalarType.NONE);
    }

    private static TExpr one(List<TExpr> args, PyExpr.Call call) {
        if (args.size() != 1) {
            throw unsupported(Code.NBM237, call, "the method takes one argument here");
        }
        return args.get(0);
    }

    /** An attribute of a driver-side value ({@code d.year}, {@code td.days}). */
    Optional<TExpr> attribute(TExpr receiver, String name) {
        return DateTimeCalls.isTemporal(receiver.type()) ? dates.attribute(receiver, name) : Optional.empty();
    }

    // ---- operators

    /** {@code [x] * n}, {@code list + list}, {@code str % values}, and date arithmetic. */
    Optional<TExpr> binary(PyExpr.BinOp binOp, TExpr left, TExpr right) {
        PyType lt = PyTypes.strip(left.type());
        PyType rt = PyTypes.strip(right.type());
        if (binOp.op() == BinOperator.MULT && (lt instanceof ListType && rt == ScalarType.INT || rt instanceof ListType && lt == ScalarType.INT)) {
            TExpr list = lt instanceof ListType ? left : right;
            TExpr times = list == left ? right : left;
            if (list.elements().size() != 1) {
                throw unsupported(Code.NBM236, binOp, "repeating a list other than a one-element list literal is not translated");
            }
            Expression copies = new MethodCallExpr(new NameExpr(context.imports().use("java.util.Collections")), "nCopies",
                    new NodeList<>(intOf(times), boxed(list.elements().get(0))));
            return Optional.of(new TExpr(new ObjectCreationExpr(null, new ClassOrInterfaceType(null,
                    context.imports().use("java.util.ArrayList")).setTypeArguments(new NodeList<>()), new NodeList<>(copies)),
                    list.type(), dev.nbmigrate.converter.api.Arg.of(list.type()), expressions.fold(binOp), List.of()));
        }
        if (binOp.op() == BinOperator.ADD && lt instanceof ListType && rt instanceof ListType) {
            Expression concat = new MethodCallExpr(new NameExpr(context.imports().use("java.util.stream.Stream")), "concat",
                    new NodeList<>(new MethodCallExpr(ExprTranslator.enclosed(left.java()), "stream"),
                            new MethodCallExpr(ExprTranslator.enclosed(right.java()), "stream")));
            return Optional.of(TExpr.of(collect(concat), PyTypes.join(lt, rt)));
        }
        if (binOp.op() == BinOperator.MOD && lt == ScalarType.STR) {
            String template = StringFormatting.constantText(left).orElseThrow(() -> new Untranslatable(Code.NBM252,
                    binOp.span(), "% on a string not known at conversion time"));
            List<TExpr> values = rt instanceof TupleType && !right.elements().isEmpty() ? right.elements() : List.of(right);
            return Optional.of(TExpr.of(strings.percent(template, values, binOp.span()), ScalarType.STR));
        }
        return dates.binary(binOp, left, right);
    }

    /** {@code in} on dicts (keys), ordering of strings and dates, equality of dates. */
    Optional<TExpr> compare(PyExpr.Compare compare, CmpOperator op, TExpr left, TExpr right) {
        PyType lt = PyTypes.strip(left.type());
        PyType rt = PyTypes.strip(right.type());
        if ((op == CmpOperator.IN || op == CmpOperator.NOT_IN) && rt instanceof DictType) {
            Expression contains = new MethodCallExpr(ExprTranslator.enclosed(right.java()), "containsKey", new NodeList<>(left.java()));
            return Optional.of(TExpr.of(op == CmpOperator.IN ? contains
                    : new UnaryExpr(contains, UnaryExpr.Operator.LOGICAL_COMPLEMENT), ScalarType.BOOL));
        }
        boolean comparable = (lt == ScalarType.STR || DateTimeCalls.isTemporal(lt)) && lt == rt;
        if (!comparable) {
            return Optional.empty();
        }
        Expression self = ExprTranslator.enclosed(left.java());
        return Optional.ofNullable(switch (op) {
            case EQ -> TExpr.of(new MethodCallExpr(self, "equals", new NodeList<>(right.java())), ScalarType.BOOL);
            case NOT_EQ -> TExpr.of(new UnaryExpr(new MethodCallExpr(self, "equals", new NodeList<>(right.java())),
                    UnaryExpr.Operator.LOGICAL_COMPLEMENT), ScalarType.BOOL);
            case LT, LT_E, GT, GT_E -> TExpr.of(new BinaryExpr(new MethodCallExpr(self, "compareTo", new NodeList<>(right.java())),
                    new IntegerLiteralExpr("0"), switch (op) {
                        case LT -> BinaryExpr.Operator.LESS;
                        case LT_E -> BinaryExpr.Operator.LESS_EQUALS;
                        case GT -> BinaryExpr.Operator.GREATER;
                        default -> BinaryExpr.Operator.GREATER_EQUALS;
                    }), ScalarType.BOOL);
            default -> null;
        });
    }

    private static boolean isNumber(PyType type) {
        PyType stripped = PyTypes.strip(type);
        return stripped == ScalarType.INT || stripped == ScalarType.FLOAT || stripped == ScalarType.BOOL;
    }

    /** A call of a library function or method ({@code str.zfill}) that has no Java here: NBM235, naming it. */
    private static Untranslatable unmapped(PyExpr node, String api) {
        return new Untranslatable(Code.NBM235, node.span(), api + " is not translated", dev.nbmigrate.converter.diag.Subject.api(api));
    }

    private static Untranslatable unsupported(Code code, PyExpr node, String message) {
        return new Untranslatable(code, node.span(), message);
    }
}
