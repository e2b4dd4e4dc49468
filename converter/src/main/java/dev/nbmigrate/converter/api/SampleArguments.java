package dev.nbmigrate.converter.api;

import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arguments of {@code DataFrame.sample(withReplacement=None, fraction=None, seed=None)} in the order of Java's
 * {@code sample([boolean withReplacement,] double fraction[, long seed])}. PySpark reads a float first argument as
 * the fraction and shifts the others ({@code sample(0.5, 42)} is fraction 0.5, seed 42); {@code None} stands for
 * "not given", as in PySpark, and is left out.
 */
final class SampleArguments {

    private SampleArguments() {
    }

    /** The Java order of the arguments given, or the problem that makes the call untranslatable. */
    static List<Arg> javaOrder(List<Arg> positional, Map<String, Arg> keywords) {
        Arg withReplacement = keywords.get("withReplacement");
        Arg fraction = keywords.get("fraction");
        Arg seed = keywords.get("seed");
        boolean shifted = !positional.isEmpty() && PyTypes.strip(positional.get(0).type()) == ScalarType.FLOAT;
        List<Arg> slots = new ArrayList<>(positional);
        if (shifted) {
            slots.add(0, null);
        }
        withReplacement = slot(slots, 0, withReplacement);
        fraction = slot(slots, 1, fraction);
        seed = slot(slots, 2, seed);
        List<Arg> ordered = new ArrayList<>(3);
        if (given(withReplacement)) {
            ordered.add(withReplacement);
        }
        if (given(fraction)) {
            ordered.add(fraction);
        }
        if (given(seed)) {
            ordered.add(seed);
        }
        return ordered;
    }

    private static Arg slot(List<Arg> slots, int index, Arg keyword) {
        return index < slots.size() && slots.get(index) != null ? slots.get(index) : keyword;
    }

    private static boolean given(Arg arg) {
        return arg != null && !(arg.literal() && arg.value() == null && PyTypes.strip(arg.type()) == ScalarType.NONE);
    }
}
