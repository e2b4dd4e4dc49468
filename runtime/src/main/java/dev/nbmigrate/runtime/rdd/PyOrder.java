package dev.nbmigrate.runtime.rdd;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.spark.api.java.function.Function;

import scala.Product;

/**
 * Python's ordering of the values a translated RDD holds: numbers by value (ints, longs and floats compare with
 * each other, {@code False < True}), strings by code point, tuples ({@code Tuple2} and other Scala tuples) and
 * lists element by element, the shorter first when one is a prefix of the other. {@code None} (Java {@code null}
 * or an empty {@link Optional}) sorts before anything else, where Python 3 would raise; values of types Python does
 * not order against each other raise {@link ClassCastException}, as Python raises {@code TypeError}.
 */
public final class PyOrder {

    private static final Comparator<Object> NATURAL = new Natural();

    private PyOrder() {
    }

    /** Python's {@code <}: negative, zero or positive. */
    public static int compare(Object a, Object b) {
        Object left = unwrap(a);
        Object right = unwrap(b);
        if (left == null || right == null) {
            return left == null ? (right == null ? 0 : -1) : 1;
        }
        if (isNumber(left) && isNumber(right)) {
            return compareNumbers(left, right);
        }
        if (left instanceof String s && right instanceof String t) {
            return compareStrings(s, t);
        }
        if (left instanceof Product p && right instanceof Product q && isTuple(p) && isTuple(q)) {
            return compareSequences(p.productIterator(), q.productIterator());
        }
        if (left instanceof List<?> l && right instanceof List<?> r) {
            return compareSequences(l.iterator(), r.iterator());
        }
        throw new ClassCastException("'<' not supported between instances of " + left.getClass().getSimpleName()
                + " and " + right.getClass().getSimpleName());
    }

    /** Python's natural ordering as a serializable comparator (Spark ships comparators to executors). */
    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> natural() {
        return (Comparator<T>) NATURAL;
    }

    /** The ordering of {@code key(value)}: Python's {@code key=} argument. */
    public static <T> Comparator<T> by(Function<T, ?> key) {
        return new ByKey<>(key);
    }

    /** The ordering of {@code key(value)}, reversed when {@code descending}. */
    public static <T> Comparator<T> by(Function<T, ?> key, boolean descending) {
        Comparator<T> order = new ByKey<>(key);
        return descending ? new Reversed<>(order) : order;
    }

    private static Object unwrap(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.orElse(null);
        }
        return value;
    }

    private static boolean isTuple(Product product) {
        return product.getClass().getName().startsWith("scala.Tuple") || product instanceof PyTuple2;
    }

    private static boolean isNumber(Object value) {
        return value instanceof Number || value instanceof Boolean;
    }

    private static int compareNumbers(Object a, Object b) {
        if (isIntegral(a) && isIntegral(b)) {
            return Long.compare(integral(a), integral(b));
        }
        return Double.compare(real(a), real(b));
    }

    private static boolean isIntegral(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof Boolean;
    }

    private static long integral(Object value) {
        return value instanceof Boolean bool ? (bool ? 1 : 0) : ((Number) value).longValue();
    }

    private static double real(Object value) {
        return value instanceof Boolean bool ? (bool ? 1 : 0) : ((Number) value).doubleValue();
    }

    private static int compareStrings(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static int compareSequences(Iterator<?> a, Iterator<?> b) {
        while (a.hasNext() && b.hasNext()) {
            int order = compare(a.next(), b.next());
            if (order != 0) {
                return order;
            }
        }
        return Boolean.compare(a.hasNext(), b.hasNext());
    }

    private static int compareSequences(scala.collection.Iterator<?> a, scala.collection.Iterator<?> b) {
        while (a.hasNext() && b.hasNext()) {
            int order = compare(a.next(), b.next());
            if (order != 0) {
                return order;
            }
        }
        return Boolean.compare(a.hasNext(), b.hasNext());
    }

    private static final class Natural implements Comparator<Object>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Object a, Object b) {
            return PyOrder.compare(a, b);
        }
    }

    private static final class ByKey<T> implements Comparator<T>, Serializable {
        private static final long serialVersionUID = 1L;
        private final Function<T, ?> key;

        ByKey(Function<T, ?> key) {
            this.key = key;
        }

        @Override
        public int compare(T a, T b) {
            try {
                return PyOrder.compare(key.call(a), key.call(b));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("the key function failed", e);
            }
        }
    }

    private static final class Reversed<T> implements Comparator<T>, Serializable {
        private static final long serialVersionUID = 1L;
        private final Comparator<T> order;

        Reversed(Comparator<T> order) {
            this.order = order;
        }

        @Override
        public int compare(T a, T b) {
            return order.compare(b, a);
        }
    }
}
