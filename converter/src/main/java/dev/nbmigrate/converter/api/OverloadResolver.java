package dev.nbmigrate.converter.api;

import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.UnknownType;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
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


    private final ClassLoader loader;
    private final Map<String, List<Executable>> candidates = new ConcurrentHashMap<>();
    private final Map<String, Optional<Class<?>>> classes = new ConcurrentHashMap<>();
    private final ArgumentConverter arguments = new ArgumentConverter(this::load);
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
        if (!member.isVarArgs() && n >= 1 && ArgumentConverter.isSeq(raw[n - 1]) && args.size() >= n - 1
                && forms.isEmpty()) {
            packedSeq(member, args, raw, generic, options).ifPresent(forms::add);
        }
        return forms.stream().min(RANKING);
    }

    private Optional<Match> fixed(Executable member, List<Arg> args, Class<?>[] raw, Type[] generic, int count,
            Options options, boolean expanded) {
        List<ArgConversion> conversions = new ArrayList<>();
        int[] score = new int[2];
        for (int i = 0; i < count; i++) {
            ArgConversion c = arguments.convert(args.get(i), raw[i], generic[i], options.literalArgs().contains(i),
                    options, score);
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
                c = arguments.collection(arg, Conversion.VARARGS, JavaSignatures.typeName(component), component,
                        componentGeneric, options, score);
            } else {
                c = arguments.convert(arg, component, componentGeneric, options.literalArgs().contains(i), options,
                        score);
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
        Type elementType = ArgumentConverter.typeArgument(generic[n - 1], 0);
        Class<?> element = ArgumentConverter.erasure(elementType);
        List<ArgConversion> conversions = new ArrayList<>(head.get().conversions);
        List<Arg> rest = args.subList(n - 1, args.size());
        if (rest.size() == 1 && rest.get(0).starred()) {
            ArgConversion c = arguments.collection(rest.get(0), Conversion.SEQ, "Seq", element, elementType, options,
                    score);
            if (c == null) {
                return Optional.empty();
            }
            conversions.add(c);
        } else {
            List<ArgConversion> elements = new ArrayList<>();
            for (Arg arg : rest) {
                ArgConversion c = arg.starred() ? null
                        : arguments.convert(arg, element, elementType, false, options, score);
                if (c == null) {
                    return Optional.empty();
                }
                elements.add(c);
            }
            conversions.add(new ArgConversion(Conversion.SEQ, "Seq", elements, Optional.empty()));
        }
        return Optional.of(new Match(member, conversions, false, score[0], score[1]));
    }
}
