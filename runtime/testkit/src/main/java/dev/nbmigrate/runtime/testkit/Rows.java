package dev.nbmigrate.runtime.testkit;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Expected rows for {@link DatasetAssert}: {@code row("s1", LocalDate.of(2024, 1, 31), 42L)}. */
public final class Rows {
    private Rows() {
    }

    /** A row of {@code values} in column order; use a nested {@code row(...)} for a struct, a List for an array. */
    public static Row row(Object... values) {
        return RowFactory.create(values);
    }
}
