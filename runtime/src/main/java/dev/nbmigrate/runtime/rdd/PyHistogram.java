package dev.nbmigrate.runtime.rdd;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;

import dev.nbmigrate.runtime.interop.PyTuple;

/**
 * {@code rdd.histogram(buckets)} as PySpark computes it: {@code None} and NaN elements are left out; a number of
 * buckets gives evenly spaced buckets from the minimum to the maximum (whole numbers while the step is whole, the
 * last bucket ending at the maximum itself); a sorted list of boundaries is used as given; the last bucket is closed
 * on both sides. The result is the tuple {@code (buckets, counts)}, with the boundaries ints or floats as Python
 * would have them ({@code Long} or {@code Double}).
 */
public final class PyHistogram {

    private PyHistogram() {
    }

    /** {@code histogram(n)}: {@code n} evenly spaced buckets between the smallest and the largest element. */
    public static <T> List<T> histogram(JavaRDD<?> rdd, long buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("number of buckets must be >= 1");
        }
        JavaRDD<Number> values = numbers(rdd);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("can not generate buckets from empty RDD");
        }
        Number min = values.reduce((a, b) -> compare(a, b) <= 0 ? a : b);
        Number max = values.reduce((a, b) -> compare(a, b) >= 0 ? a : b);
        if (compare(min, max) == 0 || buckets == 1) {
            return tuple(new ArrayList<Object>(List.of(min, max)), new ArrayList<Object>(List.of(values.count())));
        }
        boolean whole = min instanceof Long && max instanceof Long;
        double span = max.doubleValue() - min.doubleValue();
        double inc = span / buckets;
        if (Double.isInfinite(inc)) {
            throw new IllegalArgumentException("Can not generate buckets with infinite value");
        }
        long wholeInc = (long) inc;
        boolean wholeStep = (double) (wholeInc * buckets) == span;
        List<Number> boundaries = new ArrayList<>();
        for (long i = 0; i < buckets; i++) {
            if (wholeStep && whole) {
                boundaries.add(i * wholeInc + min.longValue());
            } else {
                boundaries.add(i * (wholeStep ? (double) wholeInc : inc) + min.doubleValue());
            }
        }
        boundaries.add(max);
        return tuple(new ArrayList<Object>(boundaries), count(values, boundaries, wholeStep ? wholeInc : inc));
    }

    /** {@code histogram([b0, b1, ...])}: the buckets {@code [b0, b1), [b1, b2), ..., [bn-1, bn]}. */
    public static <T> List<T> histogram(JavaRDD<?> rdd, List<? extends Number> buckets) {
        if (buckets.size() < 2) {
            throw new IllegalArgumentException("buckets should have more than one value");
        }
        for (int i = 0; i < buckets.size(); i++) {
            Number bucket = buckets.get(i);
            if (bucket == null || Double.isNaN(bucket.doubleValue())) {
                throw new IllegalArgumentException("can not have None or NaN in buckets");
            }
            if (i > 0 && compare(buckets.get(i - 1), bucket) > 0) {
                throw new IllegalArgumentException("buckets should be sorted");
            }
            if (i > 0 && compare(buckets.get(i - 1), bucket) == 0) {
                throw new IllegalArgumentException("buckets should not contain duplicated values");
            }
        }
        double minStep = Double.MAX_VALUE;
        double maxStep = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < buckets.size(); i++) {
            double step = buckets.get(i + 1).doubleValue() - buckets.get(i).doubleValue();
            minStep = Math.min(minStep, step);
            maxStep = Math.max(maxStep, step);
        }
        double inc = maxStep - minStep < 1e-10
                ? (buckets.get(buckets.size() - 1).doubleValue() - buckets.get(0).doubleValue()) / (buckets.size() - 1)
                : Double.NaN;
        return tuple(new ArrayList<Object>(buckets), count(numbers(rdd), new ArrayList<Number>(buckets), inc));
    }

    /** {@code (buckets, counts)}, held as the declared type of the caller's variable (a tuple is a List). */
    @SuppressWarnings("unchecked")
    private static <T> List<T> tuple(List<Object> buckets, List<Object> counts) {
        return (List<T>) PyTuple.<Object>of(buckets, counts);
    }

    /** The counts per bucket; {@code inc} is the even step, or NaN when the buckets are searched. */
    private static List<Object> count(JavaRDD<Number> values, List<Number> buckets, double inc) {
        long[] counters = values.aggregate(new long[buckets.size()], (counts, value) -> {
            Number min = buckets.get(0);
            if (compare(value, buckets.get(buckets.size() - 1)) <= 0 && compare(value, min) >= 0) {
                counts[Double.isNaN(inc) ? bisectRight(buckets, value) - 1 : (int) (difference(value, min) / inc)]++;
            }
            return counts;
        }, (a, b) -> {
            long[] sum = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                sum[i] = a[i] + b[i];
            }
            return sum;
        });
        List<Object> counts = new ArrayList<>();
        for (int i = 0; i < counters.length - 1; i++) {
            counts.add(counters[i]);
        }
        int last = counts.size() - 1;
        counts.set(last, (Long) counts.get(last) + counters[counters.length - 1]);
        return counts;
    }

    private static double difference(Number value, Number min) {
        if (value instanceof Long a && min instanceof Long b) {
            return (double) (a - b);
        }
        return value.doubleValue() - min.doubleValue();
    }

    private static int bisectRight(List<Number> buckets, Number value) {
        int low = 0;
        int high = buckets.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compare(value, buckets.get(middle)) < 0) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** The elements that are numbers, None and NaN left out; another element is an error, as in Python. */
    @SuppressWarnings("unchecked")
    private static JavaRDD<Number> numbers(JavaRDD<?> rdd) {
        return ((JavaRDD<Object>) rdd).map(PyHistogram::number).filter(java.util.Objects::nonNull);
    }

    /** An element as a Long or a Double; null for None and NaN. */
    private static Number number(Object element) {
        if (element == null || element instanceof Double d && d.isNaN() || element instanceof Float f && f.isNaN()) {
            return null;
        }
        if (element instanceof Integer || element instanceof Short || element instanceof Byte) {
            return ((Number) element).longValue();
        }
        if (element instanceof Long || element instanceof Double) {
            return (Number) element;
        }
        if (element instanceof Number number) {
            return number.doubleValue();
        }
        throw new IllegalArgumentException("Can not generate buckets with non-number in RDD");
    }

    private static int compare(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return Double.compare(a.doubleValue(), b.doubleValue());
    }
}
