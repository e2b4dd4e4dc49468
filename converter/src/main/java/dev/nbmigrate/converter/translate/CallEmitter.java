package dev.nbmigrate.converter.translate;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.ArrayCreationLevel;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import dev.nbmigrate.converter.api.Arg;
import dev.nbmigrate.converter.api.ArgConversion;
import dev.nbmigrate.converter.api.Binding;
import dev.nbmigrate.converter.api.CallPlan;
import dev.nbmigrate.converter.api.JavaTarget;
import dev.nbmigrate.converter.api.Resolution;
import dev.nbmigrate.converter.api.TranslationRule;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.parse.Span;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SparkObject;

/**
 * Writes the Java call a {@link CallPlan} describes: the receiver (or the static class), accessor calls, the
 * member, and each argument converted as the overload resolver said ({@code col(...)}, {@code lit(...)}, arrays,
 * Scala {@code Seq}s, maps). Issues of the plan become diagnostics; an untranslatable plan throws.
 */
final class CallEmitter {

    private static final String FUNCTIONS = "org.apache.spark.sql.functions";
    private static final String PY_LITERALS = "dev.nbmigrate.runtime.interop.PyLiterals";
    private static final String SCALA = "dev.nbmigrate.runtime.interop.Scala";
    private static final String VARARGS = "dev.nbmigrate.runtime.interop.Varargs";

    private static final Class<?> DATASET = org.apache.spark.sql.Dataset.class;

    private final TranslationContext context;
    private final MlEmitter ml;

    CallEmitter(TranslationContext context) {
        this.context = context;
        this.ml = new MlEmitter(context, this);
    }

