package dev.nbmigrate.converter.api;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.UnknownType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one PySpark call becomes Java: the member's support, the arguments bound to its parameters, the Java
 * arguments in order with the overload chosen for them, ML setters, and what is wrong, as diagnostics to emit.
 *
 * @param support how the member is supported (status, rule, Java target)
 * @param binding the arguments bound to the PySpark parameters, when the table records them
 * @param javaArgs the arguments of the Java call in order (the receiver first when it becomes an argument;
 *     a spread list's elements one by one); the {@link Arg} instances are the caller's or parameter defaults
 * @param resolution the chosen Java member; empty when unsupported or when the rule writes the call itself
 * @param setters for rule ml-setters: one setter call per keyword, in call order
 * @param issues the diagnostics the call needs (codes with messages)
 */
public record CallPlan(ApiSupport support, Optional<Binding> binding, List<Binding.BoundArg> javaArgs,
        Optional<Resolution> resolution, List<Setter> setters, List<Issue> issues) {

    /** One {@code setX(value)} call of an ML object built with keyword arguments. */
    public record Setter(String keyword, String javaName, Arg value, Resolution resolution) {
    }

    /** A diagnostic the translator attaches to the call's location. */
    public record Issue(Code code, String message) {

        public Issue {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }

    public CallPlan {
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(binding, "binding");
        javaArgs = List.copyOf(javaArgs);
        Objects.requireNonNull(resolution, "resolution");
        setters = List.copyOf(setters);
        issues = List.copyOf(issues);
    }

    /** The Python-side type of the call's result: the table's, else the resolved Java member's, else Unknown. */
    public PyType resultType() {
        if (support.returns().isPresent()) {
            return support.returns().get();
        }
        return resolution.map(r -> r instanceof Resolution.Resolved res ? res.returnType()
                : r instanceof Resolution.FieldRead f ? f.returnType() : (PyType) UnknownType.UNKNOWN)
                .orElse(UnknownType.UNKNOWN);
    }

    /** True when the plan is complete: supported and resolved (or written by a rule), with no error issue. */
    public boolean translatable() {
        return support.status() != SupportStatus.UNSUPPORTED
                && issues.stream().noneMatch(i -> i.code().severity() == dev.nbmigrate.converter.diag.Severity.ERROR);
    }
}
