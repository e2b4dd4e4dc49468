package dev.nbmigrate.converter.translate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.type.UnknownType;

import dev.nbmigrate.converter.api.Arg;
import dev.nbmigrate.converter.api.CallPlan;
import dev.nbmigrate.converter.conformance.PythonRepr;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.BinOperator;
import dev.nbmigrate.converter.parse.python.ast.BoolOperator;
import dev.nbmigrate.converter.parse.python.ast.CmpOperator;
import dev.nbmigrate.converter.parse.python.ast.FStringPart;
import dev.nbmigrate.converter.parse.python.ast.Keyword;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.UnaryOperator;
import dev.nbmigrate.converter.translate.data.PyValue;
import dev.nbmigrate.converter.translate.data.PyValueFolder;
import dev.nbmigrate.converter.types.ApiMemberType;
import dev.nbmigrate.converter.types.ClassObjectType;
import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.FunctionKind;
import dev.nbmigrate.converter.types.FunctionType;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.ModuleType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.TupleType;
import dev.nbmigrate.converter.types.PairType;
import dev.nbmigrate.converter.types.RddType;
import dev.nbmigrate.converter.translate.rdd.RddCalls;

/**
 * Translates one Python expression into a Java expression with its type (type-directed: what a call, an operator or
 * a subscript becomes depends on the types of its operands). PySpark calls go through the {@link CallPlanner} and
 * {@link CallEmitter}; Python values computed on the driver become plain Java. What has no Java throws
 * {@link Untranslatable}.
 */
public final class ExprTranslator {

    /** Python's {@code math} module members that have a Java {@code Math} twin. */
    private static final Map<String, String> MATH = Map.of(
            "radians", "toRadians", "degrees", "toDegrees", "sqrt", "sqrt", "exp", "exp", "log", "log",
            "log10", "log10", "pow", "pow", "e", "E", "pi", "PI", "fabs", "abs");

    private static final Map<BinOperator, String> COLUMN_OPERATORS = Map.of(
            BinOperator.ADD, "__add__", BinOperator.SUB, "__sub__", BinOperator.MULT, "__mul__",
            BinOperator.DIV, "__truediv__", BinOperator.MOD, "__mod__", BinOperator.POW, "__pow__",
            BinOperator.BIT_AND, "__and__", BinOperator.BIT_OR, "__or__");

    private static final Map<BinOperator, String> REFLECTED_OPERATORS = Map.of(
            BinOperator.ADD, "__radd__", BinOperator.SUB, "__rsub__", BinOperator.MULT, "__rmul__",
            BinOperator.DIV, "__rtruediv__", BinOperator.MOD, "__rmod__", BinOperator.POW, "__rpow__",
            BinOperator.BIT_AND, "__rand__", BinOperator.BIT_OR, "__ror__");

    private static final Map<CmpOperator, String> COMPARISONS = Map.of(
            CmpOperator.EQ, "__eq__", CmpOperator.NOT_EQ, "__ne__", CmpOperator.LT, "__lt__",
            CmpOperator.LT_E, "__le__", CmpOperator.GT, "__gt__", CmpOperator.GT_E, "__ge__");

    /** The same comparison with its operands swapped ({@code 1 < c} is {@code c > 1}). */
    private static final Map<CmpOperator, CmpOperator> SWAPPED = Map.of(
            CmpOperator.EQ, CmpOperator.EQ, CmpOperator.NOT_EQ, CmpOperator.NOT_EQ, CmpOperator.LT, CmpOperator.GT,
            CmpOperator.LT_E, CmpOperator.GT_E, CmpOperator.GT, CmpOperator.LT, CmpOperator.GT_E, CmpOperator.LT_E);

    private static final Map<BinOperator, BinaryExpr.Operator> JAVA_ARITHMETIC = Map.of(
            BinOperator.ADD, BinaryExpr.Operator.PLUS, BinOperator.SUB, BinaryExpr.Operator.MINUS,
            BinOperator.MULT, BinaryExpr.Operator.MULTIPLY);

    private static final Map<CmpOperator, BinaryExpr.Operator> JAVA_COMPARISONS = Map.of(
            CmpOperator.EQ, BinaryExpr.Operator.EQUALS, CmpOperator.NOT_EQ, BinaryExpr.Operator.NOT_EQUALS,
            CmpOperator.LT, BinaryExpr.Operator.LESS, CmpOperator.LT_E, BinaryExpr.Operator.LESS_EQUALS,
            CmpOperator.GT, BinaryExpr.Operator.GREATER, CmpOperator.GT_E, BinaryExpr.Operator.GREATER_EQUALS,
            CmpOperator.IS, BinaryExpr.Operator.EQUALS, CmpOperator.IS_NOT, BinaryExpr.Operator.NOT_EQUALS);

    private final TranslationContext context;
    private final Scope scope;
    private final CallEmitter emitter;
    private final SpecialCalls special;
    private final PyValueFolder folder;
    private final MlExpressions ml;
    private final DriverPython driver;

    public ExprTranslator(TranslationContext context, Scope scope) {
        this.context = context;
        this.scope = scope;
        this.emitter = new CallEmitter(context);
        this.special = new SpecialCalls(context, this);
        this.ml = new MlExpressions(context, this);
        this.driver = new DriverPython(context, this);
        this.folder = new PyValueFolder(new PyValueFolder.Context() {
            @Override
            public Optional<String> qualifiedName(PyExpr callee) {
                return ExprTranslator.this.qualifiedName(callee);
            }

            @Override
            public Optional<PyValue> variable(String name) {
                return scope.lookup(name).flatMap(Scope.Symbol::constant);
            }
        });
    }

    public Scope scope() {
        return scope;
    }

    public TranslationContext context() {
        return context;
    }

    /** The value {@code expr} is known to have before the job runs, if any. */
    public Optional<PyValue> fold(PyExpr expr) {
        return folder.fold(expr);
    }

    /** The Java condition of a Python test ({@code if}, {@code while}): Python's truth of its value. */
    public Expression condition(PyExpr test) {
        return condition(translate(test), test);
    }

    /** The Java condition of an already translated test. */
    public Expression condition(TExpr value, PyExpr test) {
        return value.type() == ScalarType.BOOL ? value.java() : driver.truth(value, test);
    }

