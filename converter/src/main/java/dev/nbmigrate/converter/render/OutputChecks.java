package dev.nbmigrate.converter.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.expect.Expectations;
import dev.nbmigrate.converter.expect.Expectations.ExpectedRow;
import dev.nbmigrate.converter.expect.Expectations.OutputExpectation;
import dev.nbmigrate.converter.expect.Expectations.QueryExpectation;
import dev.nbmigrate.converter.model.DataAccess;
import dev.nbmigrate.converter.render.ModuleViews.OutputView;
import dev.nbmigrate.converter.render.ModuleViews.QueryView;
import dev.nbmigrate.converter.render.ModuleViews.RowCheck;
import dev.nbmigrate.converter.render.ModuleViews.Setting;

/**
 * Pairs the job's outputs with the expectations file and turns each into the checks of the generated test: read
 * the output back (a table by name, files with their format, or only check that it exists when local Spark cannot
 * read the format), then row count, columns or schema, expected rows by key and SQL checks.
 */
final class OutputChecks {

    /** Formats the test reads back with {@code spark.read().format(...)}. */
    static final Set<String> READABLE = Set.of("parquet", "orc", "json", "csv", "text", "avro");
    static final String TABLE = "table";
    static final String UNREADABLE = "unreadable";

    /**
     * The checks, the outputs with and without expectations (for the report), how each output is checked (by
     * location) and what did not match.
     */
    record Result(List<OutputView> outputs, List<String> checked, List<String> unchecked, Map<String, String> status,
            List<Diagnostic> diagnostics) {
    }

    private OutputChecks() {
    }

