package dev.nbmigrate.runtime.interop;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's indexing and slicing of lists and strings, for the cases plain Java does not cover: negative indices
 * count from the end ({@code xs[-1]}), slices clamp to the bounds ({@code xs[1:]}, {@code s[:-4]}, {@code xs[::2]})
 * and never throw, and an index out of range fails with the message Python gives. A bound of {@code null} is an
 * omitted one ({@code xs[:3]} is {@code slice(xs, null, 3L, null)}).
 */
public final class PySequences {

    private PySequences() {
    }

    /** {@code items[index]}: a negative index counts from the end. */
    public static <T> T item(List<T> items, long index) {
        return items.get(position(index, items.size(), "list"));
    }

    /** {@code text[index]}: the character at that position, as a one-character string. */
    public static String item(String text, long index) {
        int at = position(index, text.length(), "string");
        return text.substring(at, at + 1);
    }

    /** {@code items[start:stop:step]} as a new list. */
    public static <T> List<T> slice(List<T> items, Long start, Long stop, Long step) {
        List<T> result = new ArrayList<>();
        for (int i : indices(items.size(), start, stop, step)) {
            result.add(items.get(i));
        }
        return result;
    }

    /** {@code items[start:stop]} as a new list. */
    public static <T> List<T> slice(List<T> items, Long start, Long stop) {
        return slice(items, start, stop, null);
    }

    /** {@code text[start:stop:step]}. */
    public static String slice(String text, Long start, Long stop, Long step) {
        StringBuilder result = new StringBuilder();
        for (int i : indices(text.length(), start, stop, step)) {
            result.append(text.charAt(i));
        }
        return result.toString();
    }

    /** {@code text[start:stop]}. */
    public static String slice(String text, Long start, Long stop) {
        return slice(text, start, stop, null);
    }

    private static int position(long index, int size, String kind) {
        long at = index < 0 ? index + size : index;
        if (at < 0 || at >= size) {
            throw new IndexOutOfBoundsException(kind + " index out of range: " + index + " (length " + size + ")");
        }
        return (int) at;
    }

    /** The positions {@code range(*slice(start, stop, step).indices(size))} gives, as Python computes them. */
    private static int[] indices(int size, Long start, Long stop, Long step) {
        long by = step == null ? 1 : step;
        if (by == 0) {
            throw new IllegalArgumentException("slice step cannot be zero");
        }
        long from;
        long to;
        if (by > 0) {
            from = start == null ? 0 : clamp(start, size, 0, size);
            to = stop == null ? size : clamp(stop, size, 0, size);
        } else {
            from = start == null ? size - 1 : clamp(start, size, -1, size - 1);
            to = stop == null ? -1 : clamp(stop, size, -1, size - 1);
        }
        long count = by > 0 ? Math.max(0, (to - from + by - 1) / by) : Math.max(0, (from - to - by - 1) / -by);
        int[] result = new int[(int) count];
        for (int i = 0; i < count; i++) {
            result[i] = (int) (from + i * by);
        }
        return result;
    }

    private static long clamp(long bound, int size, long low, long high) {
        long at = bound < 0 ? bound + size : bound;
        return Math.max(low, Math.min(high, at));
    }
}
