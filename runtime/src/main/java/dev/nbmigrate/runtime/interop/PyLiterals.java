package dev.nbmigrate.runtime.interop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Java values for Python literals in translated code, built the way PySpark hands them to the JVM, so that data
 * created from them behaves as in the notebook: lists that may hold {@code null}, and dicts as {@link HashMap}s
 * filled in order (PySpark's bridge gives Spark a {@code HashMap}, whose order Spark keeps in map columns).
 */
public final class PyLiterals {

    private PyLiterals() {
    }

    /** A Python list: a mutable Java list that may hold {@code null}. */
    @SafeVarargs
    public static <T> List<T> list(T... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    /** A Python dict from alternating keys and values: {@code dict("a", 1L, "b", 2L)}. */
    public static <K, V> Map<K, V> dict(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("dict needs key/value pairs, got " + keysAndValues.length + " items");
        }
        Map<K, V> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            K key = (K) keysAndValues[i];
            @SuppressWarnings("unchecked")
            V value = (V) keysAndValues[i + 1];
            map.put(key, value);
        }
        return map;
    }
}
