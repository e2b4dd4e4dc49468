package dev.nbmigrate.converter.api;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.types.ClassObjectType;
import dev.nbmigrate.converter.types.JavaObjectType;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.MlType;
import dev.nbmigrate.converter.types.ModuleType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.TupleType;
import dev.nbmigrate.converter.types.UnknownType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans PySpark calls: classifies the member ({@link ApiCatalog#classify}), binds positional and keyword
 * arguments to the PySpark parameters, applies the argument-level part of the member's rule (spreading a single
 * list for list-or-varargs, literal tags, wrapping for scalar-or-list), resolves the Java overload
 * ({@link OverloadResolver}) and collects the diagnostics the call needs.
 *
 * <p>The translator calls {@link #plan(PyType, String, List, Map)} for {@code receiver.member(args)} (a module or
 * class object as receiver for {@code F.col(...)} and {@code Window.partitionBy(...)}),
 * {@link #planConstruction} for a call of a class ({@code StructField(...)}, {@code VectorAssembler(...)}), and
 * {@link #planAttribute} for an attribute read ({@code df.write}, {@code Window.unboundedPreceding}).
 */
public final class CallPlanner {

    private static final Set<TranslationRule> SPREADING = Set.of(TranslationRule.LIST_OR_VARARGS,
            TranslationRule.ORDER_ASCENDING);

    private final ApiCatalog catalog;

    public CallPlanner(ApiCatalog catalog) {
        this.catalog = catalog;
    }

    /** Plans {@code receiver.member(positional..., keyword=...)}. */
    public CallPlan plan(PyType receiver, String member, List<Arg> positional, Map<String, Arg> keywords) {
        Optional<String> owner = catalog.ownerOf(receiver);
        if (owner.isEmpty()) {
            ApiSupport unknown = catalog.classify("?" + receiver.display(), member);
            return new CallPlan(unknown, Optional.empty(), List.of(), Optional.empty(), List.of(),
                    List.of(new CallPlan.Issue(Code.NBM201, "no PySpark API member " + member + " on a value of type "
                            + receiver.display())));
        }
        ApiSupport support = catalog.classify(owner.get(), member);
        boolean staticAccess = receiver instanceof ClassObjectType || receiver instanceof ModuleType;
        return plan(support, receiver, staticAccess, positional, keywords);
    }

    /** Plans a call of the class {@code cls}: {@code StructField("a", StringType())}, {@code Row(a=1)}. */
    public CallPlan planConstruction(ClassObjectType cls, List<Arg> positional, Map<String, Arg> keywords) {
        String qualname = cls.qualname();
        int dot = qualname.lastIndexOf('.');
        ApiSupport support = dot < 0 ? catalog.classify("?", qualname)
                : catalog.classify(qualname.substring(0, dot), qualname.substring(dot + 1));
        return plan(support, cls, true, positional, keywords);
    }

    /** Plans reading the attribute {@code member} of {@code receiver} (a property or constant). */
    public CallPlan planAttribute(PyType receiver, String member) {
        return plan(receiver, member, List.of(), Map.of());
    }

    private CallPlan plan(ApiSupport support, PyType receiver, boolean staticAccess, List<Arg> positional,
            Map<String, Arg> keywords) {
        List<CallPlan.Issue> issues = new ArrayList<>();
        String name = support.qualifiedName();
        if (support.status() == SupportStatus.UNSUPPORTED) {
            issues.add(new CallPlan.Issue(support.code().orElse(Code.NBM201), name + " is not supported"
                    + (support.note().isEmpty() ? "" : ": " + support.note())));
            return new CallPlan(support, Optional.empty(), List.of(), Optional.empty(), List.of(), issues);
        }
        support.code().ifPresent(code -> issues.add(new CallPlan.Issue(code, name
                + (support.note().isEmpty() ? "" : ": " + support.note()))));
        Optional<TranslationRule> rule = support.rule();
        if (rule.isPresent() && rule.get() == TranslationRule.ML_SETTERS) {
            return planMl(support, positional, keywords, issues);
        }
        if (rule.isPresent() && rule.get() == TranslationRule.ML_SET_PARAMS) {
            return planSetParams(support, receiver, positional, keywords, issues);
        }
        if (rule.isPresent() && rule.get() == TranslationRule.SAMPLE_ARGS) {
            // Java's overloads take the arguments PySpark shifts by type: bind them in Java's order, unnamed.
            positional = SampleArguments.javaOrder(positional, keywords);
            keywords = Map.of();
        }
        List<Arg> given = positional;
        Map<String, Arg> named = keywords;
        Optional<Binding> binding = rule.isPresent() && rule.get() == TranslationRule.SAMPLE_ARGS ? Optional.empty()
                : support.params().map(p -> p.bind(given, named));
        List<Binding.BoundArg> bound;
        if (binding.isPresent()) {
            binding.get().problems().forEach(p -> issues.add(new CallPlan.Issue(Code.NBM213, name + ": " + p)));
            binding.get().givenWithTag(ParamTag.IGNORED).forEach(e -> issues.add(new CallPlan.Issue(Code.NBM215,
                    name + ": argument " + e.getKey() + " has no Java counterpart and is dropped")));
            bound = binding.get().javaArgs(0);
        } else {
            if (!keywords.isEmpty()) {
                issues.add(new CallPlan.Issue(Code.NBM213, name + ": keyword arguments "
                        + String.join(", ", keywords.keySet()) + " are not known for this member"));
            }
            bound = positional.stream().map(a -> new Binding.BoundArg(a, null, false)).toList();
        }
        Optional<JavaTarget> target = support.target();
        if (target.isEmpty() || rule.map(TranslationRule::takesOverCall).orElse(false)) {
            return new CallPlan(support, binding, bound, Optional.empty(), List.of(), issues);
        }
        Optional<Class<?>> cls = catalog.resolver().load(target.get().javaClass());
        if (cls.isEmpty()) {
            issues.add(new CallPlan.Issue(Code.NBM214, name + ": Java class " + target.get().javaClass()
                    + " is not available in Spark " + catalog.sparkVersion()));
            return new CallPlan(support, binding, bound, Optional.empty(), List.of(), issues);
        }
        if (rule.orElse(null) == TranslationRule.SORT_FUNCTION && bound.size() == 1
                && PyTypes.strip(bound.get(0).arg().type()) == SparkObject.COLUMN) {
            return sortFunctionOnColumn(support, binding, bound, issues);
        }
        Resolution resolution = null;
        List<Binding.BoundArg> javaArgs = bound;
        int extra = 0;
        do {
            javaArgs = javaArgs(support, receiver, binding, extra, bound);
            resolution = resolve(target.get(), cls.get(), receiver, staticAccess, support, javaArgs);
            extra++;
        } while (!resolution.found() && binding.isPresent() && extra <= binding.get().params().params().size()
                && binding.get().javaArgs(extra).size() > binding.get().javaArgs(extra - 1).size());
        if (!resolution.found()) {
            javaArgs = javaArgs(support, receiver, binding, 0, bound);
            resolution = resolve(target.get(), cls.get(), receiver, staticAccess, support, javaArgs);
        }
        if (resolution instanceof Resolution.NoOverload none) {
            issues.add(new CallPlan.Issue(Code.NBM211, name + ": " + none.message()));
        } else if (resolution instanceof Resolution.Resolved resolved && resolved.guessed()) {
            issues.add(new CallPlan.Issue(Code.NBM212, name + ": " + resolved.signature()
                    + " chosen although some argument types are unknown"));
        }
        return new CallPlan(support, binding, javaArgs, Optional.of(resolution), List.of(), issues);
    }

    /** The Java argument list: receiver first when it becomes an argument, a single list spread when the rule says. */
    private List<Binding.BoundArg> javaArgs(ApiSupport support, PyType receiver, Optional<Binding> binding, int extra,
            List<Binding.BoundArg> unbound) {
        List<Binding.BoundArg> args = new ArrayList<>();
        JavaTarget target = support.target().orElseThrow();
        if (target.receiverAsFirstArg()) {
            args.add(new Binding.BoundArg(Arg.of(receiver), null, false));
        }
        if (support.rule().orElse(null) == TranslationRule.CALL_FUNCTION_BY_NAME) {
            args.add(new Binding.BoundArg(Arg.strLiteral(support.member()), null, false));
        }
        List<Binding.BoundArg> own = binding.map(b -> b.javaArgs(extra)).orElse(unbound);
        boolean spread = support.rule().map(SPREADING::contains).orElse(false)
                && binding.map(b -> b.varargs().size() == 1 && isSequence(b.varargs().get(0))).orElse(false);
        boolean reflectedOperator = support.rule().orElse(null) == TranslationRule.REFLECTED_OPERATOR;
        for (Binding.BoundArg b : own) {
            if (spread && b.param() != null && b.param().kind() == PyParam.Kind.VAR_POSITIONAL) {
                Arg list = b.arg();
                if (list.isSequenceLiteral()) {
                    list.elements().forEach(e -> args.add(new Binding.BoundArg(e, b.param(), false)));
                } else {
                    args.add(new Binding.BoundArg(list.asStarred(), b.param(), false));
                }
            } else {
                args.add(b);
            }
        }
        if (reflectedOperator && target.form() == JavaTarget.Form.STATIC_METHOD && args.size() == 2) {
            // pow(other, self): the literal on the left goes first.
            return List.of(args.get(1), args.get(0));
        }
        return args;
    }

    private static boolean isSequence(Arg arg) {
        PyType t = PyTypes.strip(arg.type());
        return !arg.starred() && (t instanceof ListType || t instanceof TupleType);
    }

    private Resolution resolve(JavaTarget target, Class<?> cls, PyType receiver, boolean staticAccess,
            ApiSupport support, List<Binding.BoundArg> javaArgs) {
        List<Arg> args = javaArgs.stream().map(Binding.BoundArg::arg).toList();
        Set<Integer> literal = new HashSet<>();
        for (int i = 0; i < javaArgs.size(); i++) {
            PyParam p = javaArgs.get(i).param();
            if (p != null && p.tag() == ParamTag.LIT) {
                literal.add(i);
            }
        }
        TranslationRule rule = support.rule().orElse(null);
        OverloadResolver.Options options = new OverloadResolver.Options(rule == TranslationRule.SCALAR_OR_LIST,
                rule == TranslationRule.LIT_LIST_TO_ARRAY, literal);
        OverloadResolver resolver = catalog.resolver();
        switch (target.form()) {
            case STATIC_FIELD:
                try {
                    java.lang.reflect.Field field = cls.getField(target.name());
                    PyType type = support.returns().orElse(UnknownType.UNKNOWN);
                    return new Resolution.FieldRead(field, type);
                } catch (NoSuchFieldException e) {
                    return new Resolution.NoOverload("no public field " + cls.getSimpleName() + "." + target.name(),
                            List.of());
                }
            case CONSTRUCTOR:
                return resolver.resolveConstructor(cls, args, options);
            case STATIC_METHOD:
                return resolver.resolveMethod(cls, target.name(), true, UnknownType.UNKNOWN, args, options);
            case METHOD:
            default:
                PyType receiverType = target.accessors().isEmpty() ? receiver : UnknownType.UNKNOWN;
                boolean isStatic = staticAccess && !(receiver instanceof SparkObject);
                Resolution r = resolver.resolveMethod(cls, target.name(), isStatic, receiverType, args, options);
                if (!r.found() && isStatic) {
                    return resolver.resolveMethod(cls, target.name(), false, receiverType, args, options);
                }
                return r;
        }
    }

    /** {@code F.desc(c)} with a Column: {@code c.desc()}; the Column is the receiver, not an argument. */
    private CallPlan sortFunctionOnColumn(ApiSupport support, Optional<Binding> binding, List<Binding.BoundArg> bound,
            List<CallPlan.Issue> issues) {
        Optional<Class<?>> column = catalog.resolver().load(SparkObject.COLUMN.javaClass());
        Resolution r = catalog.resolver().resolveMethod(column.orElseThrow(), support.member(), false,
                SparkObject.COLUMN, List.of(), OverloadResolver.Options.DEFAULT);
        if (r instanceof Resolution.NoOverload none) {
            issues.add(new CallPlan.Issue(Code.NBM211, support.qualifiedName() + ": " + none.message()));
        }
        return new CallPlan(support, binding, bound, Optional.of(r), List.of(), issues);
    }

    /** {@code VectorAssembler(inputCols=[...], outputCol="f")}: {@code new VectorAssembler()} then one setter per keyword. */
    private CallPlan planMl(ApiSupport support, List<Arg> positional, Map<String, Arg> keywords,
            List<CallPlan.Issue> issues) {
        String name = support.qualifiedName();
        JavaTarget target = support.target().orElseThrow();
        Optional<Class<?>> cls = catalog.resolver().load(target.javaClass());
        if (cls.isEmpty()) {
            issues.add(new CallPlan.Issue(Code.NBM214, name + ": Java class " + target.javaClass() + " is missing"));
            return new CallPlan(support, Optional.empty(), List.of(), Optional.empty(), List.of(), issues);
        }
        if (!positional.isEmpty()) {
            issues.add(new CallPlan.Issue(Code.NBM213, name + ": ML classes take keyword arguments only, "
                    + positional.size() + " positional given"));
        }
        Resolution constructor = catalog.resolver().resolveConstructor(cls.get(), List.of(),
                OverloadResolver.Options.DEFAULT);
        if (constructor instanceof Resolution.NoOverload none) {
            issues.add(new CallPlan.Issue(Code.NBM211, name + ": " + none.message()));
        }
        List<CallPlan.Setter> setters = setters(name, cls.get(), keywords, issues);
        return new CallPlan(support, Optional.empty(), List.of(), Optional.of(constructor), setters, issues);
    }

    /** {@code stage.setParams(inputCol="a", outputCol="b")}: the setters chained on the stage itself. */
    private CallPlan planSetParams(ApiSupport support, PyType receiver, List<Arg> positional,
            Map<String, Arg> keywords, List<CallPlan.Issue> issues) {
        String name = support.qualifiedName();
        Optional<Class<?>> cls = javaClassOf(receiver).flatMap(c -> catalog.resolver().load(c));
        if (cls.isEmpty()) {
            issues.add(new CallPlan.Issue(Code.NBM201, name + ": the Java class of " + receiver.display()
                    + " is not known"));
            return new CallPlan(support, Optional.empty(), List.of(), Optional.empty(), List.of(), issues);
        }
        if (!positional.isEmpty()) {
            issues.add(new CallPlan.Issue(Code.NBM213, name + ": setParams takes keyword arguments only, "
                    + positional.size() + " positional given"));
        }
        List<CallPlan.Setter> setters = setters(name, cls.get(), keywords, issues);
        return new CallPlan(support, Optional.empty(), List.of(), Optional.empty(), setters, issues);
    }

    private static Optional<String> javaClassOf(PyType receiver) {
        PyType type = PyTypes.strip(receiver);
        if (type instanceof MlType ml) {
            return Optional.of(ml.javaClass());
        }
        if (type instanceof JavaObjectType java) {
            return Optional.of(java.javaClass());
        }
        return Optional.empty();
    }

    /**
     * One resolved {@code setK(v)} per keyword {@code k=v} of an ML class, in call order; a keyword given
     * {@code None} is left out (the param keeps its default).
     */
    private List<CallPlan.Setter> setters(String name, Class<?> cls, Map<String, Arg> keywords,
            List<CallPlan.Issue> issues) {
        PyType self = JavaToPy.plain(cls);
        List<CallPlan.Setter> setters = new ArrayList<>();
        for (Map.Entry<String, Arg> kw : keywords.entrySet()) {
            String setter = "set" + kw.getKey().substring(0, 1).toUpperCase(Locale.ROOT) + kw.getKey().substring(1);
            boolean exists = !catalog.resolver().methods(cls, setter, false).isEmpty();
            if (kw.getValue().literal() && kw.getValue().type() == ScalarType.NONE) {
                if (exists) {
                    issues.add(new CallPlan.Issue(Code.NBM240, name + ": " + kw.getKey()
                            + "=None keeps the default of " + cls.getSimpleName()));
                    continue;
                }
            }
            Resolution r = catalog.resolver().resolveMethod(cls, setter, false, self, List.of(kw.getValue()),
                    OverloadResolver.Options.DEFAULT);
            if (r instanceof Resolution.NoOverload none) {
                issues.add(new CallPlan.Issue(exists ? Code.NBM211 : Code.NBM213, name + ": "
                        + (exists ? none.message() : "no parameter " + kw.getKey() + " (no Java " + setter + ")")));
            }
            setters.add(new CallPlan.Setter(kw.getKey(), setter, kw.getValue(), r));
        }
        return setters;
    }
}
