package dev.nbmigrate.converter.types;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A Python tuple: either of fixed length with a type per position ({@code tuple[str, int]}) or of any length with
 * one element type ({@code tuple[str, ...]}, {@code variadic}).
 */
public record TupleType(List<PyType> elements, boolean variadic) implements PyType {

    public TupleType {
        elements = List.copyOf(elements);
        if (variadic && elements.size() != 1) {
            throw new IllegalArgumentException("a variadic tuple has exactly one element type: " + elements);
        }
    }

    /** A fixed-length tuple. */
    public static TupleType of(PyType... elements) {
        return new TupleType(List.of(elements), false);
    }

    /** A tuple of any length whose elements are all {@code element}. */
    public static TupleType ofAny(PyType element) {
        return new TupleType(List.of(element), true);
    }

    /** The join of the element types: what a loop over the tuple sees. */
    public PyType elementJoin() {
        return PyTypes.join(elements);
    }

    /**
     * The element type of the Java list that holds the tuple: the one element type when all positions have it,
     * else Unknown ({@code Object}), since a join such as float for {@code (1, 2.5)} would not hold the int.
     */
    public PyType heldElement() {
        if (variadic || elements.stream().map(PyTypes::strip).distinct().count() <= 1) {
            return elementJoin();
        }
        return UnknownType.UNKNOWN;
    }

    @Override
    public String display() {
        if (variadic) {
            return "tuple[" + elements.get(0).display() + ", ...]";
        }
        return elements.stream().map(PyType::display).collect(Collectors.joining(", ", "tuple[", "]"));
    }
}
