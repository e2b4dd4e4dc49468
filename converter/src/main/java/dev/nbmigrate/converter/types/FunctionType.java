package dev.nbmigrate.converter.types;

import java.util.Objects;

/**
 * A Python function value. Passed to a Spark API that takes a function (e.g. {@code transform(col, f)}), it
 * becomes a Java lambda of the same arity.
 *
 * @param arity the number of positional parameters it takes
 * @param kind lambda, def or UDF
 * @param returns what a call returns, {@link UnknownType#UNKNOWN} when not inferred
 */
public record FunctionType(int arity, FunctionKind kind, PyType returns) implements PyType {

    public FunctionType {
        if (arity < 0) {
            throw new IllegalArgumentException("negative arity: " + arity);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(returns, "returns");
    }

    @Override
    public String display() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + arity + " -> " + returns.display();
    }
}
