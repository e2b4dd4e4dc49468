package dev.nbmigrate.converter.parse.sql;

import java.util.Objects;

/**
 * One column of a {@code PARTITION (...)} clause: a static value ({@code dt='2020-01-01'}) or, with a null
 * {@code value}, a dynamic partition column ({@code hr}) whose values come from the query.
 */
public record PartitionValue(String column, String value) {

    public PartitionValue {
        Objects.requireNonNull(column, "column");
    }

    public boolean isDynamic() {
        return value == null;
    }
}