    /** Types whose values are never a storage location, whatever the lineage says of the argument. */
    private static final java.util.Set<PyType> NOT_LOCATIONS = java.util.Set.of(ScalarType.INT, ScalarType.FLOAT,
            ScalarType.BOOL);

    public TExpr translate(PyExpr expr) {
        Optional<TExpr> replaced = context.replacement(expr);
        if (replaced.isPresent()) {
            return replaced.get();
        }
        TExpr translated = translateNode(expr);
        // a number is never a location: it is the argument of a helper that builds the path inside (read_year(2022))
        Expression located = NOT_LOCATIONS.contains(PyTypes.strip(translated.type())) ? translated.java()
                : context.locate(expr, translated.java());
        return located == translated.java() ? translated
                : new TExpr(located, translated.type(), translated.arg(), translated.constant(), translated.elements());
    }

    private TExpr translateNode(PyExpr expr) {
        if (expr instanceof PyExpr.Literal literal) {
            return literal(literal);
        }
        if (expr instanceof PyExpr.Name name) {
            return name(name);
        }
        if (expr instanceof PyExpr.Attribute attribute) {
            return attribute(attribute);
        }
        if (expr instanceof PyExpr.Call call) {
            return call(call);
        }
        if (expr instanceof PyExpr.BinOp binOp) {
            return binary(binOp);
        }
        if (expr instanceof PyExpr.UnaryOp unary) {
            return unary(unary);
        }
        if (expr instanceof PyExpr.Compare compare) {
            return compare(compare);
        }
        if (expr instanceof PyExpr.BoolOp boolOp) {
            return boolOp(boolOp);
        }
        if (expr instanceof PyExpr.ListExpr list) {
            return sequence(list.elements(), false, expr);
        }
        if (expr instanceof PyExpr.TupleExpr tuple) {
            return sequence(tuple.elements(), true, expr);
        }
        if (expr instanceof PyExpr.DictExpr dict) {
            return dict(dict);
        }
        if (expr instanceof PyExpr.Subscript subscript) {
            return subscript(subscript);
        }
        if (expr instanceof PyExpr.Lambda lambda) {
            return lambda(lambda, null);
        }
        if (expr instanceof PyExpr.IfExp ifExp) {
            return conditional(ifExp);
        }
        if (expr instanceof PyExpr.FString fString) {
            return fString(fString);
        }
        if (expr instanceof PyExpr.ListComp || expr instanceof PyExpr.SetComp || expr instanceof PyExpr.DictComp
                || expr instanceof PyExpr.GeneratorExp) {
            return driver.comprehension(expr);
        }
        throw new Untranslatable(Code.NBM219, expr.span(), "no Java for the Python expression " + kind(expr),
                dev.nbmigrate.converter.diag.Subject.construct(kind(expr)));
    }

    private static String kind(Object node) {
        return node.getClass().getSimpleName();
    }

    // ---- literals and names

    private TExpr literal(PyExpr.Literal literal) {
        if (literal instanceof PyExpr.StrLit s) {
            Expression java = dev.nbmigrate.converter.render.JavaText.wantsTextBlock(s.value())
                    ? new com.github.javaparser.ast.expr.TextBlockLiteralExpr(
                            dev.nbmigrate.converter.render.JavaText.textBlockContent(s.value()))
                    : new StringLiteralExpr().setString(s.value());
            return TExpr.literal(java, Arg.strLiteral(s.value()), new PyValue.Str(s.value()));
        }
        if (literal instanceof PyExpr.IntLit i) {
            return intLiteral(i.value());
        }
        if (literal instanceof PyExpr.FloatLit f) {
            return TExpr.literal(doubleLiteral(f.value()), Arg.floatLiteral(f.value()), new PyValue.Float(f.value()));
        }
        if (literal instanceof PyExpr.BoolLit b) {
            return TExpr.literal(new BooleanLiteralExpr(b.value()), Arg.boolLiteral(b.value()), new PyValue.Bool(b.value()));
        }
        if (literal instanceof PyExpr.NoneLit) {
            return TExpr.literal(new NullLiteralExpr(), Arg.none(), new PyValue.None());
        }
        throw new Untranslatable(Code.NBM219, literal.span(), "no Java for the Python literal " + kind(literal),
                dev.nbmigrate.converter.diag.Subject.construct(kind(literal)));
    }

    private static TExpr intLiteral(BigInteger value) {
        if (value.bitLength() > 63) {
            throw new Untranslatable(Code.NBM236, dev.nbmigrate.converter.parse.Span.NONE,
                    "the int " + value + " does not fit a Java long");
        }
        long number = value.longValueExact();
        Expression java = number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE
                ? new IntegerLiteralExpr(Long.toString(number)) : new LongLiteralExpr(number + "L");
        return TExpr.literal(java, Arg.intLiteral(number), new PyValue.Int(value));
    }

