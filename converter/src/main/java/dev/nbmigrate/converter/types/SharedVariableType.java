package dev.nbmigrate.converter.types;

import java.util.Objects;

/**
 * A shared variable of the RDD API with the type of the value it holds: a broadcast variable
 * ({@code sc.broadcast(v)}, a {@code Broadcast<V>} in Java) or an accumulator of numbers
 * ({@code sc.accumulator(0)}, a {@code LongAccumulator} or {@code DoubleAccumulator}).
 *
 * @param kind broadcast or accumulator
 * @param value the type of the value ({@code .value})
 */
public record SharedVariableType(Kind kind, PyType value) implements PyType {

    /** The two kinds of shared variables. */
    public enum Kind {
        BROADCAST, ACCUMULATOR
    }

    public SharedVariableType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String display() {
        return (kind == Kind.BROADCAST ? "Broadcast[" : "Accumulator[") + value.display() + "]";
    }
}
