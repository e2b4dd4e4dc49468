package dev.nbmigrate.converter.api;

import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.TupleType;
import java.util.List;
import java.util.Objects;

/**
 * One argument of a call as the resolver sees it: its inferred type, whether it is a Python literal (and which
 * value), the elements of a list/tuple literal, and whether it was starred ({@code f(*cols)}).
 *
 * @param type the inferred type
 * @param literal true for a Python literal ({@code 5}, {@code "a"}, {@code None}, {@code [1, 2]}); PySpark
 *     applies {@code lit()} and py4j's int narrowing only to values, so this matters
 * @param value the literal's value for scalars: {@link Long} for int, {@link Double} for float,
 *     {@link String}, {@link Boolean}; {@code null} for {@code None} and non-literals
 * @param elements the element arguments of a list or tuple literal (in order), else empty
 * @param starred the argument was written {@code *xs}: its elements are spread over the parameters
 */
public record Arg(PyType type, boolean literal, Object value, List<Arg> elements, boolean starred) {

    public Arg {
        Objects.requireNonNull(type, "type");
        elements = List.copyOf(elements);
        if (value != null && !(value instanceof Long || value instanceof Double || value instanceof String
                || value instanceof Boolean)) {
            throw new IllegalArgumentException("literal value must be Long, Double, String or Boolean: " + value);
        }
    }

    /** A value of {@code type} that is not a literal (a variable, a call result). */
    public static Arg of(PyType type) {
        return new Arg(type, false, null, List.of(), false);
    }

    /** The int literal {@code value}. */
    public static Arg intLiteral(long value) {
        return new Arg(ScalarType.INT, true, value, List.of(), false);
    }

    public static Arg floatLiteral(double value) {
        return new Arg(ScalarType.FLOAT, true, value, List.of(), false);
    }

    public static Arg strLiteral(String value) {
        return new Arg(ScalarType.STR, true, value, List.of(), false);
    }

    public static Arg boolLiteral(boolean value) {
        return new Arg(ScalarType.BOOL, true, value, List.of(), false);
    }

    /** The literal {@code None}. */
    public static Arg none() {
        return new Arg(ScalarType.NONE, true, null, List.of(), false);
    }

    /** A list literal {@code [e1, e2, ...]}; its type is {@code list[join of element types]}. */
    public static Arg listLiteral(List<Arg> elements) {
        PyType element = PyTypes.join(elements.stream().map(Arg::type).toList());
        return new Arg(new ListType(element), true, null, elements, false);
    }

    /** A tuple literal {@code (e1, e2, ...)}. */
    public static Arg tupleLiteral(List<Arg> elements) {
        return new Arg(new TupleType(elements.stream().map(Arg::type).toList(), false), true, null, elements,
                false);
    }

    /** A dict literal of the given type (its entries are not needed for resolution). */
    public static Arg dictLiteral(DictType type) {
        return new Arg(type, true, null, List.of(), false);
    }

    /** {@code *xs} where {@code xs} has {@code type} (a list or tuple). */
    public static Arg starred(PyType type) {
        return new Arg(type, false, null, List.of(), true);
    }

    /** The same argument spread as if written {@code *arg}. */
    public Arg asStarred() {
        return new Arg(type, literal, value, elements, true);
    }

    /** True for a list or tuple literal, whose elements are known one by one. */
    public boolean isSequenceLiteral() {
        return literal && (type instanceof ListType || type instanceof TupleType);
    }

    /** Python-like rendering for messages: the literal's value, else the type. */
    public String describe() {
        String text;
        if (literal && type == ScalarType.NONE) {
            text = "None";
        } else if (literal && value instanceof String s) {
            text = "'" + s + "'";
        } else if (literal && value instanceof Boolean b) {
            text = b ? "True" : "False";
        } else if (literal && value != null) {
            text = value.toString();
        } else if (isSequenceLiteral()) {
            text = elements.stream().map(Arg::describe)
                    .collect(java.util.stream.Collectors.joining(", ", type instanceof ListType ? "[" : "(",
                            type instanceof ListType ? "]" : ")"));
        } else {
            text = type.display();
        }
        return starred ? "*" + text : text;
    }
}
