package dev.nbmigrate.runtime.rdd;

import java.util.Objects;

import org.apache.spark.Partitioner;
import org.apache.spark.api.java.function.Function;

/**
 * PySpark's placement of a key in a partition: {@code partitionFunc(key) % numPartitions} with Python's modulo (never
 * negative), for {@code partitionBy} and {@code repartitionAndSortWithinPartitions} given a partition function.
 */
public final class PyPartitioner extends Partitioner {

    private static final long serialVersionUID = 1L;

    private final int partitions;
    private final Function<Object, Long> partitionFunc;

    private PyPartitioner(int partitions, Function<Object, Long> partitionFunc) {
        if (partitions <= 0) {
            throw new IllegalArgumentException("Number of partitions (" + partitions + ") must be positive.");
        }
        this.partitions = partitions;
        this.partitionFunc = Objects.requireNonNull(partitionFunc, "partitionFunc");
    }

    /** The partitioner of {@code partitionFunc} over {@code partitions} partitions. */
    @SuppressWarnings("unchecked")
    public static <K> PyPartitioner of(int partitions, Function<K, Long> partitionFunc) {
        return new PyPartitioner(partitions, (Function<Object, Long>) (Function<?, Long>) partitionFunc);
    }

    /**
     * Python's {@code hash} of an int key, which PySpark's default {@code portable_hash} uses for ints: the value
     * itself, except that {@code hash(-1)} is {@code -2}.
     */
    public static long hashInt(Long key) {
        if (key == null) {
            return 0L;
        }
        return key == -1L ? -2L : key;
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        try {
            return (int) Math.floorMod(partitionFunc.call(key), (long) partitions);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the partition function failed", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
