package dev.nbmigrate.converter.cells;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code %env NAME=value}, {@code %env NAME value} or {@code %set_env}: sets an environment variable of the
 * notebook process; without a value it only reads it.
 *
 * @param span     where it is
 * @param variable the variable's name; empty for a bare {@code %env}
 * @param value    the value set, if any
 */
public record EnvMagic(LineSpan span, String variable, Optional<String> value) implements LineMagic {

    public EnvMagic {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(value, "value");
    }
}
