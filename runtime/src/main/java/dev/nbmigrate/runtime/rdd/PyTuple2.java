package dev.nbmigrate.runtime.rdd;

import scala.Tuple2;

/**
 * A {@code Tuple2} that orders as a Python tuple ({@link PyOrder}), so that a list of collected pairs sorts as
 * Python's {@code sorted()} sorts it. Equal to any {@code Tuple2} with equal elements.
 *
 * @param <A> the key type
 * @param <B> the value type
 */
public final class PyTuple2<A, B> extends Tuple2<A, B> implements Comparable<Tuple2<?, ?>> {

    private static final long serialVersionUID = 1L;

    public PyTuple2(A first, B second) {
        super(first, second);
    }

    /** {@code pair} itself when it already orders as Python's, else a copy that does. */
    public static <A, B> PyTuple2<A, B> of(Tuple2<A, B> pair) {
        return pair instanceof PyTuple2<A, B> ordered ? ordered : new PyTuple2<>(pair._1(), pair._2());
    }

    @Override
    public int compareTo(Tuple2<?, ?> other) {
        return PyOrder.compare(this, other);
    }
}