    static Expression doubleLiteral(double value) {
        if (Double.isNaN(value)) {
            return new FieldAccessExpr(new NameExpr("Double"), "NaN");
        }
        if (Double.isInfinite(value)) {
            return new FieldAccessExpr(new NameExpr("Double"), value > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
        }
        String text = PythonRepr.floatRepr(value);
        return new DoubleLiteralExpr(text.contains(".") || text.contains("e") ? text : text + ".0");
    }

    private TExpr name(PyExpr.Name name) {
        Scope.Symbol symbol = scope.lookup(name.id()).orElseThrow(() -> UnboundName.of(context, name));
        if (symbol.type() instanceof FunctionType && !symbol.isVariable()) {
            return new FunctionTranslator(context, this).value(name, symbol);
        }
        Arg arg = symbol.constant().map(ExprTranslator::argOf).orElse(Arg.of(symbol.type()));
        Expression java = symbol.isExpression() ? com.github.javaparser.StaticJavaParser.parseExpression(symbol.javaName())
                : new NameExpr(symbol.javaName());
        return new TExpr(java, symbol.type(), arg.literal() ? Arg.of(symbol.type()) : arg,
                symbol.constant(), List.of());
    }

    private static Arg argOf(PyValue value) {
        return Arg.of(value instanceof PyValue.Int ? ScalarType.INT : value instanceof PyValue.Str ? ScalarType.STR
                : value instanceof PyValue.Float ? ScalarType.FLOAT : value instanceof PyValue.Bool ? ScalarType.BOOL
                : dev.nbmigrate.converter.types.UnknownType.UNKNOWN);
    }

    /** The qualified name an expression stands for when it names a module member or class, e.g. {@code datetime.date}. */
    public Optional<String> qualifiedName(PyExpr expr) {
        if (expr instanceof PyExpr.Name name) {
            return scope.lookup(name.id()).flatMap(s -> qualifiedNameOf(s.type()));
        }
        if (expr instanceof PyExpr.Attribute attribute) {
            return qualifiedName(attribute.value()).map(q -> q + "." + attribute.attr());
        }
        return Optional.empty();
    }

    private static Optional<String> qualifiedNameOf(PyType type) {
        if (type instanceof ModuleType module) {
            return Optional.of(module.name());
        }
        if (type instanceof ClassObjectType cls) {
            return Optional.of(cls.qualname());
        }
        if (type instanceof ApiMemberType member) {
            return Optional.of(member.owner() + "." + member.member());
        }
        return Optional.empty();
    }

    // ---- attributes and calls

    private TExpr attribute(PyExpr.Attribute attribute) {
        Optional<String> qualified = qualifiedName(attribute);
        if (qualified.isPresent() && !(attribute.value() instanceof PyExpr.Name n && isVariable(n))) {
            Optional<TExpr> math = mathMember(qualified.get(), List.of(), attribute);
            if (math.isPresent()) {
                return math.get();
            }
            PyType type = context.catalog().typeOfQualifiedName(qualified.get()).orElse(null);
            if (type instanceof ApiMemberType member) {
                CallPlan plan = context.planner().planAttribute(receiverTypeOf(member), member.member());
                return emitter.emit(plan, null, List.of(), Map.of(), attribute.span());
            }
            if (type != null) {
                return TExpr.of(new NameExpr(attribute.attr()), type);
            }
            return TExpr.of(new NameExpr(attribute.attr()), new ClassObjectType(qualified.get()));
        }
        TExpr receiver = translate(attribute.value());
        Optional<TExpr> rddAttribute = new RddCalls(context, this).attribute(receiver, attribute.attr());
        if (rddAttribute.isPresent()) {
            return rddAttribute.get();
        }
        Optional<TExpr> driverAttribute = driver.attribute(receiver, attribute.attr());
        if (driverAttribute.isPresent()) {
            return driverAttribute.get();
        }
        if (receiver.type() instanceof ModuleType || receiver.type() instanceof ClassObjectType) {
            throw new Untranslatable(Code.NBM201, attribute.span(), "no PySpark member " + attribute.attr()
                    + " on " + receiver.type().display());
        }
        Optional<TExpr> rowField = RowIdioms.attribute(receiver, attribute.attr());
        if (rowField.isPresent()) {
            return rowField.get();
        }
        Optional<TExpr> field = columnByAttribute(receiver, attribute.attr());
        if (field.isPresent()) {
            return field.get();
        }
        CallPlan plan = context.planner().planAttribute(receiver.type(), attribute.attr());
        return emitter.emit(plan, receiver, List.of(), Map.of(), attribute.span());
    }

    /**
     * {@code df.amount} is the column {@code df.col("amount")} and {@code c.field} the struct field
     * {@code c.getField("field")} when the name is no member of the DataFrame or Column API (rules df-getattr and
     * column-getattr).
     */
    private Optional<TExpr> columnByAttribute(TExpr receiver, String name) {
        PyType type = PyTypes.strip(receiver.type());
        String owner = type == SparkObject.DATAFRAME ? "pyspark.sql.DataFrame" : type == SparkObject.COLUMN ? "pyspark.sql.Column" : null;
        if (owner == null || name.startsWith("_")
                || context.catalog().classify(owner, name).source() != dev.nbmigrate.converter.api.ApiSupport.Source.NOT_FOUND) {
            return Optional.empty();
        }
        String method = type == SparkObject.DATAFRAME ? "col" : "getField";
        return Optional.of(TExpr.of(new MethodCallExpr(enclosed(receiver.java()), method,
                new NodeList<>(new StringLiteralExpr().setString(name))), SparkObject.COLUMN));
    }

    private boolean isVariable(PyExpr.Name name) {
        return scope.lookup(name.id()).map(Scope.Symbol::isVariable).orElse(false);
    }

    /** The type of the owner of an API member: the module or the class object it belongs to. */
    private PyType receiverTypeOf(ApiMemberType member) {
        return context.catalog().typeOfQualifiedName(member.owner()).orElse(new ModuleType(member.owner()));
    }

    private TExpr call(PyExpr.Call call) {
        Optional<TExpr> udf = new UdfTranslator(context, this).translate(call);
        if (udf.isPresent()) {
            return udf.get();
        }
        Optional<TExpr> handled = special.translate(call).or(() -> FloatConstants.translate(call, scope))
                .or(() -> RowIdioms.call(call, this));
        if (handled.isPresent()) {
            return handled.get();
        }
        Optional<TExpr> storageLevel = storageLevelText(call);
        if (storageLevel.isPresent()) {
            return storageLevel.get();
        }
        Optional<TExpr> builtin = driver.builtin(call);
        if (builtin.isPresent()) {
            return builtin.get();
        }
        PyExpr func = call.func();
        if (func instanceof PyExpr.Attribute attribute) {
            Optional<String> qualified = qualifiedName(attribute);
            if (qualified.isPresent() && !(attribute.value() instanceof PyExpr.Name n && isVariable(n))) {
                return callQualified(qualified.get(), call);
            }
            TExpr receiver = translate(attribute.value());
            Optional<TExpr> rdd = new RddCalls(context, this).call(receiver, attribute.attr(), call);
            if (rdd.isPresent()) {
                return rdd.get();
            }
            Optional<TExpr> method = driver.method(receiver, attribute.attr(), call);
            if (method.isPresent()) {
                return method.get();
            }
            Arguments args = arguments(call);
            CallPlan plan = context.planner().plan(receiver.type(), attribute.attr(), args.positionalArgs(), args.keywordArgs());
            if (plan.support().rule().orElse(null) == dev.nbmigrate.converter.api.TranslationRule.ORDER_ASCENDING
                    && args.keywords().containsKey("ascending")) {
                args = ascending(args, call);
                plan = context.planner().plan(receiver.type(), attribute.attr(), args.positionalArgs(), args.keywordArgs());
            }
            if (plan.support().rule().orElse(null) == dev.nbmigrate.converter.api.TranslationRule.NA_DROP) {
                return NaDrop.emit(receiver, attribute.attr().equals("dropna"), args, call.span());
            }
            return emitter.emit(plan, receiver, args.positional, args.keywords, call.span());
        }
        if (func instanceof PyExpr.Name name) {
            Scope.Symbol symbol = scope.lookup(name.id()).orElseThrow(() -> UnboundName.of(context, name));
            Optional<String> qualified = qualifiedNameOf(symbol.type());
            if (qualified.isPresent()) {
                return callQualified(qualified.get(), call);
            }
            if (symbol.type() instanceof FunctionType && !symbol.isVariable()) {
                return new FunctionTranslator(context, this).call(call, symbol);
            }
            if (symbol.type() instanceof FunctionType function && function.kind() == FunctionKind.UDF) {
                Arguments args = arguments(call);
                NodeList<Expression> columns = new NodeList<>();
                for (TExpr arg : args.positional) {
                    columns.add(asColumn(arg));
                }
                return TExpr.of(new MethodCallExpr(new NameExpr(symbol.javaName()), "apply", columns), SparkObject.COLUMN);
            }
        }
        throw new Untranslatable(Code.NBM238, call.span(), "calling " + kind(func) + " values is not translated");
    }

    /** {@code str(rdd.getStorageLevel())}: the level's description, as PySpark prints a storage level. */
    private Optional<TExpr> storageLevelText(PyExpr.Call call) {
        if (call.func() instanceof PyExpr.Name name && name.id().equals("str") && scope.lookup("str").isEmpty()
                && call.args().size() == 1 && call.keywords().isEmpty()
                && call.args().get(0) instanceof PyExpr.Call inner && inner.func() instanceof PyExpr.Attribute method
                && method.attr().equals("getStorageLevel")) {
            return RddCalls.str(translate(inner));
        }
        return Optional.empty();
    }

    /** A call of a module function or class: {@code F.col("a")}, {@code Window.partitionBy(...)}, {@code StringType()}. */
    private TExpr callQualified(String qualified, PyExpr.Call call) {
        Optional<TExpr> driverCall = driver.qualified(qualified, call);
        if (driverCall.isPresent()) {
            return driverCall.get();
        }
        Arguments args = arguments(call);
        Optional<TExpr> math = mathMember(qualified, args.positional, call);
        if (math.isPresent()) {
            return math.get();
        }
        PyType type = context.catalog().typeOfQualifiedName(qualified).orElseThrow(() ->
                new Untranslatable(Code.NBM201, call.span(), "no Java for " + qualified));
        CallPlan plan;
        if (type instanceof ClassObjectType cls) {
            plan = context.planner().planConstruction(cls, args.positionalArgs(), args.keywordArgs());
        } else if (type instanceof ApiMemberType member) {
            plan = context.planner().plan(receiverTypeOf(member), member.member(), args.positionalArgs(), args.keywordArgs());
        } else {
            throw new Untranslatable(Code.NBM238, call.span(), qualified + " is not callable");
        }
        return emitter.emit(plan, null, args.positional, args.keywords, call.span());
    }

    private Optional<TExpr> mathMember(String qualified, List<TExpr> args, PyExpr node) {
        if (!qualified.startsWith("math.")) {
            return Optional.empty();
        }
        String member = qualified.substring("math.".length());
        String java = MATH.get(member);
        if (java == null) {
            throw new Untranslatable(Code.NBM235, node.span(), "math." + member + " is not translated",
                    dev.nbmigrate.converter.diag.Subject.api("math." + member));
        }
        if (Character.isUpperCase(java.charAt(0))) {
            return Optional.of(TExpr.of(new FieldAccessExpr(new NameExpr("Math"), java), ScalarType.FLOAT));
        }
        NodeList<Expression> javaArgs = new NodeList<>();
        args.forEach(a -> javaArgs.add(a.java()));
        return Optional.of(TExpr.of(new MethodCallExpr(new NameExpr("Math"), java, javaArgs), ScalarType.FLOAT));
    }

    /** The translated arguments of a call, with the planner's view of each. */
    public record Arguments(List<TExpr> positional, Map<String, TExpr> keywords) {
        List<Arg> positionalArgs() {
            return positional.stream().map(TExpr::arg).toList();
        }

        Map<String, Arg> keywordArgs() {
            Map<String, Arg> args = new LinkedHashMap<>();
            keywords.forEach((k, v) -> args.put(k, v.arg()));
            return args;
        }
    }

    public Arguments arguments(PyExpr.Call call) {
        List<TExpr> positional = new ArrayList<>();
        for (PyExpr arg : call.args()) {
            if (arg instanceof PyExpr.Starred starred) {
                TExpr inner = translate(starred.value());
                positional.add(new TExpr(inner.java(), inner.type(), new Arg(inner.type(), inner.arg().literal(),
                        null, inner.arg().elements(), true), inner.constant(), inner.elements()));
            } else {
                positional.add(translate(arg));
            }
        }
        Map<String, TExpr> keywords = new LinkedHashMap<>();
        for (Keyword keyword : call.keywords()) {
            if (keyword.isUnpacking()) {
                throw new Untranslatable(Code.NBM234, keyword.span(), "**kwargs unpacking is not translated");
            }
            keywords.put(keyword.name(), translate(keyword.value()));
        }
        return new Arguments(positional, keywords);
    }

    /**
     * Rule order-ascending: {@code orderBy("a", "b", ascending=[True, False])} sorts by {@code col("a").asc()} and
     * {@code col("b").desc()}; a single bool applies to every column.
     */
    private Arguments ascending(Arguments args, PyExpr.Call call) {
        TExpr flags = args.keywords().get("ascending");
        List<TExpr> columns = new ArrayList<>();
        for (TExpr arg : args.positional()) {
            if (!arg.elements().isEmpty() && PyTypes.strip(arg.type()) instanceof ListType) {
                columns.addAll(arg.elements());
            } else {
                columns.add(arg);
            }
        }
        List<TExpr> sorted = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            PyValue flag = flags.elements().isEmpty() ? flags.constant().orElse(null)
                    : i < flags.elements().size() ? flags.elements().get(i).constant().orElse(null) : null;
            boolean up;
            if (flag instanceof PyValue.Bool bool) {
                up = bool.value();
            } else if (flag instanceof PyValue.Int number) {
                up = number.value().signum() != 0;
            } else {
                throw new Untranslatable(Code.NBM237, call.span(), "ascending= must be a constant bool or list of bools");
            }
            sorted.add(TExpr.of(new MethodCallExpr(enclosed(asColumn(columns.get(i))), up ? "asc" : "desc"), SparkObject.COLUMN));
        }
        return new Arguments(sorted, Map.of());
    }