    TExpr emit(CallPlan plan, TExpr receiver, List<TExpr> positional, Map<String, TExpr> keywords, Span span) {
        for (CallPlan.Issue issue : plan.issues()) {
            if (issue.code().severity() == Severity.ERROR) {
                throw new Untranslatable(issue.code(), span, issue.message());
            }
            context.report(issue.code(), span, issue.message());
        }
        if (!plan.translatable()) {
            throw new Untranslatable(plan.support().code().orElse(Code.NBM201), span,
                    plan.support().qualifiedName() + " is not supported");
        }
        if (MlEmitter.handles(plan)) {
            return ml.emit(plan, receiver, positional, keywords, span);
        }
        Map<Arg, TExpr> byArg = new IdentityHashMap<>();
        positional.forEach(t -> index(t, byArg));
        keywords.values().forEach(t -> index(t, byArg));
        if (receiver != null) {
            index(receiver, byArg);
        }
        if (optionsOnly(plan, receiver, positional)) {
            // reader.options(sep=",", header=True): each keyword is an .option(key, value) call on the same reader
            return TExpr.of(taggedCalls(plan, ExprTranslator.enclosed(receiver.java()), byArg), receiver.type());
        }
        if (plan.resolution().isEmpty() || plan.support().target().isEmpty()) {
            throw new Untranslatable(Code.NBM235, span, plan.support().qualifiedName()
                    + plan.support().rule().map(r -> " (rule " + r.id() + ")").orElse("") + " is not translated yet",
                    dev.nbmigrate.converter.diag.Subject.api(plan.support().qualifiedName()));
        }
        Resolution resolution = plan.resolution().get();
        JavaTarget target = plan.support().target().get();
        Expression call;
        if (resolution instanceof Resolution.FieldRead field) {
            call = staticOwner(field.field().getDeclaringClass().getName(), field.field().getName());
            return TExpr.of(call, plan.resultType());
        }
        Resolution.Resolved resolved = (Resolution.Resolved) resolution;
        List<Binding.BoundArg> javaArgs = plan.javaArgs();
        List<ArgConversion> conversions = resolved.conversions();
        if (receiver == null && resolved.member() instanceof Method method
                && !java.lang.reflect.Modifier.isStatic(method.getModifiers())
                && javaArgs.size() == conversions.size() + 1) {
            // A module function that Java has as a method of its first argument: F.desc(c) is c.desc().
            TExpr first = byArg.get(javaArgs.get(0).arg());
            if (first == null) {
                throw new Untranslatable(Code.NBM237, span, plan.support().qualifiedName() + " needs a receiver");
            }
            receiver = first;
            javaArgs = javaArgs.subList(1, javaArgs.size());
            target = new JavaTarget(target.javaClass(), target.ownerClass(), List.of(), resolved.member().getName(),
                    JavaTarget.Form.METHOD, false);
        }
        // The receiver of a static call made on it ({@code ~c} is {@code not(c)}) may or may not be among javaArgs.
        ArgConversion last = conversions.isEmpty() ? null : conversions.get(conversions.size() - 1);
        // Scala varargs (f(a, b) for f(Seq)): the last Seq takes the remaining arguments.
        int gathered = last != null && last.conversion() == dev.nbmigrate.converter.api.Conversion.SEQ
                && last.elements().size() > 1 && javaArgs.size() - last.elements().size() == conversions.size() - 1
                ? last.elements().size() : 0;
        int offset = conversions.size() - javaArgs.size() + (gathered > 0 ? gathered - 1 : 0);
        NodeList<Expression> args = new NodeList<>();
        int firstArg = 0;
        if (target.receiverAsFirstArg() && receiver != null) {
            args.add(convert(receiver, conversions.get(0)));
            firstArg = offset == 1 ? 0 : 1;
            offset = Math.max(offset, 0);
        }
        for (int i = firstArg; i < javaArgs.size(); i++) {
            Binding.BoundArg bound = javaArgs.get(i);
            int c = i + offset;
            if (c < 0 || c >= conversions.size()) {
                throw new Untranslatable(Code.NBM237, span, plan.support().qualifiedName()
                        + ": the arguments do not line up with " + resolved.signature());
            }
            ArgConversion conversion = conversions.get(c);
            if (gathered > 0 && c == conversions.size() - 1) {
                NodeList<Expression> items = new NodeList<>();
                for (int e = i; e < javaArgs.size(); e++) {
                    items.add(convert(byArg.get(javaArgs.get(e).arg()), conversion.elements().get(e - i)));
                }
                args.add(new MethodCallExpr(new NameExpr(context.imports().use(SCALA)), "seq", items));
                break;
            }
            TExpr value = byArg.get(bound.arg());
            if (value == null && bound.arg().starred()) {
                // a list spread into varargs (select([...comprehension...])): the planner's starred copy of it
                value = positional.stream().filter(t -> !t.arg().starred() && t.arg().asStarred().equals(bound.arg()))
                        .findFirst().orElse(null);
            }
            if (value == null) {
                value = defaultValue(bound.arg());
            }
            if (conversion.conversion() == dev.nbmigrate.converter.api.Conversion.VARARGS && !value.elements().isEmpty()) {
                for (int e = 0; e < value.elements().size(); e++) {
                    ArgConversion each = e < conversion.elements().size() ? conversion.elements().get(e)
                            : conversion.each().orElse(ArgConversion.of(dev.nbmigrate.converter.api.Conversion.NONE, conversion.target()));
                    args.add(convert(value.elements().get(e), each));
                }
            } else {
                args.add(convert(value, conversion));
            }
        }
        call = switch (target.form()) {
            case CONSTRUCTOR -> new ObjectCreationExpr(null, new ClassOrInterfaceType(null,
                    context.imports().use(outerClass(resolved.owner().getName()))), args);
            case STATIC_METHOD -> staticCall(resolved.owner().getName(), target.name(), args);
            case STATIC_FIELD -> staticOwner(resolved.owner().getName(), target.name());
            case METHOD -> {
                if (receiver == null) {
                    throw new Untranslatable(Code.NBM237, span, plan.support().qualifiedName() + " needs a receiver");
                }
                Expression scope = ExprTranslator.enclosed(receiver.java());
                for (String accessor : target.accessors()) {
                    scope = new MethodCallExpr(scope, accessor);
                }
                yield new MethodCallExpr(taggedCalls(plan, scope, byArg), target.name(), args);
            }
        };
        PyType type = plan.resultType();
        if (resolved.member() instanceof Method method && DATASET.isAssignableFrom(method.getReturnType())) {
            type = SparkObject.DATAFRAME;
        }
        call = adaptResult(call, plan, resolved, type);
        return TExpr.of(call, ml.refine(plan, receiver, positional, type));
    }

