package dev.nbmigrate.runtime.interop;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.StringJoiner;

import dev.nbmigrate.runtime.rdd.PyOrder;

/**
 * A Python tuple of any length in translated code: an unmodifiable list (indexing, {@code len}, iteration and
 * unpacking work as on any Java list) that is known to be a tuple, so that it prints as Python prints a tuple
 * ({@code (1, 'a')}, {@code (1,)}) and orders as Python orders tuples ({@link PyOrder}). Serializable, so RDD
 * elements and closures may hold it.
 *
 * @param <T> the join of the element types (Object when they differ)
 */
public final class PyTuple<T> extends AbstractList<T> implements RandomAccess, Serializable, Comparable<List<?>> {

    private static final long serialVersionUID = 1L;

    private final Object[] items;

    private PyTuple(Object[] items) {
        this.items = items;
    }

    /** The tuple {@code (items...)}; the array is copied. */
    @SafeVarargs
    public static <T> PyTuple<T> of(T... items) {
        return new PyTuple<>(Arrays.copyOf(items, items.length, Object[].class));
    }

    /** The tuple of the elements of {@code items}, in order: Python's {@code tuple(iterable)}. */
    public static <T> PyTuple<T> copyOf(Iterable<? extends T> items) {
        List<Object> copy = new java.util.ArrayList<>();
        items.forEach(copy::add);
        return new PyTuple<>(copy.toArray());
    }

    /**
     * Python's {@code list(zip(a, b, ...))}: the tuples of the items at each position, as long as the shortest
     * sequence.
     */
    @SuppressWarnings("unchecked")
    public static <T> List<List<T>> zip(List<?>... sequences) {
        int size = sequences.length == 0 ? 0 : Integer.MAX_VALUE;
        for (List<?> sequence : sequences) {
            size = Math.min(size, sequence.size());
        }
        List<List<T>> tuples = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Object[] items = new Object[sequences.length];
            for (int k = 0; k < sequences.length; k++) {
                items[k] = sequences[k].get(i);
            }
            tuples.add((List<T>) new PyTuple<>(items));
        }
        return tuples;
    }

    /**
     * Python's {@code dict(pairs)}: the key-value pairs ({@code Tuple2}s or 2-tuples held as lists) as a dict in
     * their order, a later value of a key replacing an earlier one.
     *
     * @throws IllegalArgumentException when an element is no pair, as Python raises ValueError
     */
    @SuppressWarnings("unchecked")
    public static <K, V> java.util.Map<K, V> dict(Iterable<?> pairs) {
        java.util.Map<K, V> dict = new java.util.LinkedHashMap<>();
        for (Object pair : pairs) {
            if (pair instanceof scala.Tuple2<?, ?> tuple) {
                dict.put((K) tuple._1(), (V) tuple._2());
            } else if (pair instanceof List<?> list && list.size() == 2) {
                dict.put((K) list.get(0), (V) list.get(1));
            } else {
                throw new IllegalArgumentException("dictionary update sequence element has no key and value: " + pair);
            }
        }
        return dict;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        return (T) items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public int compareTo(List<?> other) {
        return PyOrder.compare(this, other);
    }

    /** Python's {@code str()} of a tuple of strings and numbers, e.g. {@code (1, 'a')} or {@code (1,)}. */
    @Override
    public String toString() {
        StringJoiner joined = new StringJoiner(", ", "(", items.length == 1 ? ",)" : ")");
        for (Object item : items) {
            joined.add(item instanceof String text ? "'" + text + "'" : String.valueOf(item));
        }
        return joined.toString();
    }
}