    /** The Java Column for a value: a Column as is, a str as {@code col(name)}, a literal as {@code lit(value)}. */
    public Expression asColumn(TExpr value) {
        PyType type = PyTypes.strip(value.type());
        if (type == SparkObject.COLUMN) {
            return value.java();
        }
        context.imports().useStatic("org.apache.spark.sql.functions.*");
        if (type == ScalarType.STR) {
            return new MethodCallExpr("col", value.java());
        }
        return new MethodCallExpr("lit", value.java());
    }

    // ---- operators

    private TExpr binary(PyExpr.BinOp binOp) {
        TExpr left = translate(binOp.left());
        TExpr right = translate(binOp.right());
        Optional<TExpr> rdds = dev.nbmigrate.converter.translate.rdd.RddCalls.operator(left, binOp.op(), right);
        if (rdds.isPresent()) {
            return rdds.get();
        }
        boolean leftColumn = isColumn(left);
        boolean rightColumn = isColumn(right);
        if (leftColumn || rightColumn) {
            String member = leftColumn ? COLUMN_OPERATORS.get(binOp.op()) : REFLECTED_OPERATORS.get(binOp.op());
            if (member == null) {
                throw new Untranslatable(Code.NBM236, binOp.span(), "the operator " + binOp.op() + " on Columns is not translated");
            }
            TExpr receiver = leftColumn ? left : right;
            TExpr other = leftColumn ? right : left;
            CallPlan plan = context.planner().plan(SparkObject.COLUMN, member, List.of(other.arg()), Map.of());
            if (plan.support().rule().orElse(null) == dev.nbmigrate.converter.api.TranslationRule.REFLECTED_OPERATOR) {
                // 1 - c is lit(1).minus(c), as PySpark's reflected operators build it (and name it "(1 - c)").
                TExpr literal = TExpr.of(asColumn(left), SparkObject.COLUMN);
                CallPlan forward = context.planner().plan(SparkObject.COLUMN, COLUMN_OPERATORS.get(binOp.op()),
                        List.of(right.arg()), Map.of());
                return emitter.emit(forward, literal, List.of(right), Map.of(), binOp.span());
            }
            return emitter.emit(plan, receiver, List.of(other), Map.of(), binOp.span());
        }
        Optional<TExpr> driverValue = driver.binary(binOp, left, right);
        return driverValue.isPresent() ? driverValue.get() : scalarBinary(binOp, left, right);
    }