    /**
     * The receiver with the calls that keyword arguments of reader and writer methods stand for:
     * {@code csv(p, header=True, schema=s)} is {@code .schema(s).option("header", true).csv(p)}; {@code mode=},
     * {@code partitionBy=} and {@code format=} become their own calls; {@code insertInto(t, overwrite=True)} is
     * {@code .mode("overwrite").insertInto(t)}. A keyword given as {@code None} stands for the default and is left out.
     */
    private static Expression taggedCalls(CallPlan plan, Expression scope, Map<Arg, TExpr> byArg) {
        if (plan.binding().isEmpty()) {
            return scope;
        }
        Binding binding = plan.binding().get();
        Expression result = scope;
        for (Map.Entry<String, Arg> call : binding.givenWithTag(dev.nbmigrate.converter.api.ParamTag.CALL)) {
            TExpr value = byArg.get(call.getValue());
            if (value == null || isNone(value)) {
                continue;
            }
            if (call.getKey().equals("overwrite")) {
                boolean overwrite = value.constant().map(c -> c instanceof dev.nbmigrate.converter.translate.data.PyValue.Bool b
                        && b.value()).orElse(false);
                if (overwrite) {
                    result = new MethodCallExpr(result, "mode", new NodeList<>(new StringLiteralExpr("overwrite")));
                }
                continue;
            }
            NodeList<Expression> args = new NodeList<>();
            if (!value.elements().isEmpty()) {
                value.elements().forEach(e -> args.add(e.java()));
            } else {
                args.add(value.java());
            }
            result = new MethodCallExpr(result, call.getKey(), args);
        }
        List<Map.Entry<String, Arg>> options = new java.util.ArrayList<>(
                binding.givenWithTag(dev.nbmigrate.converter.api.ParamTag.OPTION));
        options.addAll(binding.extraKeywords().entrySet());
        for (Map.Entry<String, Arg> option : options) {
            TExpr value = byArg.get(option.getValue());
            if (value == null || isNone(value)) {
                continue;
            }
            result = new MethodCallExpr(result, "option", new NodeList<>(new StringLiteralExpr(option.getKey()),
                    value.java()));
        }
        return result;
    }

    /**
     * {@code options(**kw)} of a reader or writer, with keywords only: the rule's calls alone make it (the member
     * has no Java target of its own, as Java's {@code options(Map)} would need the values as strings).
     */
    private static boolean optionsOnly(CallPlan plan, TExpr receiver, List<TExpr> positional) {
        return receiver != null && positional.isEmpty() && plan.support().target().isEmpty()
                && plan.binding().isPresent() && plan.support().qualifiedName().endsWith(".options")
                && plan.support().rule().filter(r -> r == TranslationRule.READER_OPTIONS
                        || r == TranslationRule.WRITER_OPTIONS).isPresent();
    }

    private static boolean isNone(TExpr value) {
        return value.constant().map(c -> c instanceof dev.nbmigrate.converter.translate.data.PyValue.None).orElse(false);
    }

    private static void index(TExpr value, Map<Arg, TExpr> byArg) {
        byArg.put(value.arg(), value);
        value.elements().forEach(e -> index(e, byArg));
    }

    /** Results whose Java form differs from PySpark's: arrays to lists, typed Datasets to DataFrames. */
    private Expression adaptResult(Expression call, CallPlan plan, Resolution.Resolved resolved, PyType type) {
        TranslationRule rule = plan.support().rule().orElse(null);
        if (rule == TranslationRule.ARRAY_TO_LIST) {
            if (resolved.member() instanceof Method method && method.getReturnType() == Object.class
                    && type instanceof dev.nbmigrate.converter.types.ListType list
                    && dev.nbmigrate.converter.types.PyTypes.strip(list.element()) == SparkObject.ROW) {
                // Dataset<Row>.tail returns T[], erased to Object in Java: the rows are a Row[].
                call = new CastExpr(StaticJavaParser.parseType(context.imports().use("org.apache.spark.sql.Row") + "[]"), call);
            }
            if (resolved.member() instanceof Method method && method.getReturnType().isArray()
                    && method.getReturnType().getComponentType() == scala.Tuple2.class) {
                // dtypes(): Python's (name, simpleString) tuples, as two-element lists; Java's Tuple2s hold
                // DataType.toString() ("DoubleType" where Python says "double").
                return new MethodCallExpr(new NameExpr(context.imports().use("dev.nbmigrate.runtime.interop.Frames")),
                        "dtypes", new NodeList<>(((MethodCallExpr) call).getScope().orElseThrow()));
            }
            return new MethodCallExpr(new NameExpr(context.imports().use("java.util.Arrays")), "asList", new NodeList<>(call));
        }
        if (rule == TranslationRule.DATASET_TO_LIST) {
            return new MethodCallExpr(call, "collectAsList");
        }
        if (type == SparkObject.DATAFRAME && resolved.member() instanceof Method method && !returnsRows(method)) {
            return new MethodCallExpr(call, "toDF");
        }
        return ml.arrayAsList(call, resolved).orElse(call);
    }

