package dev.nbmigrate.converter.analyze;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The facts a {@code DataFrameReader}/{@code DataFrameWriter} builder chain has gathered before its terminal call:
 * {@code format}, {@code mode}, options (keys lower-cased, constant values as text), partition columns, and for
 * {@code writeTo} the table. Immutable; each builder call makes a new one.
 */
record IoChain(String format, String mode, SortedMap<String, String> options, List<String> partitionBy,
               String table) {

    static final IoChain EMPTY = new IoChain(null, null, new TreeMap<>(), List.of(), null);

    IoChain {
        options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
        partitionBy = List.copyOf(partitionBy);
    }

    IoChain withFormat(String value) {
        return new IoChain(value, mode, options, partitionBy, table);
    }

    IoChain withMode(String value) {
        return new IoChain(format, value, options, partitionBy, table);
    }

    IoChain withOption(String key, String value) {
        SortedMap<String, String> copy = new TreeMap<>(options);
        copy.put(key.toLowerCase(java.util.Locale.ROOT), value);
        return new IoChain(format, mode, copy, partitionBy, table);
    }

    IoChain withOptions(Map<String, String> more) {
        IoChain result = this;
        for (Map.Entry<String, String> e : more.entrySet()) {
            result = result.withOption(e.getKey(), e.getValue());
        }
        return result;
    }

    IoChain withPartitionBy(List<String> columns) {
        List<String> all = new ArrayList<>(partitionBy);
        all.addAll(columns);
        return new IoChain(format, mode, options, all, table);
    }

    IoChain withTable(String value) {
        return new IoChain(format, mode, options, partitionBy, value);
    }

    /** Facts of two branches ({@code if}/{@code else}): agreeing facts stay, options are united. */
    IoChain merge(IoChain other) {
        SortedMap<String, String> all = new TreeMap<>(other.options);
        all.putAll(options);
        return new IoChain(java.util.Objects.equals(format, other.format) ? format : null,
                java.util.Objects.equals(mode, other.mode) ? mode : null, all,
                partitionBy.equals(other.partitionBy) ? partitionBy : List.of(),
                java.util.Objects.equals(table, other.table) ? table : null);
    }
}
