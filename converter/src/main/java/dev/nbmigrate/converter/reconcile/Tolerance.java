package dev.nbmigrate.converter.reconcile;

/**
 * How far two floating-point values may be apart and still be equal: {@code |a - b| <= max(absolute, relative *
 * max(|a|, |b|))}. Two NaN are equal, infinities equal only themselves, {@code -0.0} equals {@code 0.0}. Decimals,
 * integers and every other type are compared exactly.
 *
 * <p>The defaults ({@link #DOUBLE}, {@link #FLOAT}) allow for what differs between two correct Spark runs of the same
 * computation: the order in which partial sums of a shuffle are added (a few units in the last place of a double).
 *
 * @param relative the allowed difference relative to the larger magnitude
 * @param absolute the allowed difference near zero
 */
public record Tolerance(double relative, double absolute) {

    /** Doubles: 1e-9 relative, 1e-12 absolute. */
    public static final Tolerance DOUBLE = new Tolerance(1e-9, 1e-12);
    /** Floats: 1e-6 relative, 1e-9 absolute. */
    public static final Tolerance FLOAT = new Tolerance(1e-6, 1e-9);

    public Tolerance {
        if (!(relative >= 0) || !(absolute >= 0)) {
            throw new IllegalArgumentException("tolerances must be zero or more: " + relative + ", " + absolute);
        }
    }

    /** Whether {@code a} and {@code b} are equal within this tolerance. */
    public boolean equal(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a == b;
        }
        return Math.abs(a - b) <= Math.max(absolute, relative * Math.max(Math.abs(a), Math.abs(b)));
    }
}
