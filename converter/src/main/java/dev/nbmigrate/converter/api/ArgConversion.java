package dev.nbmigrate.converter.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one argument reaches the chosen Java parameter.
 *
 * @param conversion what is done to it
 * @param target the Java parameter type it lands in, as source spells it ({@code Column}, {@code String[]},
 *     {@code long}); for a spread or varargs element, the component type
 * @param elements for a list/tuple literal going to an array, Seq, List or varargs: the conversion of each
 *     element, in order
 * @param each for a non-literal collection (or a dict's values): the conversion applied to every element
 */
public record ArgConversion(Conversion conversion, String target, List<ArgConversion> elements,
        Optional<ArgConversion> each) {

    public ArgConversion {
        Objects.requireNonNull(conversion, "conversion");
        Objects.requireNonNull(target, "target");
        elements = List.copyOf(elements);
        Objects.requireNonNull(each, "each");
    }

    public static ArgConversion of(Conversion conversion, String target) {
        return new ArgConversion(conversion, target, List.of(), Optional.empty());
    }

    /** The ranking cost: this step's plus its elements'. */
    public int cost() {
        return conversion.cost() + elements.stream().mapToInt(ArgConversion::cost).sum()
                + each.map(ArgConversion::cost).orElse(0);
    }

    /** Number of steps that change the value (used to prefer exact matches). */
    public int steps() {
        return (conversion == Conversion.NONE ? 0 : 1) + elements.stream().mapToInt(ArgConversion::steps).sum()
                + each.map(ArgConversion::steps).orElse(0);
    }

    /** True when the argument's type was unknown here or in an element. */
    public boolean unchecked() {
        return conversion == Conversion.UNCHECKED || elements.stream().anyMatch(ArgConversion::unchecked)
                || each.map(ArgConversion::unchecked).orElse(false);
    }

    /** Compact form for tests and messages: {@code COL->Column}, {@code ARRAY->String[][NONE, COL]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(conversion.name()).append("->").append(target);
        if (!elements.isEmpty()) {
            text.append(elements);
        }
        each.ifPresent(e -> text.append("{each ").append(e).append('}'));
        return text.toString();
    }
}