    private static boolean isColumn(TExpr value) {
        return PyTypes.strip(value.type()) == SparkObject.COLUMN;
    }

    private TExpr scalarBinary(PyExpr.BinOp binOp, TExpr left, TExpr right) {
        PyType lt = PyTypes.strip(left.type());
        PyType rt = PyTypes.strip(right.type());
        if (binOp.op() == BinOperator.ADD && (lt == ScalarType.STR || rt == ScalarType.STR)) {
            return TExpr.of(new BinaryExpr(left.java(), right.java(), BinaryExpr.Operator.PLUS), ScalarType.STR);
        }
        boolean numeric = isNumber(lt) && isNumber(rt);
        if (!numeric) {
            throw new Untranslatable(Code.NBM236, binOp.span(), "the operator " + binOp.op() + " on "
                    + lt.display() + " and " + rt.display() + " is not translated");
        }
        PyType result = lt == ScalarType.FLOAT || rt == ScalarType.FLOAT ? ScalarType.FLOAT : ScalarType.INT;
        BinaryExpr.Operator java = JAVA_ARITHMETIC.get(binOp.op());
        if (java != null) {
            return TExpr.of(new BinaryExpr(left.java(), right.java(), java), result);
        }
        return switch (binOp.op()) {
            case DIV -> TExpr.of(new BinaryExpr(new CastExpr(com.github.javaparser.ast.type.PrimitiveType.doubleType(),
                    left.java()), right.java(), BinaryExpr.Operator.DIVIDE), ScalarType.FLOAT);
            case FLOOR_DIV -> result == ScalarType.INT
                    ? TExpr.of(new MethodCallExpr(new NameExpr("Math"), "floorDiv", new NodeList<>(left.java(), right.java())), ScalarType.INT)
                    : TExpr.of(new MethodCallExpr(new NameExpr("Math"), "floor", new NodeList<>(new BinaryExpr(left.java(),
                            right.java(), BinaryExpr.Operator.DIVIDE))), ScalarType.FLOAT);
            case MOD -> result == ScalarType.INT
                    ? TExpr.of(new MethodCallExpr(new NameExpr("Math"), "floorMod", new NodeList<>(left.java(), right.java())), ScalarType.INT)
                    : TExpr.of(new BinaryExpr(left.java(), right.java(), BinaryExpr.Operator.REMAINDER), ScalarType.FLOAT);
            case POW -> TExpr.of(new MethodCallExpr(new NameExpr("Math"), "pow", new NodeList<>(left.java(), right.java())), ScalarType.FLOAT);
            default -> throw new Untranslatable(Code.NBM236, binOp.span(), "the operator " + binOp.op() + " is not translated");
        };
    }

    private static boolean isNumber(PyType type) {
        return type == ScalarType.INT || type == ScalarType.FLOAT || type == ScalarType.BOOL;
    }

    private TExpr unary(PyExpr.UnaryOp unary) {
        if (unary.op() == UnaryOperator.USUB && unary.operand() instanceof PyExpr.IntLit i) {
            return intLiteral(i.value().negate());
        }
        if (unary.op() == UnaryOperator.USUB && unary.operand() instanceof PyExpr.FloatLit f) {
            return TExpr.literal(doubleLiteral(-f.value()), Arg.floatLiteral(-f.value()), new PyValue.Float(-f.value()));
        }
        TExpr operand = translate(unary.operand());
        if (isColumn(operand)) {
            String member = switch (unary.op()) {
                case INVERT -> "__invert__";
                case USUB -> "__neg__";
                default -> throw new Untranslatable(Code.NBM236, unary.span(), "'" + unary.op() + "' on a Column is not translated");
            };
            CallPlan plan = context.planner().plan(SparkObject.COLUMN, member, List.of(), Map.of());
            return emitter.emit(plan, operand, List.of(), Map.of(), unary.span());
        }
        return switch (unary.op()) {
            case NOT -> TExpr.of(new UnaryExpr(operand.java(), UnaryExpr.Operator.LOGICAL_COMPLEMENT), ScalarType.BOOL);
            case USUB -> TExpr.of(new UnaryExpr(operand.java(), UnaryExpr.Operator.MINUS), operand.type());
            case UADD -> operand;
            default -> throw new Untranslatable(Code.NBM236, unary.span(), "'" + unary.op() + "' is not translated");
        };
    }

