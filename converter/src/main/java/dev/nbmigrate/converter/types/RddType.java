package dev.nbmigrate.converter.types;

import java.util.Objects;

/**
 * A Python RDD whose elements have a known type, translated to Spark's Java RDD API: a {@code JavaPairRDD<K, V>}
 * when the elements are key-value pairs ({@link PairType}), else a {@code JavaRDD<E>}. An RDD whose elements are not
 * known is {@link SparkObject#RDD}, which is not translated.
 *
 * @param element the type of one element
 */
public record RddType(PyType element) implements PyType {

    public RddType {
        Objects.requireNonNull(element, "element");
    }

    /** True when the Java value is a {@code JavaPairRDD}. */
    public boolean isPair() {
        return element instanceof PairType;
    }

    @Override
    public String display() {
        return "RDD[" + element.display() + "]";
    }
}
