package dev.nbmigrate.converter.expect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a migrating team states a converted job must produce on the sample data: the notebook's
 * {@code <notebook>.expect.json}, written next to it from values computed independently of the job (for the legacy
 * notebooks, {@code EXPECTED.md}). The generated test turns it into assertions. Format: {@code docs/expectations.md}.
 *
 * @param file        the expectations file as the user named it (forward slashes)
 * @param notebook    the notebook file name it is for, or {@code null} when the file does not say
 * @param source      where the values come from (free text for the report), or {@code null}
 * @param tolerance   the default absolute tolerance for floating-point values
 * @param args        job options the test run passes (for required parameters, or to narrow the run)
 * @param given       tables the job reads that other notebooks write: created before the run
 * @param outputs     what each output must hold
 */
public record Expectations(String file, String notebook, String source, double tolerance, List<String> args,
        List<GivenTable> given, List<OutputExpectation> outputs) {

    /** The tolerance when the file gives none: floating sums compare almost exactly. */
    public static final double DEFAULT_TOLERANCE = 1e-9;

    public Expectations {
        Objects.requireNonNull(file, "file");
        args = List.copyOf(args);
        given = List.copyOf(given);
        outputs = List.copyOf(outputs);
    }

    /**
     * A table to create before the job runs, from fixture files: each source is read (format, lake location,
     * options, optional DDL schema) into a temporary view of its name; the table is {@code select} over those views
     * (or the only source as read, when there is no {@code select}).
     */
    public record GivenTable(String table, SortedMap<String, Source> sources, String select) {
        public GivenTable {
            Objects.requireNonNull(table, "table");
            sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
        }

        /** The database part of {@code db.table}, if any. */
        public Optional<String> database() {
            int dot = table.lastIndexOf('.');
            return dot < 0 ? Optional.empty() : Optional.of(table.substring(0, dot));
        }
    }

    /** Files read into a temporary view: format ({@code csv}, {@code json}, {@code parquet}...), lake location, options, schema. */
    public record Source(String format, String location, SortedMap<String, String> options, String schema) {
        public Source {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(location, "location");
            options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
        }
    }

    /**
     * What one output must hold.
     *
     * @param output    the output as the notebook names it: a lake location or a table name
     * @param format    how to read it back, when not the format the job writes
     * @param options   read options (e.g. CSV {@code header})
     * @param rowCount  the exact number of rows, or {@code null}
     * @param columns   the column names in order, or empty
     * @param schema    the exact schema as DDL ({@code site_id STRING, covers BIGINT}), or {@code null}
     * @param tolerance the absolute tolerance of this output's floating values, or {@code null} for the file's
     * @param key       the columns that identify an expected row
     * @param rows      expected rows: key columns and values
     * @param queries   SQL checks over the output (as view {@code output})
     */
    public record OutputExpectation(String output, String format, SortedMap<String, String> options, Long rowCount,
            List<String> columns, String schema, Double tolerance, List<String> key, List<ExpectedRow> rows,
            List<QueryExpectation> queries) {
        public OutputExpectation {
            Objects.requireNonNull(output, "output");
            options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
            columns = List.copyOf(columns);
            key = List.copyOf(key);
            rows = List.copyOf(rows);
            queries = List.copyOf(queries);
        }
    }

    /**
     * A SQL query over the output (registered as the temporary view {@code output}) and what it must return.
     *
     * @param name      what the query checks, shown as the test's name
     * @param sql       the query
     * @param rowCount  the exact number of rows, or {@code null}
     * @param columns   the column names in order, or empty
     * @param tolerance the absolute tolerance, or {@code null} for the output's
     * @param key       the columns that identify an expected row
     * @param rows      expected rows
     */
    public record QueryExpectation(String name, String sql, Long rowCount, List<String> columns, Double tolerance,
            List<String> key, List<ExpectedRow> rows) {
        public QueryExpectation {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sql, "sql");
            columns = List.copyOf(columns);
            key = List.copyOf(key);
            rows = List.copyOf(rows);
        }
    }

    /**
     * An expected row: column name to value, in the file's order. Values are {@link String} (compared with the
     * column cast to string, as Spark prints it: dates {@code 2024-01-15}), {@link Long}, {@link Double} (within
     * the tolerance), {@link Boolean} or {@code null}.
     */
    public record ExpectedRow(Map<String, Object> values) {
        public ExpectedRow {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }
}
