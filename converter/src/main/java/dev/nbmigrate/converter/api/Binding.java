package dev.nbmigrate.converter.api;

import dev.nbmigrate.converter.types.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A call's arguments bound to a PySpark member's parameters ({@link PyParams#bind}).
 *
 * @param params the member's parameters
 * @param given the arguments the call passed for named parameters, by parameter name
 * @param varargs the arguments that went to {@code *args}, in order
 * @param extraKeywords keywords that went to {@code **kwargs}, in call order
 * @param problems what is wrong with the call (unknown keyword, missing argument, ...); empty when bound
 */
public record Binding(PyParams params, Map<String, Arg> given, List<Arg> varargs, Map<String, Arg> extraKeywords,
        List<String> problems) {

    public Binding {
        Objects.requireNonNull(params, "params");
        given = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(given));
        varargs = List.copyOf(varargs);
        extraKeywords = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extraKeywords));
        problems = List.copyOf(problems);
    }

    /** One Java-bound argument with the parameter it came from. */
    public record BoundArg(Arg arg, PyParam param, boolean fromDefault) {
    }

    /** True when the call passed {@code name} (positionally or by keyword). */
    public boolean isGiven(String name) {
        return given.containsKey(name);
    }

    /** The argument for {@code name}: the one given, else the parameter's default. */
    public Optional<Arg> value(String name) {
        Arg arg = given.get(name);
        if (arg != null) {
            return Optional.of(arg);
        }
        return params.get(name).flatMap(PyParam::defaultValue);
    }

    /** The given arguments of parameters tagged {@code tag}, in parameter order (e.g. a reader's options). */
    public List<Map.Entry<String, Arg>> givenWithTag(ParamTag tag) {
        List<Map.Entry<String, Arg>> result = new ArrayList<>();
        for (PyParam p : params.params()) {
            if (p.tag() == tag && given.containsKey(p.name())) {
                result.add(Map.entry(p.name(), given.get(p.name())));
            }
        }
        return result;
    }

    /**
     * The positional arguments of the Java call: the plain (not keyword-only, not tagged option/call/ignored)
     * parameters in order up to the last one the call passed, gaps filled with defaults, then {@code *args}.
     * An explicit {@code None} for a parameter whose default is {@code None} counts as not passed.
     *
     * @param extraDefaults how many further parameters to fill with their defaults beyond the last passed one
     *     (for Java methods that lack PySpark's short forms)
     */
    public List<BoundArg> javaArgs(int extraDefaults) {
        List<PyParam> plain = params.params().stream()
                .filter(p -> p.kind() == PyParam.Kind.PLAIN && !p.keywordOnly()
                        && (p.tag() == ParamTag.ARG || p.tag() == ParamTag.LIT || p.tag() == ParamTag.WIDTH))
                .toList();
        int last = -1;
        for (int i = 0; i < plain.size(); i++) {
            if (passed(plain.get(i))) {
                last = i;
            }
        }
        if (!varargs.isEmpty()) {
            last = plain.size() - 1;
        }
        int end = Math.min(plain.size(), last + 1 + extraDefaults);
        List<BoundArg> result = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            PyParam p = plain.get(i);
            Arg arg = given.get(p.name());
            if (arg != null) {
                result.add(new BoundArg(arg, p, false));
            } else if (p.defaultValue().isPresent()) {
                result.add(new BoundArg(p.defaultValue().get(), p, true));
            } else {
                return result;
            }
        }
        for (int i = 0; i < result.size() - 1; i++) {
            result.set(i, width(result.get(i)));
        }
        PyParam star = params.varPositional().orElse(null);
        for (Arg arg : varargs) {
            result.add(new BoundArg(arg, star, false));
        }
        return result;
    }

    /**
     * A literal bool given to a {@link ParamTag#WIDTH} parameter that further arguments follow, as the width it stands
     * for (20 or 0): Java takes a bool there only as the last argument ({@code show(int, boolean)}).
     */
    private static BoundArg width(BoundArg bound) {
        Arg arg = bound.arg();
        if (bound.param().tag() != ParamTag.WIDTH || !arg.literal() || !(arg.value() instanceof Boolean truncate)) {
            return bound;
        }
        return new BoundArg(Arg.intLiteral(truncate ? 20 : 0), bound.param(), true);
    }

    private boolean passed(PyParam p) {
        Arg arg = given.get(p.name());
        if (arg == null) {
            return false;
        }
        boolean explicitNone = arg.literal() && arg.type() == ScalarType.NONE;
        boolean defaultNone = p.defaultValue().map(d -> d.type() == ScalarType.NONE)
                .orElse(false);
        return !(explicitNone && defaultNone);
    }
}
