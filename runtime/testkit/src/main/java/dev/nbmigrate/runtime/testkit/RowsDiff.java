package dev.nbmigrate.runtime.testkit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;

/** Matches expected rows to actual rows and describes the difference for a data engineer. */
final class RowsDiff {
    /** Rows listed per section of a failure message. */
    static final int SHOWN = 20;
    private static final String NL = System.lineSeparator();

    private RowsDiff() {
    }

    /** The difference ignoring order, or empty if every row matches one row. */
    static Optional<String> unordered(List<String> columns, List<Row> expected, List<Row> actual, double tolerance) {
        Map<String, Deque<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < actual.size(); i++) {
            buckets.computeIfAbsent(key(actual.get(i)), k -> new ArrayDeque<>()).add(i);
        }
        boolean[] used = new boolean[actual.size()];
        List<Row> missing = new ArrayList<>();
        for (Row row : expected) {
            Deque<Integer> candidates = buckets.getOrDefault(key(row), new ArrayDeque<>());
            Integer match = null;
            for (Integer index : candidates) {
                if (rowsEqual(row, actual.get(index), tolerance)) {
                    match = index;
                    break;
                }
            }
            if (match == null) {
                missing.add(row);
            } else {
                candidates.remove(match);
                used[match] = true;
            }
        }
        List<Row> unexpected = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            if (!used[i]) {
                unexpected.add(actual.get(i));
            }
        }
        if (missing.isEmpty() && unexpected.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = header("order ignored", columns, expected.size(), actual.size(), tolerance);
        out.append("; ").append(expected.size() - missing.size()).append(" matched");
        if (!missing.isEmpty()) {
            out.append(NL).append("Expected but not found (").append(missing.size()).append("):");
            for (Row row : missing.subList(0, Math.min(SHOWN, missing.size()))) {
                out.append(NL).append("    ").append(render(row));
                nearest(row, unexpected, tolerance).ifPresent(other -> out.append(NL).append("      nearest actual row ")
                        .append(render(other)).append(" differs in ").append(differences(columns, row, other, tolerance)));
            }
            more(out, missing.size());
        }
        if (!unexpected.isEmpty()) {
            out.append(NL).append("Found but not expected (").append(unexpected.size()).append("):");
            for (Row row : unexpected.subList(0, Math.min(SHOWN, unexpected.size()))) {
                out.append(NL).append("    ").append(render(row));
            }
            more(out, unexpected.size());
        }
        return Optional.of(out.toString());
    }

    /** The difference in order, or empty if row i matches row i for all i. */
    static Optional<String> ordered(List<String> columns, List<Row> expected, List<Row> actual, double tolerance) {
        List<String> lines = new ArrayList<>();
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            if (!rowsEqual(expected.get(i), actual.get(i), tolerance)) {
                lines.add("row " + (i + 1) + ": expected " + render(expected.get(i)) + NL
                        + "         actual   " + render(actual.get(i)) + NL
                        + "         differs in " + differences(columns, expected.get(i), actual.get(i), tolerance));
            }
        }
        for (int i = common; i < expected.size(); i++) {
            lines.add("row " + (i + 1) + ": expected " + render(expected.get(i)) + ", but there is no such row");
        }
        for (int i = common; i < actual.size(); i++) {
            lines.add("row " + (i + 1) + ": unexpected " + render(actual.get(i)));
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = header("in order", columns, expected.size(), actual.size(), tolerance);
        for (String line : lines.subList(0, Math.min(SHOWN, lines.size()))) {
            out.append(NL).append("  ").append(line);
        }
        more(out, lines.size());
        return Optional.of(out.toString());
    }

    static String render(Row row) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < row.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(Values.render(row.get(i)));
        }
        return out.append(']').toString();
    }

    private static StringBuilder header(String mode, List<String> columns, int expected, int actual,
                                        double tolerance) {
        StringBuilder out = new StringBuilder("Rows differ (").append(mode);
        if (tolerance > 0) {
            out.append(", tolerance ").append(tolerance);
        }
        out.append(")").append(NL).append("Columns: ").append(String.join(", ", columns)).append(NL)
                .append("Expected ").append(expected).append(expected == 1 ? " row" : " rows").append(", got ")
                .append(actual);
        return out;
    }

    private static void more(StringBuilder out, int total) {
        if (total > SHOWN) {
            out.append(NL).append("    ... and ").append(total - SHOWN).append(" more");
        }
    }

    private static String key(Row row) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            out.append(Values.key(row.get(i))).append('\u0001');
        }
        return out.toString();
    }

    private static boolean rowsEqual(Row expected, Row actual, double tolerance) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!Values.equal(expected.get(i), actual.get(i), tolerance)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Row> nearest(Row row, List<Row> candidates, double tolerance) {
        Row best = null;
        int bestSame = 0;
        for (Row candidate : candidates) {
            int same = 0;
            for (int i = 0; i < Math.min(row.size(), candidate.size()); i++) {
                if (Values.equal(row.get(i), candidate.get(i), tolerance)) {
                    same++;
                }
            }
            if (same > bestSame) {
                best = candidate;
                bestSame = same;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String differences(List<String> columns, Row expected, Row actual, double tolerance) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!Values.equal(expected.get(i), actual.get(i), tolerance)) {
                String column = i < columns.size() ? columns.get(i) : "#" + (i + 1);
                parts.add(column + " (expected " + Values.render(expected.get(i)) + ", got "
                        + Values.render(actual.get(i)) + ")");
            }
        }
        return String.join(", ", parts);
    }
}