    /**
     * {@code a < b < c} as {@code a < b and b < c}. Python reads {@code b} once; it is read twice here, so only an
     * operand that gives the same value when read again is accepted (a name, a literal, an item or attribute of one,
     * {@code len(...)} of one, or a {@code .count()}, which counts the same elements again).
     */
    private static PyExpr chained(PyExpr.Compare compare) {
        List<PyExpr> terms = new ArrayList<>();
        PyExpr left = compare.left();
        for (int i = 0; i < compare.ops().size(); i++) {
            PyExpr right = compare.comparators().get(i);
            if (i < compare.ops().size() - 1 && !rereadable(right)) {
                throw new Untranslatable(Code.NBM234, right.span(), "a chained comparison whose middle operand is computed"
                        + " (Python evaluates it once) is not translated");
            }
            terms.add(new PyExpr.Compare(left, List.of(compare.ops().get(i)), List.of(right), compare.span()));
            left = right;
        }
        return new PyExpr.BoolOp(dev.nbmigrate.converter.parse.python.ast.BoolOperator.AND, terms, compare.span());
    }

    private static boolean rereadable(PyExpr expr) {
        if (expr instanceof PyExpr.Name || expr instanceof PyExpr.Literal) {
            return true;
        }
        if (expr instanceof PyExpr.Subscript subscript) {
            return rereadable(subscript.value()) && rereadable(subscript.slice());
        }
        if (expr instanceof PyExpr.Attribute attribute) {
            return rereadable(attribute.value());
        }
        if (expr instanceof PyExpr.Call call && call.keywords().isEmpty()) {
            boolean len = call.func() instanceof PyExpr.Name name && name.id().equals("len") && call.args().size() == 1
                    && rereadable(call.args().get(0));
            boolean count = call.func() instanceof PyExpr.Attribute method && method.attr().equals("count") && call.args().isEmpty();
            return len || count;
        }
        return false;
    }

    private TExpr compare(PyExpr.Compare compare) {
        if (compare.ops().size() != 1) {
            return translate(chained(compare));
        }
        CmpOperator op = compare.ops().get(0);
        TExpr left = translate(compare.left());
        TExpr right = translate(compare.comparators().get(0));
        if (isColumn(left) || isColumn(right)) {
            String member = COMPARISONS.get(isColumn(left) ? op : SWAPPED.getOrDefault(op, op));
            if (member == null) {
                throw new Untranslatable(Code.NBM236, compare.span(), "'" + op + "' on a Column is not translated");
            }
            TExpr receiver = isColumn(left) ? left : right;
            TExpr other = isColumn(left) ? right : left;
            CallPlan plan = context.planner().plan(SparkObject.COLUMN, member, List.of(other.arg()), Map.of());
            return emitter.emit(plan, receiver, List.of(other), Map.of(), compare.span());
        }
        if ((op == CmpOperator.IS || op == CmpOperator.IS_NOT) && PyTypes.strip(left.type()) instanceof RddType
                && PyTypes.strip(right.type()) instanceof RddType) {
            // JavaRDD wraps the same RDD in a new object on cache() and persist(): identity is the wrapped RDD's
            return TExpr.of(new BinaryExpr(new MethodCallExpr(enclosed(left.java()), "rdd"), new MethodCallExpr(enclosed(right.java()), "rdd"),
                    JAVA_COMPARISONS.get(op)), ScalarType.BOOL);
        }
        Optional<TExpr> driverComparison = driver.compare(compare, op, left, right);
        if (driverComparison.isPresent()) {
            return driverComparison.get();
        }
        if ((op == CmpOperator.EQ || op == CmpOperator.NOT_EQ)
                && (compare.left() instanceof PyExpr.NoneLit || compare.comparators().get(0) instanceof PyExpr.NoneLit)) {
            // x == None is true for None only, as x is None
            return TExpr.of(new BinaryExpr(left.java(), right.java(), JAVA_COMPARISONS.get(op)), ScalarType.BOOL);
        }
        if ((op == CmpOperator.EQ || op == CmpOperator.NOT_EQ) && PyTypes.strip(left.type()) == ScalarType.STR) {
            Expression equals = new MethodCallExpr(left.java(), "equals", new NodeList<>(right.java()));
            return TExpr.of(op == CmpOperator.EQ ? equals : new UnaryExpr(equals, UnaryExpr.Operator.LOGICAL_COMPLEMENT), ScalarType.BOOL);
        }
        if (op == CmpOperator.IN || op == CmpOperator.NOT_IN) {
            Expression contains = new MethodCallExpr(right.java(), "contains", new NodeList<>(left.java()));
            return TExpr.of(op == CmpOperator.IN ? contains : new UnaryExpr(contains, UnaryExpr.Operator.LOGICAL_COMPLEMENT), ScalarType.BOOL);
        }
        return TExpr.of(new BinaryExpr(left.java(), right.java(), JAVA_COMPARISONS.get(op)), ScalarType.BOOL);
    }

    private TExpr boolOp(PyExpr.BoolOp boolOp) {
        List<TExpr> values = boolOp.values().stream().map(this::translate).toList();
        if (values.stream().anyMatch(ExprTranslator::isColumn)) {
            throw new Untranslatable(Code.NBM236, boolOp.span(), "Python '" + boolOp.op().name().toLowerCase(java.util.Locale.ROOT)
                    + "' on Columns raises in PySpark; use & and |");
        }
        Expression java = values.get(0).java();
        for (int i = 1; i < values.size(); i++) {
            java = new BinaryExpr(java, values.get(i).java(), boolOp.op() == BoolOperator.AND ? BinaryExpr.Operator.AND : BinaryExpr.Operator.OR);
        }
        return TExpr.of(java, ScalarType.BOOL);
    }