    private static boolean returnsRows(Method method) {
        Type returned = method.getGenericReturnType();
        if (returned instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1) {
            Type element = parameterized.getActualTypeArguments()[0];
            return !(element instanceof Class<?> cls) || cls.getName().equals("org.apache.spark.sql.Row");
        }
        return true;
    }

    private Expression staticCall(String owner, String name, NodeList<Expression> args) {
        if (owner.equals(FUNCTIONS)) {
            context.imports().useStatic(FUNCTIONS + ".*");
            return new MethodCallExpr(null, name, args);
        }
        return new MethodCallExpr(new NameExpr(context.imports().use(outerClass(owner))), name, args);
    }

    private Expression staticOwner(String owner, String name) {
        return new FieldAccessExpr(new NameExpr(context.imports().use(outerClass(owner))), name);
    }

    private static String outerClass(String binaryName) {
        return binaryName.replace('$', '.');
    }

    /** A parameter default the planner filled in: a Python literal value as Java. */
    private static TExpr defaultValue(Arg arg) {
        Object value = arg.value();
        Expression literal;
        if (value == null) {
            literal = new NullLiteralExpr();
        } else if (value instanceof Long number) {
            literal = number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE
                    ? new IntegerLiteralExpr(number.toString()) : new LongLiteralExpr(number + "L");
        } else if (value instanceof Double number) {
            literal = ExprTranslator.doubleLiteral(number);
        } else if (value instanceof Boolean bool) {
            literal = new BooleanLiteralExpr(bool);
        } else {
            literal = new StringLiteralExpr().setString(value.toString());
        }
        return new TExpr(literal, arg.type(), arg, java.util.Optional.empty(), List.of());
    }

    /** One argument as the chosen Java parameter takes it. */
    Expression convert(TExpr value, ArgConversion conversion) {
        String target = conversion.target();
        java.util.Optional<Expression> options = OptionMaps.convert(value, conversion, context.imports());
        if (options.isPresent()) {
            return options.get();
        }
        return switch (conversion.conversion()) {
            case NONE, WIDEN, OBJECT, LAMBDA -> value.java();
            case NARROW, UNCHECKED -> target.equals("List")
                    ? checkedList(value) : target.endsWith("[]")
                    && dev.nbmigrate.converter.types.PyTypes.strip(value.type()) instanceof dev.nbmigrate.converter.types.ListType
                    ? listToArray(value, componentType(target)) : new CastExpr(StaticJavaParser.parseType(simpleType(target)), ExprTranslator.enclosed(value.java()));
            case NULL -> new CastExpr(StaticJavaParser.parseType(simpleType(target)), new NullLiteralExpr());
            case COL -> functionsCall("col", value.java());
            case LIT -> functionsCall("lit", value.java());
            case LIT_ARRAY -> {
                NodeList<Expression> items = new NodeList<>();
                value.elements().forEach(e -> items.add(functionsCall("lit", e.java())));
                context.imports().useStatic(FUNCTIONS + ".*");
                yield new MethodCallExpr(null, "array", items);
            }
            case ARRAY, VARARGS -> array(value, conversion, componentType(target));
            case WRAP_ARRAY -> new ArrayCreationExpr(StaticJavaParser.parseType(simpleType(componentType(target))),
                    new NodeList<>(new ArrayCreationLevel()), new ArrayInitializerExpr(new NodeList<>(
                            conversion.elements().size() == 1 ? convert(value, conversion.elements().get(0)) : value.java())));
            case SEQ -> new MethodCallExpr(new NameExpr(context.imports().use(SCALA)), "seq",
                    value.elements().isEmpty() && !value.arg().literal() ? new NodeList<>(value.java())
                            : value.elements().isEmpty() && conversion.elements().size() == 1
                                    && !(value.type() instanceof dev.nbmigrate.converter.types.ListType)
                                    && !(value.type() instanceof dev.nbmigrate.converter.types.TupleType)
                                    // one scalar argument of Scala varargs: f("b") is f(Seq("b"))
                                    ? new NodeList<>(convert(value, conversion.elements().get(0)))
                                    : elements(value, conversion));
            case LIST -> value.arg().literal()
                    ? new MethodCallExpr(new NameExpr(context.imports().use(PY_LITERALS)), "list", elements(value, conversion))
                    : value.java();
            case MAP -> value.java();
            case PROPERTIES -> value.arg().literal()
                    ? new MethodCallExpr(new NameExpr(context.imports().use(PY_LITERALS)), "properties", elements(value, conversion))
                    : value.java();
            case SCALA_MAP -> new MethodCallExpr(new NameExpr(context.imports().use(SCALA)), "map", new NodeList<>(value.java()));
        };
    }

