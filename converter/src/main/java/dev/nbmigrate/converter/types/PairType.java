package dev.nbmigrate.converter.types;

import java.util.Objects;

/**
 * A Python 2-tuple held as a Scala {@code Tuple2}: the key-value elements of a pair RDD, where the Java RDD API
 * needs {@code Tuple2} ({@code x[0]} is {@code x._1()}). Other tuples of the driver are {@link TupleType}.
 *
 * @param first the type of the key (position 0)
 * @param second the type of the value (position 1)
 */
public record PairType(PyType first, PyType second) implements PyType {

    public PairType {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    @Override
    public String display() {
        return "tuple[" + first.display() + ", " + second.display() + "]";
    }
}