    private TExpr conditional(PyExpr.IfExp ifExp) {
        TExpr test = translate(ifExp.test());
        TExpr body = translate(ifExp.body());
        TExpr orElse = translate(ifExp.orElse());
        return TExpr.of(new ConditionalExpr(test.java(), body.java(), orElse.java()), PyTypes.join(body.type(), orElse.type()));
    }

    // ---- containers

    private TExpr sequence(List<PyExpr> items, boolean tuple, PyExpr node) {
        List<TExpr> elements = new ArrayList<>();
        for (PyExpr item : items) {
            elements.add(translate(item));
        }
        List<Arg> args = elements.stream().map(TExpr::arg).toList();
        Arg arg = tuple ? Arg.tupleLiteral(args) : Arg.listLiteral(args);
        NodeList<Expression> java = new NodeList<>();
        // a list of ints and floats holds floats; a tuple keeps each element's own type, as Python prints it
        boolean floats = !tuple && NumericWidening.floatElements(arg.type());
        elements.forEach(e -> java.add(floats ? NumericWidening.toFloat(e).orElseGet(() -> DriverPython.boxed(e))
                : DriverPython.boxed(e)));
        MethodCallExpr list = tuple
                ? new MethodCallExpr(new NameExpr(context.imports().use("dev.nbmigrate.runtime.interop.PyTuple")), "of", java)
                : new MethodCallExpr(new NameExpr(context.imports().use("dev.nbmigrate.runtime.interop.PyLiterals")), "list", java);
        if (tuple && arg.type() instanceof TupleType tupleType && tupleType.heldElement().isUnknown()) {
            // a tuple of mixed types is a list of Object: spelled out, Java would infer an intersection type
            list.setTypeArguments(new com.github.javaparser.ast.type.ClassOrInterfaceType(null, "Object"));
        }
        Optional<PyValue> constant = folder.fold(node);
        return new TExpr(list, arg.type(), arg, constant, elements);
    }

    private TExpr dict(PyExpr.DictExpr dict) {
        Optional<TExpr> params = ml.paramMap(dict);
        if (params.isPresent()) {
            return params.get();
        }
        List<TExpr> elements = new ArrayList<>();
        NodeList<Expression> java = new NodeList<>();
        PyType keyType = null;
        PyType valueType = null;
        for (var item : dict.items()) {
            if (item.key() == null) {
                throw new Untranslatable(Code.NBM234, dict.span(), "**mapping inside a dict is not translated");
            }
            TExpr key = translate(item.key());
            TExpr value = translate(item.value());
            elements.add(key);
            elements.add(value);
            java.add(DriverPython.boxed(key));
            java.add(DriverPython.boxed(value));
            keyType = keyType == null ? key.type() : PyTypes.join(keyType, key.type());
            valueType = valueType == null ? value.type() : PyTypes.join(valueType, value.type());
        }
        DictType type = new DictType(keyType == null ? dev.nbmigrate.converter.types.UnknownType.UNKNOWN : keyType,
                valueType == null ? dev.nbmigrate.converter.types.UnknownType.UNKNOWN : valueType);
        Expression map = new MethodCallExpr(new NameExpr(context.imports().use("dev.nbmigrate.runtime.interop.PyLiterals")), "orderedDict", java);
        return new TExpr(map, type, Arg.dictLiteral(type), folder.fold(dict), elements);
    }

    private TExpr subscript(PyExpr.Subscript subscript) {
        Optional<TExpr> stage = ml.subscript(subscript);
        if (stage.isPresent()) {
            return stage.get();
        }
        TExpr value = translate(subscript.value());
        PyType type = PyTypes.strip(value.type());
        if (type == SparkObject.DATAFRAME || type == SparkObject.COLUMN || type == SparkObject.ROW) {
            TExpr key = subscript.slice() instanceof PyExpr.Slice
                    ? null : translate(subscript.slice());
            if (key == null) {
                throw new Untranslatable(Code.NBM236, subscript.span(), "slicing a " + type.display() + " is not translated");
            }
            if (type == SparkObject.DATAFRAME && (PyTypes.strip(key.type()) instanceof ListType || isColumn(key))) {
                // df[["a", "b"]] selects the columns, df[condition] filters the rows.
                CallPlan select = context.planner().plan(type, isColumn(key) ? "filter" : "select", List.of(key.arg()), Map.of());
                return emitter.emit(select, value, List.of(key), Map.of(), subscript.span());
            }
            if (type == SparkObject.DATAFRAME && PyTypes.strip(key.type()) == ScalarType.INT) {
                // df[1] is the column at that position.
                return TExpr.of(new MethodCallExpr(enclosed(value.java()), "col", new NodeList<>(
                        new com.github.javaparser.ast.expr.ArrayAccessExpr(new MethodCallExpr(enclosed(value.java()), "columns"),
                                key.java() instanceof IntegerLiteralExpr ? key.java()
                                        : new CastExpr(com.github.javaparser.ast.type.PrimitiveType.intType(), key.java())))),
                        SparkObject.COLUMN);
            }
            Optional<TExpr> rowField = RowIdioms.subscript(value, key);
            if (rowField.isPresent()) {
                return rowField.get();
            }
            CallPlan plan = context.planner().plan(type, "__getitem__", List.of(key.arg()), Map.of());
            return emitter.emit(plan, value, List.of(key), Map.of(), subscript.span());
        }
        if (type instanceof ListType || type == ScalarType.STR) {
            return sequenceItem(value, type, subscript);
        }
        if (type instanceof TupleType tuple && subscript.slice() instanceof PyExpr.IntLit index) {
            int i = index.value().intValueExact();
            PyType element = i < tuple.elements().size() ? tuple.elements().get(i) : dev.nbmigrate.converter.types.UnknownType.UNKNOWN;
            Expression item = new MethodCallExpr(enclosed(value.java()), "get", new NodeList<>(new IntegerLiteralExpr(Integer.toString(i))));
            return TExpr.of(tupleItem(item, tuple, element), element);
        }
        if (type instanceof PairType pair && subscript.slice() instanceof PyExpr.IntLit index
                && index.value().intValue() >= 0 && index.value().intValue() <= 1) {
            boolean first = index.value().intValue() == 0;
            return TExpr.of(new MethodCallExpr(enclosed(value.java()), first ? "_1" : "_2"), first ? pair.first() : pair.second());
        }
        if (type instanceof DictType dictType) {
            TExpr key = translate(subscript.slice());
            Expression javaKey = PyTypes.strip(dictType.key()) == ScalarType.INT && key.java() instanceof IntegerLiteralExpr literal
                    ? new LongLiteralExpr(literal.getValue() + "L") : key.java();
            return TExpr.of(new MethodCallExpr(value.java(), "get", new NodeList<>(javaKey)), dictType.value());
        }
        throw new Untranslatable(Code.NBM236, subscript.span(), "subscripting a " + type.display() + " is not translated");
    }