    /** The converted elements of a list or tuple literal. */
    private NodeList<Expression> elements(TExpr value, ArgConversion conversion) {
        NodeList<Expression> items = new NodeList<>();
        for (int i = 0; i < value.elements().size(); i++) {
            ArgConversion each = i < conversion.elements().size() ? conversion.elements().get(i)
                    : conversion.each().orElse(ArgConversion.of(dev.nbmigrate.converter.api.Conversion.NONE, ""));
            items.add(convert(value.elements().get(i), each));
        }
        return items;
    }

    /** How a stream of boxed numbers becomes the primitive array a Java parameter takes, by component type. */
    private static final java.util.Map<String, String> PRIMITIVE_STREAMS = java.util.Map.of(
            "double", "mapToDouble(Number::doubleValue)", "long", "mapToLong(Number::longValue)",
            "int", "mapToInt(Number::intValue)");

    private Expression array(TExpr value, ArgConversion conversion, String component) {
        if (value.arg().literal() || !value.elements().isEmpty()) {
            return new ArrayCreationExpr(StaticJavaParser.parseType(simpleType(component)),
                    new NodeList<>(new ArrayCreationLevel()), new ArrayInitializerExpr(elements(value, conversion)));
        }
        return listToArray(value, component);
    }

    /**
     * A list variable as a Java array of {@code component}: a list of names as Columns is
     * {@code Varargs.columns(names)} (a cast or {@code toArray} would fail), a list of numbers as a primitive array
     * is made by a stream ({@code splits.stream().mapToDouble(Number::doubleValue).toArray()}), else
     * {@code toArray(new C[0])}.
     */
    private Expression listToArray(TExpr value, String component) {
        PyType type = dev.nbmigrate.converter.types.PyTypes.strip(value.type());
        PyType element = type instanceof dev.nbmigrate.converter.types.ListType list
                ? dev.nbmigrate.converter.types.PyTypes.strip(list.element()) : null;
        if (element == ScalarType.STR && (component.equals("org.apache.spark.sql.Column") || component.equals("Column"))) {
            return new MethodCallExpr(new NameExpr(context.imports().use(VARARGS)), "columns",
                    new NodeList<>(value.java()));
        }
        String primitive = PRIMITIVE_STREAMS.get(component);
        if (primitive != null) {
            // toArray(new double[0]) does not exist: a list of boxed numbers becomes a primitive array by a stream
            return StaticJavaParser.parseExpression(ExprTranslator.enclosed(value.java()) + ".stream()."
                    + primitive + ".toArray()");
        }
        return new MethodCallExpr(ExprTranslator.enclosed(value.java()), "toArray", new NodeList<>(
                new ArrayCreationExpr(StaticJavaParser.parseType(simpleType(component)),
                        new NodeList<>(new ArrayCreationLevel(new IntegerLiteralExpr("0"))), null)));
    }

    private static String componentType(String target) {
        return target.endsWith("[]") ? target.substring(0, target.length() - 2) : target.replace("...", "");
    }

    /** The simple spelling of a Java type, importing what it names ({@code org.apache.spark.sql.Column} -> {@code Column}). */
    /**
     * A value given to a {@code List<T>} parameter it is not known to fit: a copy made from it as a
     * {@code Collection<?>}, a checked cast, where a cast to the raw {@code List} would be an unchecked conversion.
     */
    private Expression checkedList(TExpr value) {
        String list = context.imports().use("java.util.ArrayList");
        String collection = context.imports().use("java.util.Collection");
        return StaticJavaParser.parseExpression("new " + list + "<>((" + collection + "<?>) "
                + ExprTranslator.enclosed(value.java()) + ")");
    }

    private String simpleType(String type) {
        String base = type.replace("...", "");
        if (base.contains(".") && !base.contains("<")) {
            return context.imports().use(outerClass(base));
        }
        return base;
    }

    private Expression functionsCall(String name, Expression argument) {
        context.imports().useStatic(FUNCTIONS + ".*");
        return new MethodCallExpr(null, name, new NodeList<>(argument));
    }
}
