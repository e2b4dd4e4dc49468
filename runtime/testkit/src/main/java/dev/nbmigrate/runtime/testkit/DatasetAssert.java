package dev.nbmigrate.runtime.testkit;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions on a Dataset's schema and rows, with failure messages that say which column of which row differs.
 *
 * <pre>{@code
 * assertThatDataset(spark.read().parquet(out))
 *     .hasSchema("store_id STRING, day DATE, covers BIGINT")
 *     .withTolerance(1e-9)
 *     .containsExactlyInAnyOrder(row("s1", LocalDate.of(2024, 1, 31), 42L), row("s2", LocalDate.of(2024, 1, 31), 7L));
 * }</pre>
 *
 * Rows are collected to the driver once per assertion object, so keep test data small.
 */
public final class DatasetAssert {
    private final Dataset<?> actual;
    private double tolerance;
    private List<Row> rows;

    private DatasetAssert(Dataset<?> actual) {
        this.actual = actual;
    }

    /** Starts assertions on {@code actual}. */
    public static DatasetAssert assertThatDataset(Dataset<?> actual) {
        if (actual == null) {
            throw new AssertionFailedError("Expected a Dataset but it was null");
        }
        return new DatasetAssert(actual);
    }

    /** Compares doubles, floats and decimals within {@code absolute} from now on (default 0: exact). */
    public DatasetAssert withTolerance(double absolute) {
        if (!(absolute >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0, got " + absolute);
        }
        this.tolerance = absolute;
        return this;
    }

    /** Column names, types and order equal {@code expected}'s; nullability (also nested) is ignored. */
    public DatasetAssert hasSchema(StructType expected) {
        SchemaDiff.diff(expected, actual.schema(), false).ifPresent(message -> fail(message,
                SchemaDiff.render(expected, false), SchemaDiff.render(actual.schema(), false)));
        return this;
    }

    /** {@link #hasSchema(StructType)} with a DDL schema: {@code "store_id STRING, day DATE, covers BIGINT"}. */
    public DatasetAssert hasSchema(String ddl) {
        return hasSchema(StructType.fromDDL(ddl));
    }

    /** Like {@link #hasSchema(StructType)}, and nullability must match too. */
    public DatasetAssert hasExactSchema(StructType expected) {
        SchemaDiff.diff(expected, actual.schema(), true).ifPresent(message -> fail(message,
                SchemaDiff.render(expected, true), SchemaDiff.render(actual.schema(), true)));
        return this;
    }

    /** The column names, in order, are {@code names}. */
    public DatasetAssert hasColumns(String... names) {
        List<String> got = Arrays.asList(actual.columns());
        if (!got.equals(Arrays.asList(names))) {
            fail("Columns differ: expected " + String.join(", ", names) + ", got " + String.join(", ", got),
                    String.join(", ", names), String.join(", ", got));
        }
        return this;
    }

    /** There are exactly {@code expected} rows. */
    public DatasetAssert hasRowCount(long expected) {
        long got = rows().size();
        if (got != expected) {
            fail("Expected " + expected + " rows, got " + got, Long.toString(expected), Long.toString(got));
        }
        return this;
    }

    /** There are no rows. */
    public DatasetAssert isEmpty() {
        if (!rows().isEmpty()) {
            fail("Expected no rows, got " + rows().size() + "; first: " + RowsDiff.render(rows().get(0)),
                    "0 rows", rows().size() + " rows");
        }
        return this;
    }

    /** The rows are exactly {@code expected}, in any order (duplicates count). */
    public DatasetAssert containsExactlyInAnyOrder(Row... expected) {
        return containsExactlyInAnyOrder(Arrays.asList(expected));
    }

    /** The rows are exactly {@code expected}, in any order (duplicates count). */
    public DatasetAssert containsExactlyInAnyOrder(List<Row> expected) {
        checkWidth(expected);
        RowsDiff.unordered(columns(), expected, rows(), tolerance)
                .ifPresent(message -> fail(message, render(expected), render(rows())));
        return this;
    }

    /** The rows are exactly {@code expected}, in this order. */
    public DatasetAssert containsExactly(Row... expected) {
        List<Row> wanted = Arrays.asList(expected);
        checkWidth(wanted);
        RowsDiff.ordered(columns(), wanted, rows(), tolerance)
                .ifPresent(message -> fail(message, render(wanted), render(rows())));
        return this;
    }

    /** The rows are exactly those of {@code expected}, in any order; schemas are not compared. */
    public DatasetAssert hasSameRowsAs(Dataset<?> expected) {
        return containsExactlyInAnyOrder(expected.toDF().collectAsList());
    }

    private void checkWidth(List<Row> expected) {
        int width = actual.columns().length;
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).size() != width) {
                throw new AssertionFailedError("Expected row " + (i + 1) + " has " + expected.get(i).size()
                        + " values but the data has " + width + " columns (" + String.join(", ", columns()) + ")");
            }
        }
    }

    private List<Row> rows() {
        if (rows == null) {
            rows = actual.toDF().collectAsList();
        }
        return rows;
    }

    private List<String> columns() {
        return Arrays.asList(actual.columns());
    }

    private static String render(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        for (Row row : rows) {
            out.append(RowsDiff.render(row)).append(System.lineSeparator());
        }
        return out.toString();
    }

    private static void fail(String message, String expected, String actual) {
        throw new AssertionFailedError(message, expected, actual);
    }

}
