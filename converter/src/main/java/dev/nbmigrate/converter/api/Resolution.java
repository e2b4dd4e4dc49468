package dev.nbmigrate.converter.api;

import dev.nbmigrate.converter.types.PyType;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;

/** The outcome of overload resolution: a chosen Java member, or why none fits. */
public sealed interface Resolution permits Resolution.Resolved, Resolution.FieldRead, Resolution.NoOverload {

    /** True when a Java member was chosen. */
    default boolean found() {
        return !(this instanceof NoOverload);
    }

    /**
     * A method or constructor and how each argument reaches it.
     *
     * @param owner the class the member was looked up on (the receiver's or the static class)
     * @param member the chosen method or constructor
     * @param conversions one per call argument, in order (a spread argument has one entry)
     * @param varargsExpanded the call uses the varargs form with separate trailing arguments
     * @param returnType the call's type in the lattice
     * @param guessed some argument type was unknown: the choice rests on incomplete information
     */
    record Resolved(Class<?> owner, Executable member, List<ArgConversion> conversions, boolean varargsExpanded,
            PyType returnType, boolean guessed) implements Resolution {

        public Resolved {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(member, "member");
            conversions = List.copyOf(conversions);
            Objects.requireNonNull(returnType, "returnType");
        }

        /** The chosen member as Java source would declare it, e.g. {@code Dataset.select(Column...)}. */
        public String signature() {
            return JavaSignatures.of(owner, member);
        }
    }

    /** A public static field read, e.g. {@code DataTypes.IntegerType}. */
    record FieldRead(Field field, PyType returnType) implements Resolution {

        public FieldRead {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(returnType, "returnType");
        }

        public String signature() {
            return field.getDeclaringClass().getSimpleName() + "." + field.getName();
        }
    }

    /**
     * No Java member fits the arguments.
     *
     * @param reason one line saying why, naming the argument types
     * @param candidates the signatures that were tried, sorted, for the diagnostic
     */
    record NoOverload(String reason, List<String> candidates) implements Resolution {

        public NoOverload {
            Objects.requireNonNull(reason, "reason");
            candidates = List.copyOf(candidates);
        }

        /** The reason followed by the candidates, one per line. */
        public String message() {
            return candidates.isEmpty() ? reason : reason + "; candidates: " + String.join(", ", candidates);
        }
    }
}