    /**
     * @param effective where an output really goes in the test run (a config parameter may move it)
     */
    static Result of(List<DataAccess> outputs, Optional<Expectations> expectations, String notebook,
            Function<DataAccess, String> effective) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, OutputExpectation> byKey = new LinkedHashMap<>();
        double defaultTolerance = expectations.map(Expectations::tolerance).orElse(Expectations.DEFAULT_TOLERANCE);
        expectations.ifPresent(e -> e.outputs().forEach(o -> byKey.put(key(o.output()), o)));
        Set<String> known = outputs.stream().map(o -> key(o.location())).collect(Collectors.toSet());
        for (OutputExpectation expected : byKey.values()) {
            if (!known.contains(key(expected.output()))) {
                diagnostics.add(Diagnostic.of(Code.NBM506, Location.ofNotebook(notebook), expectations.get().file()
                        + " names output '" + expected.output() + "', which the job does not write (it writes: "
                        + outputs.stream().map(DataAccess::location).collect(Collectors.joining(", ")) + ")"));
            }
        }
        List<OutputView> views = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        Map<String, String> status = new LinkedHashMap<>();
        int number = 0;
        Set<String> done = new java.util.HashSet<>();
        for (DataAccess output : outputs) {
            if (!done.add(key(output.location()))) {
                continue;
            }
            OutputExpectation expected = byKey.get(key(output.location()));
            String format = expected != null && expected.format() != null ? expected.format() : output.format();
            String kind = kind(format, effective.apply(output));
            if (kind.equals(UNREADABLE)) {
                unchecked.add(output.location());
                status.put(output.location(), "not checked: local Spark cannot read it back");
                diagnostics.add(Diagnostic.of(expected == null ? Code.NBM510 : Code.NBM506, output.origin(),
                        "output '" + output.location() + "' (" + format + ") is not a lake location or table, so the"
                        + " generated test cannot read it back on local Spark; it is not checked"));
                continue;
            }
            if (expected == null) {
                unchecked.add(output.location());
                status.put(output.location(), kind.equals("exists") ? "checked to exist" : "checked to be written,"
                        + " with columns");
                if (expectations.isPresent()) {
                    diagnostics.add(Diagnostic.of(Code.NBM510, output.origin(), "output '" + output.location()
                            + "' is not in " + expectations.get().file() + ": the test only checks that it is written"));
                }
            } else if (kind.equals("exists") && (expected.rowCount() != null || !expected.columns().isEmpty()
                    || expected.schema() != null || !expected.rows().isEmpty() || !expected.queries().isEmpty())) {
                unchecked.add(output.location());
                status.put(output.location(), "checked to exist");
                diagnostics.add(Diagnostic.of(Code.NBM506, output.origin(), "expectations for output '"
                        + output.location() + "' state its contents, but local Spark cannot read format '" + format
                        + "' back; give a readable \"format\" in the expectations or drop the content checks"));
                views.add(view(++number, output, null, format, kind, effective.apply(output), defaultTolerance));
                continue;
            } else {
                checked.add(output.location());
                status.put(output.location(), "checked against the expectations");
            }
            views.add(view(++number, output, expected, format, kind, effective.apply(output), defaultTolerance));
        }
        return new Result(views, checked, unchecked, status, diagnostics);
    }

    private static OutputView view(int number, DataAccess output, OutputExpectation expected, String format,
            String kind, String location, double defaultTolerance) {
        String method = "output" + number;
        String read = "readOutput" + number;
        if (expected == null) {
            return new OutputView(method, read, output.location() + " is written", kind, location, format,
                    options(format, Map.of()), null, List.of(), null, JavaText.doubleLiteral(defaultTolerance),
                    List.of(), List.of(), false);
        }
        double tolerance = expected.tolerance() != null ? expected.tolerance() : defaultTolerance;
        List<QueryView> queries = new ArrayList<>();
        for (int i = 0; i < expected.queries().size(); i++) {
            QueryExpectation query = expected.queries().get(i);
            double queryTolerance = query.tolerance() != null ? query.tolerance() : tolerance;
            queries.add(new QueryView(method + "Query" + (i + 1), output.location() + ": " + query.name(), query.sql(),
                    query.rowCount(), query.columns(), JavaText.doubleLiteral(queryTolerance),
                    rows(query.key(), query.rows())));
        }
        return new OutputView(method, read, output.location() + " holds the expected rows", kind, location, format,
                options(format, expected.options()), expected.rowCount(), expected.columns(), expected.schema(),
                JavaText.doubleLiteral(tolerance), rows(expected.key(), expected.rows()), queries, true);
    }

    /** How the test reads an output back. */
    static String kind(String format, String location) {
        String f = format.toLowerCase(Locale.ROOT);
        if (f.equals(TABLE)) {
            return TABLE;
        }
        if (FixturePlanner.lakePath(location).isEmpty()) {
            return UNREADABLE;
        }
        return READABLE.contains(f) ? "files" : "exists";
    }

    /** Read options: CSV is read with a header and inferred types unless the expectations say otherwise. */
    private static List<Setting> options(String format, Map<String, String> given) {
        Map<String, String> options = new java.util.TreeMap<>();
        if (format.equalsIgnoreCase("csv")) {
            options.put("header", "true");
            options.put("inferSchema", "true");
        }
        options.putAll(given);
        return options.entrySet().stream().map(e -> new Setting(e.getKey(), e.getValue())).toList();
    }

    /** Java source of the row checks: filter by the key, compare every given column. */
    static List<RowCheck> rows(List<String> key, List<ExpectedRow> rows) {
        List<RowCheck> checks = new ArrayList<>();
        for (ExpectedRow row : rows) {
            List<String> conditions = new ArrayList<>();
            for (String column : key) {
                conditions.add(condition(column, row.values().get(column)));
            }
            String filter = conditions.get(0);
            for (int i = 1; i < conditions.size(); i++) {
                filter = filter + ".and(" + conditions.get(i) + ")";
            }
            List<String> columns = new ArrayList<>();
            List<String> values = new ArrayList<>();
            row.values().forEach((column, value) -> {
                columns.add(value instanceof String ? column(column) + ".cast(\"string\")" : column(column));
                values.add(JavaText.valueLiteral(value));
            });
            checks.add(new RowCheck(filter, String.join(", ", columns), String.join(", ", values)));
        }
        return checks;
    }

    private static String condition(String column, Object value) {
        if (value == null) {
            return column(column) + ".isNull()";
        }
        if (value instanceof String) {
            return column(column) + ".cast(\"string\").equalTo(" + JavaText.valueLiteral(value) + ")";
        }
        return column(column) + ".equalTo(" + JavaText.valueLiteral(value) + ")";
    }

    /** {@code col("name")}, with the name back-quoted when it is not a plain identifier (dots, spaces). */
    static String column(String name) {
        String quoted = name.matches("[A-Za-z_][A-Za-z0-9_]*") ? name : "`" + name.replace("`", "``") + "`";
        return "col(" + JavaText.stringLiteral(quoted) + ")";
    }

    /** Outputs and expectations match on the location without trailing slashes, tables case-insensitively. */
    static String key(String location) {
        String trimmed = location.strip();
        while (trimmed.endsWith("/") && trimmed.length() > 1) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.contains("/") || trimmed.contains(":") ? trimmed : trimmed.toLowerCase(Locale.ROOT);
    }
}
