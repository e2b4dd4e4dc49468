package dev.nbmigrate.converter.api;

import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.FunctionType;
import dev.nbmigrate.converter.types.JavaObjectType;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.MlType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SetType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.SqlDataType;
import dev.nbmigrate.converter.types.TupleType;
import dev.nbmigrate.converter.types.UnknownType;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Chooses the Java overload a PySpark call becomes, by reflection on Spark's classes, and says per argument what
 * conversion it needs ({@link Conversion}).
 *
 * <p>Each candidate is tried in up to three forms: fixed arity; Java varargs with separate trailing arguments
 * (Scala {@code @varargs} bridges); and Scala varargs without a bridge, whose trailing arguments are packed into
 * a {@code Seq}. Candidates are ranked: exact matches first, then fewest conversions, then lowest conversion
 * cost, then the most specific parameter types, then fixed arity over varargs, then more {@code Column}
 * parameters (PySpark's ColumnOrName is a Column), then by signature text, so the choice is deterministic.
 *
 * <p>Thread-safe; candidates are cached per (class, name, static).
 */
public final class OverloadResolver {

    private static final String COLUMN = "org.apache.spark.sql.Column";

    private final ClassLoader loader;
    private final Map<String, List<Executable>> candidates = new ConcurrentHashMap<>();
    private final Map<String, Optional<Class<?>>> classes = new ConcurrentHashMap<>();
    private final Map<Class<?>, Map<String, List<Method>>> methodsByOwner = new ConcurrentHashMap<>();

    /**
     * Per-call options derived from the API table's rule and parameter tags.
     *
     * @param wrapScalar rule scalar-or-list: a single value may go to an array parameter
     * @param listLiteralAsArray rule lit-list-to-array: a list literal may go to an {@code Object} parameter as
     *     {@code array(lit(...))}
     * @param literalArgs argument positions whose str values are literals (parameters tagged {@code :lit})
     */
    public record Options(boolean wrapScalar, boolean listLiteralAsArray, Set<Integer> literalArgs) {

        /** No rule in force. */
        public static final Options DEFAULT = new Options(false, false, Set.of());

        public Options {
            literalArgs = Set.copyOf(literalArgs);
        }
    }

    public OverloadResolver(ClassLoader loader) {
        this.loader = loader;
    }

    /** A resolver over the classes visible to this class's loader (the converter's Spark). */
    public OverloadResolver() {
        this(OverloadResolver.class.getClassLoader());
    }

    /**
     * Resolves a method call.
     *
     * @param owner the receiver's Java class, or the class of a static method
     * @param name the Java method name
     * @param isStatic look among static methods (else instance methods)
     * @param receiverType the receiver's lattice type, to type generic results ({@code Dataset<T>}); for static
     *     calls {@link UnknownType#UNKNOWN}
     * @param args the call's arguments after keyword binding
     */
    public Resolution resolveMethod(Class<?> owner, String name, boolean isStatic, PyType receiverType, List<Arg> args,
            Options options) {
        List<Executable> found = methods(owner, name, isStatic);
        if (found.isEmpty()) {
            return new Resolution.NoOverload("no public " + (isStatic ? "static " : "") + "method "
                    + JavaSignatures.typeName(owner) + "." + name, List.of());
        }
        return choose(owner, found, args, options, receiverType,
                JavaSignatures.typeName(owner) + "." + name);
    }

    /** Resolves a constructor call {@code new owner(args)}. */
    public Resolution resolveConstructor(Class<?> owner, List<Arg> args, Options options) {
        List<Executable> found = List.of(owner.getConstructors());
        return choose(owner, found, args, options, UnknownType.UNKNOWN, "new " + JavaSignatures.typeName(owner));
    }

    /** The public methods called {@code name}, without bridges and synthetic methods, one per parameter list. */
    public List<Executable> methods(Class<?> owner, String name, boolean isStatic) {
        return candidates.computeIfAbsent(owner.getName() + "#" + name + "#" + isStatic, k -> {
            Map<String, Method> byParams = new LinkedHashMap<>();
            for (Method m : methodsByName(owner).getOrDefault(name, List.of())) {
                if (m.isBridge() || m.isSynthetic() || Modifier.isStatic(m.getModifiers()) != isStatic) {
                    continue;
                }
                String key = java.util.Arrays.toString(m.getParameterTypes());
                Method previous = byParams.get(key);
                if (previous == null || previous.getReturnType().isAssignableFrom(m.getReturnType())) {
                    byParams.put(key, m);
                }
            }
            return List.copyOf(byParams.values());
        });
    }

    /** The public methods of {@code owner} by name, each list in a stable order (by generic signature). */
    private Map<String, List<Method>> methodsByName(Class<?> owner) {
        return methodsByOwner.computeIfAbsent(owner, cls -> {
            Map<String, List<Method>> byName = new java.util.HashMap<>();
            for (Method m : cls.getMethods()) {
                byName.computeIfAbsent(m.getName(), n -> new ArrayList<>()).add(m);
            }
            byName.replaceAll((n, list) -> {
                list.sort(Comparator.comparing(Method::toGenericString));
                return List.copyOf(list);
            });
            return byName;
        });
    }

    /** The class called {@code binaryName}, if the converter's classpath has it. */
    public Optional<Class<?>> load(String binaryName) {
        return classes.computeIfAbsent(binaryName, n -> {
            try {
                return Optional.of(Class.forName(n, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        });
    }

    private Resolution choose(Class<?> owner, List<Executable> found, List<Arg> args, Options options,
            PyType receiverType, String what) {
        List<Match> matches = new ArrayList<>();
        for (Executable e : found) {
            match(e, args, options).ifPresent(matches::add);
        }
        if (matches.isEmpty()) {
            String types = args.stream().map(Arg::describe).collect(Collectors.joining(", ", "(", ")"));
            List<String> tried = found.stream().map(e -> JavaSignatures.of(owner, e)).sorted().toList();
            return new Resolution.NoOverload("no overload of " + what + " accepts " + types, tried);
        }
        Match best = matches.stream().min(RANKING.thenComparing(m -> JavaSignatures.of(owner, m.member))).get();
        PyType returnType = best.member instanceof Method m
                ? JavaToPy.map(m.getGenericReturnType(), owner, receiverType)
                : JavaToPy.plain(owner);
        boolean guessed = best.conversions.stream().anyMatch(ArgConversion::unchecked);
        return new Resolution.Resolved(owner, best.member, best.conversions, best.varargsExpanded, returnType,
                guessed);
    }

    /** One way a candidate accepts the arguments. */
    private record Match(Executable member, List<ArgConversion> conversions, boolean varargsExpanded, int generality,
            int columnParams) {

        int steps() {
            return conversions.stream().mapToInt(ArgConversion::steps).sum();
        }

        int cost() {
            return conversions.stream().mapToInt(ArgConversion::cost).sum();
        }
    }

    private static final Comparator<Match> RANKING = Comparator.comparingInt((Match m) -> m.steps() == 0 ? 0 : 1)
            .thenComparingInt(Match::steps)
            .thenComparingInt(Match::cost)
            .thenComparingInt(Match::generality)
            .thenComparing(m -> m.varargsExpanded)
            .thenComparing(Comparator.comparingInt(Match::columnParams).reversed());

    private Optional<Match> match(Executable member, List<Arg> args, Options options) {
        Class<?>[] raw = member.getParameterTypes();
        Type[] generic = member.getGenericParameterTypes();
        if (generic.length != raw.length) {
            generic = raw;
        }
        int n = raw.length;
        List<Match> forms = new ArrayList<>();
        if (args.size() == n) {
            fixed(member, args, raw, generic, n, options, false).ifPresent(forms::add);
        }
        if (member.isVarArgs() && args.size() >= n - 1) {
            varargs(member, args, raw, generic, options).ifPresent(forms::add);
        }
        if (!member.isVarArgs() && n >= 1 && isSeq(raw[n - 1]) && args.size() >= n - 1 && forms.isEmpty()) {
            packedSeq(member, args, raw, generic, options).ifPresent(forms::add);
        }
        return forms.stream().min(RANKING);
    }

    private Optional<Match> fixed(Executable member, List<Arg> args, Class<?>[] raw, Type[] generic, int count,
            Options options, boolean expanded) {
        List<ArgConversion> conversions = new ArrayList<>();
        int[] score = new int[2];
        for (int i = 0; i < count; i++) {
            ArgConversion c = convert(args.get(i), raw[i], generic[i], options.literalArgs().contains(i), options,
                    score);
            if (c == null) {
                return Optional.empty();
            }
            conversions.add(c);
        }
        return Optional.of(new Match(member, conversions, expanded, score[0], score[1]));
    }

    private Optional<Match> varargs(Executable member, List<Arg> args, Class<?>[] raw, Type[] generic,
            Options options) {
        int n = raw.length;
        Optional<Match> head = fixed(member, args, raw, generic, n - 1, options, true);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<ArgConversion> conversions = new ArrayList<>(head.get().conversions);
        int[] score = {head.get().generality, head.get().columnParams};
        Class<?> component = raw[n - 1].getComponentType();
        Type componentGeneric = generic[n - 1] instanceof GenericArrayType g ? g.getGenericComponentType() : component;
        for (int i = n - 1; i < args.size(); i++) {
            Arg arg = args.get(i);
            ArgConversion c;
            if (arg.starred()) {
                if (i != n - 1 || args.size() != n) {
                    return Optional.empty();
                }
                c = collection(arg, Conversion.VARARGS, JavaSignatures.typeName(component), component,
                        componentGeneric, options, score);
            } else {
                c = convert(arg, component, componentGeneric, options.literalArgs().contains(i), options, score);
            }
            if (c == null) {
                return Optional.empty();
            }
            conversions.add(c);
        }
        return Optional.of(new Match(member, conversions, true, score[0], score[1]));
    }

    /** Scala varargs without a Java bridge: {@code dropFields(Seq<String>)} called as {@code dropFields("a", "b")}. */
    private Optional<Match> packedSeq(Executable member, List<Arg> args, Class<?>[] raw, Type[] generic,
            Options options) {
        int n = raw.length;
        Optional<Match> head = fixed(member, args, raw, generic, n - 1, options, false);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        int[] score = {head.get().generality, head.get().columnParams};
        Type elementType = typeArgument(generic[n - 1], 0);
        Class<?> element = erasure(elementType);
        List<ArgConversion> conversions = new ArrayList<>(head.get().conversions);
        List<Arg> rest = args.subList(n - 1, args.size());
        if (rest.size() == 1 && rest.get(0).starred()) {
            ArgConversion c = collection(rest.get(0), Conversion.SEQ, "Seq", element, elementType, options, score);
            if (c == null) {
                return Optional.empty();
            }
            conversions.add(c);
        } else {
            List<ArgConversion> elements = new ArrayList<>();
            for (Arg arg : rest) {
                ArgConversion c = arg.starred() ? null : convert(arg, element, elementType, false, options, score);
                if (c == null) {
                    return Optional.empty();
                }
                elements.add(c);
            }
            conversions.add(new ArgConversion(Conversion.SEQ, "Seq", elements, Optional.empty()));
        }
        return Optional.of(new Match(member, conversions, false, score[0], score[1]));
    }

    /**
     * How {@code arg} reaches parameter type {@code param}, or null when it cannot. {@code score[0]} accumulates
     * generality (a supertype or a wider primitive than needed), {@code score[1]} the Column parameters.
     */
    private ArgConversion convert(Arg arg, Class<?> param, Type generic, boolean literalTag, Options options,
            int[] score) {
        String target = JavaSignatures.typeName(param);
        if (param.getName().equals(COLUMN)) {
            score[1]++;
        }
        if (arg.starred()) {
            return collectionParam(arg, param, generic, options, score);
        }
        PyType type = PyTypes.strip(arg.type());
        if (type.isUnknown()) {
            return ArgConversion.of(Conversion.UNCHECKED, target);
        }
        ArgConversion result = null;
        if (type instanceof ScalarType scalar) {
            result = scalar(arg, scalar, param, target, literalTag, score);
        } else if (type instanceof ListType || type instanceof TupleType || type instanceof SetType) {
            result = collectionParam(arg, param, generic, options, score);
            if (result == null && arg.isSequenceLiteral()
                    && (param.getName().equals(COLUMN) || param == Object.class && options.listLiteralAsArray())) {
                result = ArgConversion.of(Conversion.LIT_ARRAY, target);
            }
        } else if (type instanceof DictType dict) {
            result = dict(dict, param, generic, options, score);
        } else if (type instanceof FunctionType function) {
            result = functionalArity(param) == function.arity() ? ArgConversion.of(Conversion.LAMBDA, target) : null;
        } else {
            result = reference(type, param, target, score);
        }
        if (result == null && options.wrapScalar() && param.isArray() && !(type instanceof ListType)
                && !(type instanceof TupleType)) {
            int[] ignored = new int[2];
            ArgConversion element = convert(arg, param.getComponentType(), param.getComponentType(), literalTag,
                    Options.DEFAULT, ignored);
            if (element != null) {
                result = new ArgConversion(Conversion.WRAP_ARRAY, target, List.of(element), Optional.empty());
            }
        }
        return result;
    }

    private ArgConversion scalar(Arg arg, ScalarType type, Class<?> param, String target, boolean literalTag,
            int[] score) {
        boolean column = param.getName().equals(COLUMN);
        boolean object = param == Object.class;
        switch (type) {
            case INT: {
                boolean fits = arg.literal() && arg.value() instanceof Long v && v >= Integer.MIN_VALUE
                        && v <= Integer.MAX_VALUE;
                if (param == long.class || param == Long.class) {
                    return ArgConversion.of(arg.literal() ? Conversion.WIDEN : Conversion.NONE, target);
                }
                if (param == int.class || param == Integer.class) {
                    if (arg.literal()) {
                        return fits ? ArgConversion.of(Conversion.NONE, target) : null;
                    }
                    return ArgConversion.of(Conversion.NARROW, target);
                }
                if (param == double.class || param == Double.class || param == float.class) {
                    score[0]++;
                    return ArgConversion.of(Conversion.WIDEN, target);
                }
                if (param == short.class || param == byte.class) {
                    return ArgConversion.of(Conversion.NARROW, target);
                }
                if (object || param == Number.class) {
                    return ArgConversion.of(Conversion.OBJECT, target);
                }
                return column ? ArgConversion.of(Conversion.LIT, target) : null;
            }
            case FLOAT:
                if (param == double.class || param == Double.class) {
                    return ArgConversion.of(Conversion.NONE, target);
                }
                if (param == float.class || param == Float.class) {
                    return ArgConversion.of(Conversion.NARROW, target);
                }
                break;
            case BOOL:
                if (param == boolean.class || param == Boolean.class) {
                    return ArgConversion.of(Conversion.NONE, target);
                }
                break;
            case STR:
                if (param == String.class) {
                    return ArgConversion.of(Conversion.NONE, target);
                }
                if (param == CharSequence.class) {
                    score[0]++;
                    return ArgConversion.of(Conversion.NONE, target);
                }
                if (column) {
                    return ArgConversion.of(literalTag ? Conversion.LIT : Conversion.COL, target);
                }
                break;
            case NONE:
                if (param.isPrimitive()) {
                    return null;
                }
                return ArgConversion.of(column ? Conversion.LIT : Conversion.NULL, target);
            case BYTES:
                if (param == byte[].class) {
                    return ArgConversion.of(Conversion.NONE, target);
                }
                break;
            case DECIMAL:
                if (param == java.math.BigDecimal.class) {
                    return ArgConversion.of(Conversion.NONE, target);
                }
                break;
            case DATE:
                if (param == java.time.LocalDate.class) {
                    return ArgConversion.of(Conversion.NONE, target);
                }
                break;
            case DATETIME:
                if (param == java.time.LocalDateTime.class) {
                    return ArgConversion.of(Conversion.NONE, target);
                }
                break;
            case TIMEDELTA:
                if (param == java.time.Duration.class) {
                    return ArgConversion.of(Conversion.NONE, target);
                }
                break;
            default:
                break;
        }
        if (object || (param == Number.class && (type == ScalarType.FLOAT || type == ScalarType.DECIMAL))) {
            return ArgConversion.of(Conversion.OBJECT, target);
        }
        return column ? ArgConversion.of(Conversion.LIT, target) : null;
    }

    /** A list/tuple/set (or starred argument) to an array, Seq or java.util collection parameter. */
    private ArgConversion collectionParam(Arg arg, Class<?> param, Type generic, Options options, int[] score) {
        if (param.isArray()) {
            Class<?> component = param.getComponentType();
            Type componentGeneric = generic instanceof GenericArrayType g ? g.getGenericComponentType() : component;
            return collection(arg, Conversion.ARRAY, JavaSignatures.typeName(param), component, componentGeneric,
                    options, score);
        }
        if (isSeq(param)) {
            Type element = typeArgument(generic, 0);
            return collection(arg, Conversion.SEQ, "Seq", erasure(element), element, options, score);
        }
        if (param == List.class || param == java.util.Collection.class || param == Iterable.class) {
            Type element = typeArgument(generic, 0);
            return collection(arg, Conversion.LIST, JavaSignatures.typeName(param), erasure(element), element,
                    options, score);
        }
        return null;
    }

    /** Converts the elements of a collection argument to {@code element}: one by one for a literal, else "each". */
    private ArgConversion collection(Arg arg, Conversion kind, String target, Class<?> element, Type elementGeneric,
            Options options, int[] score) {
        int[] inner = new int[2];
        if (arg.isSequenceLiteral()) {
            List<ArgConversion> elements = new ArrayList<>();
            for (Arg e : arg.elements()) {
                ArgConversion c = convert(e, element, elementGeneric, false, Options.DEFAULT, inner);
                if (c == null) {
                    return null;
                }
                elements.add(c);
            }
            score[0] += inner[0];
            return new ArgConversion(kind, target, elements, Optional.empty());
        }
        PyType elementType = elementType(arg.type());
        if (elementType == null) {
            return null;
        }
        ArgConversion each = convert(Arg.of(elementType), element, elementGeneric, false, Options.DEFAULT, inner);
        if (each == null) {
            return null;
        }
        score[0] += inner[0];
        return new ArgConversion(kind, target, List.of(), Optional.of(each));
    }

    private static final String PARAM_MAP = "org.apache.spark.ml.param.ParamMap";

    /** True for a Spark ML {@code Param} (or subclass) type: the keys of a dict that is a ParamMap. */
    private boolean isMlParam(PyType type) {
        Optional<Class<?>> param = load("org.apache.spark.ml.param.Param");
        Optional<Class<?>> cls = javaClass(PyTypes.strip(type)).flatMap(this::load);
        return param.isPresent() && cls.isPresent() && param.get().isAssignableFrom(cls.get());
    }

    private ArgConversion dict(DictType dict, Class<?> param, Type generic, Options options, int[] score) {
        Conversion kind;
        if (param == java.util.Properties.class) {
            return ArgConversion.of(Conversion.PROPERTIES, "Properties");
        }
        if (param.getName().equals(PARAM_MAP) && isMlParam(dict.key())) {
            // {stage.param: value} is written as a ParamMap by the translator (rule ml-copy and fit/evaluate extras).
            return ArgConversion.of(Conversion.MAP, "ParamMap");
        }
        if (param == Map.class) {
            kind = Conversion.MAP;
        } else if (param.getName().equals("scala.collection.immutable.Map")
                || param.getName().equals("scala.collection.Map")) {
            kind = Conversion.SCALA_MAP;
        } else {
            return null;
        }
        int[] inner = new int[2];
        Type keyType = typeArgument(generic, 0);
        Type valueType = typeArgument(generic, 1);
        if (convert(Arg.of(dict.key()), erasure(keyType), keyType, false, Options.DEFAULT, inner) == null) {
            return null;
        }
        ArgConversion value = convert(Arg.of(dict.value()), erasure(valueType), valueType, false, Options.DEFAULT,
                inner);
        if (value == null) {
            return null;
        }
        return new ArgConversion(kind, JavaSignatures.typeName(param), List.of(), Optional.of(value));
    }

    private ArgConversion reference(PyType type, Class<?> param, String target, int[] score) {
        Optional<Class<?>> cls = javaClass(type).flatMap(this::load);
        if (cls.isEmpty()) {
            return null;
        }
        if (param == Object.class) {
            return ArgConversion.of(Conversion.OBJECT, target);
        }
        if (param.isAssignableFrom(cls.get())) {
            if (param != cls.get()) {
                score[0]++;
            }
            return ArgConversion.of(Conversion.NONE, target);
        }
        return null;
    }

    private static Optional<String> javaClass(PyType type) {
        if (type instanceof SparkObject o) {
            return Optional.of(o.javaClass());
        } else if (type instanceof SqlDataType d) {
            return Optional.of(d.javaClass());
        } else if (type instanceof MlType m) {
            return Optional.of(m.javaClass());
        } else if (type instanceof JavaObjectType j) {
            return Optional.of(j.javaClass());
        }
        return Optional.empty();
    }

    private static PyType elementType(PyType type) {
        PyType t = PyTypes.strip(type);
        if (t instanceof ListType l) {
            return l.element();
        } else if (t instanceof SetType s) {
            return s.element();
        } else if (t instanceof TupleType tuple) {
            return tuple.elementJoin();
        } else if (t.isUnknown()) {
            return UnknownType.UNKNOWN;
        }
        return null;
    }

    /** The parameter count of a functional interface's single abstract method, else -1. */
    static int functionalArity(Class<?> param) {
        if (!param.isInterface()) {
            return -1;
        }
        Method single = null;
        for (Method m : param.getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
                continue;
            }
            if (single != null) {
                return -1;
            }
            single = m;
        }
        return single == null ? -1 : single.getParameterCount();
    }

    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static boolean isSeq(Class<?> type) {
        return type.getName().equals("scala.collection.immutable.Seq") || type.getName().equals("scala.collection.Seq");
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static Class<?> erasure(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        } else if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        } else if (type instanceof WildcardType w) {
            return erasure(w.getUpperBounds()[0]);
        } else if (type instanceof GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(erasure(g.getGenericComponentType()), 0).getClass();
        }
        return Object.class;
    }

}