    /**
     * An item of a tuple of mixed types: the tuple is held as a list of the join of its element types
     * ({@code List<Object>} for {@code tuple[str, int]}), so the item is cast to the type of its position.
     */
    private Expression tupleItem(Expression item, TupleType tuple, PyType element) {
        if (element.isUnknown() || !tuple.heldElement().isUnknown()) {
            return item;
        }
        Optional<dev.nbmigrate.converter.types.JavaTypeRef> boxed = dev.nbmigrate.converter.types.JavaTypes.boxedDeclaration(element);
        if (boxed.isEmpty()) {
            return item;
        }
        boxed.get().imports().forEach(context.imports()::use);
        return new com.github.javaparser.ast.expr.EnclosedExpr(new com.github.javaparser.ast.expr.CastExpr(
                new com.github.javaparser.ast.type.ClassOrInterfaceType(null, boxed.get().text()), item));
    }

    /**
     * {@code xs[i]}, {@code s[i]} and their slices: a non-negative int literal index of a list is {@code get(i)}; a
     * negative or computed index and every slice go through the runtime's {@code PySequences}, which counts from the
     * end and clamps slice bounds as Python does.
     */
    private TExpr sequenceItem(TExpr value, PyType type, PyExpr.Subscript subscript) {
        String sequences = context.imports().use("dev.nbmigrate.runtime.interop.PySequences");
        if (subscript.slice() instanceof PyExpr.Slice slice) {
            NodeList<Expression> args = new NodeList<>(value.java(), sliceBound(slice.lower()), sliceBound(slice.upper()));
            if (slice.step() != null) {
                args.add(sliceBound(slice.step()));
            }
            return TExpr.of(new MethodCallExpr(new NameExpr(sequences), "slice", args), type);
        }
        TExpr index = translate(subscript.slice());
        if (PyTypes.strip(index.type()) != ScalarType.INT) {
            throw new Untranslatable(Code.NBM236, subscript.span(), "subscripting a " + type.display() + " with a "
                    + index.type().display() + " is not translated");
        }
        PyType element = type instanceof ListType list ? list.element() : ScalarType.STR;
        if (type instanceof ListType && index.java() instanceof IntegerLiteralExpr literal
                && !literal.getValue().startsWith("-")) {
            return TExpr.of(new MethodCallExpr(enclosed(value.java()), "get", new NodeList<>(index.java())), element);
        }
        return TExpr.of(new MethodCallExpr(new NameExpr(sequences), "item", new NodeList<>(value.java(), index.java())),
                element);
    }

    /** A slice bound as the {@code Long} the runtime takes: {@code null} when omitted, {@code 1L} for a literal. */
    private Expression sliceBound(PyExpr bound) {
        if (bound == null || bound instanceof PyExpr.NoneLit) {
            return new com.github.javaparser.ast.expr.NullLiteralExpr();
        }
        TExpr value = translate(bound);
        if (PyTypes.strip(value.type()) != ScalarType.INT) {
            throw new Untranslatable(Code.NBM236, bound.span(), "a slice bound of type " + value.type().display()
                    + " is not translated");
        }
        Expression boxed = DriverPython.boxed(value);
        return boxed instanceof com.github.javaparser.ast.expr.LongLiteralExpr
                || boxed instanceof com.github.javaparser.ast.expr.UnaryExpr unary
                        && unary.getExpression() instanceof com.github.javaparser.ast.expr.LongLiteralExpr
                ? boxed : new CastExpr(com.github.javaparser.ast.type.PrimitiveType.longType(), enclosed(value.java()));
    }

    // ---- functions and strings

    /**
     * A lambda as a Java lambda; with {@code parameterType} (e.g. Column for higher-order functions) its parameters
     * get that type, else the lambda's parameters are Unknown.
     */
    public TExpr lambda(PyExpr.Lambda lambda, PyType parameterType) {
        Scope inner = scope.child();
        NodeList<Parameter> parameters = new NodeList<>();
        for (var arg : lambda.args().args()) {
            Scope.Symbol symbol = inner.parameter(arg.name(), "Column",
                    parameterType == null ? SparkObject.COLUMN : parameterType);
            parameters.add(new Parameter(new UnknownType(), symbol.javaName()));
        }
        TExpr body = new ExprTranslator(context, inner).translate(lambda.body());
        Expression java = body.java();
        if (isColumn(body) || parameterType == SparkObject.COLUMN) {
            java = new ExprTranslator(context, inner).asColumn(body);
        }
        LambdaExpr lambdaExpr = new LambdaExpr(parameters, java);
        lambdaExpr.setEnclosingParameters(parameters.size() != 1);
        return TExpr.of(lambdaExpr, new FunctionType(parameters.size(), FunctionKind.LAMBDA, body.type()));
    }

    private TExpr fString(PyExpr.FString fString) {
        Expression java = null;
        for (FStringPart part : fString.parts()) {
            Expression piece;
            if (part instanceof FStringPart.Literal literal) {
                piece = new StringLiteralExpr().setString(literal.text());
            } else {
                FStringPart.Formatted formatted = (FStringPart.Formatted) part;
                piece = driver.strings().fStringField(translate(formatted.value()), formatted, fString.span());
            }
            java = java == null ? piece : new BinaryExpr(java, piece, BinaryExpr.Operator.PLUS);
        }
        return TExpr.of(java == null ? new StringLiteralExpr("") : java, ScalarType.STR);
    }

    /** Wraps an expression in parentheses when it is a binary or conditional expression (for method calls on it). */
    static Expression enclosed(Expression java) {
        return java instanceof BinaryExpr || java instanceof ConditionalExpr || java instanceof CastExpr
                ? new EnclosedExpr(java) : java;
    }
}
