package dev.nbmigrate.runtime.interop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

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
        Map<K, V> map = new HashMap<>();
        fill(map, keysAndValues);
        return map;
    }

    /** A dict passed to an API that keeps its order ({@code withColumns}, options): a {@link LinkedHashMap}. */
    public static <K, V> Map<K, V> orderedDict(Object... keysAndValues) {
        Map<K, V> map = new LinkedHashMap<>();
        fill(map, keysAndValues);
        return map;
    }

    /** A dict of JDBC connection properties. */
    public static Properties properties(Object... keysAndValues) {
        Properties properties = new Properties();
        Map<Object, Object> map = new LinkedHashMap<>();
        fill(map, keysAndValues);
        map.forEach((k, v) -> properties.setProperty(String.valueOf(k), String.valueOf(v)));
        return properties;
    }

    private static <K, V> void fill(Map<K, V> map, Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("dict needs key/value pairs, got " + keysAndValues.length + " items");
        }
        for (int i = 0; i < keysAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            K key = (K) keysAndValues[i];
            @SuppressWarnings("unchecked")
            V value = (V) keysAndValues[i + 1];
            map.put(key, value);
        }
    }
}
