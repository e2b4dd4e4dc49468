package dev.nbmigrate.runtime.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Conversions between Java collections and the Scala ones some Spark methods take or return, so generated code
 * stays readable: {@code sales.join(stores, Scala.seq("store_id", "day"), "left")}. Scala 2.13, as in Spark 3.5
 * and 4.0. Every conversion copies, so later changes to the source do not show through.
 */
public final class Scala {
    private Scala() {
    }

    /** An immutable Scala {@code Seq} of {@code items}, for multi-column joins and other Seq parameters. */
    public static <T> scala.collection.immutable.Seq<T> seq(List<T> items) {
        return CollectionConverters.asScala(List.copyOf(items)).toList();
    }

    /** An immutable Scala {@code Seq} of {@code items}. */
    @SafeVarargs
    public static <T> scala.collection.immutable.Seq<T> seq(T... items) {
        List<T> list = new ArrayList<>(items.length);
        for (T item : items) {
            list.add(item);
        }
        return seq(list);
    }

    /** An immutable Scala {@code Map} of {@code entries}. */
    public static <K, V> scala.collection.immutable.Map<K, V> map(Map<K, V> entries) {
        return scala.collection.immutable.Map$.MODULE$.from(CollectionConverters.asScala(Map.copyOf(entries)));
    }

    /** A Java list of a Scala sequence (such as an array column's value in a Row). */
    public static <T> List<T> list(scala.collection.Seq<T> items) {
        return List.copyOf(CollectionConverters.asJava(items));
    }

    /** A Java map of a Scala map (such as a map column's value in a Row). */
    public static <K, V> Map<K, V> javaMap(scala.collection.Map<K, V> entries) {
        return Map.copyOf(CollectionConverters.asJava(entries));
    }

    /** A Java {@code Optional} of a Scala {@code Option}. */
    public static <T> Optional<T> optional(Option<T> option) {
        return option.isDefined() ? Optional.ofNullable(option.get()) : Optional.empty();
    }
}
