package dev.nbmigrate.converter.api;

import java.util.Objects;
import java.util.Optional;

/**
 * One parameter of a PySpark member's signature, as written in the API table.
 *
 * @param name the Python parameter name
 * @param kind plain, {@code *args} or {@code **kwargs}
 * @param keywordOnly declared after a bare {@code *} or after {@code *args}
 * @param tag what its argument turns into
 * @param defaultValue the default as a literal argument; empty for a required parameter
 */
public record PyParam(String name, Kind kind, boolean keywordOnly, ParamTag tag, Optional<Arg> defaultValue) {

    /** The three kinds of Python parameter that matter here. */
    public enum Kind {
        /** {@code name} or {@code name=default}. */
        PLAIN,
        /** {@code *name}: the rest of the positional arguments. */
        VAR_POSITIONAL,
        /** {@code **name}: keyword arguments not named by another parameter. */
        VAR_KEYWORD
    }

    public PyParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (kind != Kind.PLAIN && defaultValue.isPresent()) {
            throw new IllegalArgumentException("*" + name + " cannot have a default");
        }
    }

    /** True when the call may leave it out. */
    public boolean optional() {
        return kind != Kind.PLAIN || defaultValue.isPresent();
    }
}
