package dev.nbmigrate.converter.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares the notebook's captured result with the job's.
 *
 * <ul>
 *   <li><b>Schema</b>: the same columns in the same order, names equal ignoring case (as Spark resolves them), types
 *   equal ({@code integer} and {@code int} are one type; {@code int} and {@code bigint} are not).</li>
 *   <li><b>Rows</b>: when the notebook's result came out of a sort, row by row in order; otherwise as multisets
 *   (each row of one side matched by an equal row of the other, duplicates counted).</li>
 *   <li><b>Values</b>: by column type, as {@link Values} says: null equals only null, doubles within
 *   {@link Tolerance#DOUBLE}, timestamps as instants, nested types element by element.</li>
 *   <li>A result cut short by a capture cap and not sorted is compared by row count only: its first rows are
 *   arbitrary.</li>
 *   <li>A column whose values come from the clock of the run by either side's lineage ({@link Captured#clockColumns})
 *   is compared by type (with the schema) and nullness only ({@link ColumnRule.Clock}).</li>
 * </ul>
 */
public final class ResultComparator {

    /** The most differing rows a comparison keeps. */
    public static final int MAX_DIFFERENCES = 5;

    private ResultComparator() {
    }

    /** Compares {@code notebook} (the reference) with {@code job}. */
    public static Comparison compare(Captured notebook, Captured job) {
        List<String> schema = schemaDifferences(notebook.columns(), job.columns());
        List<String> clock = clockColumns(notebook, job);
        List<ColumnRule> types = notebook.columns().stream().map(c -> ColumnRule.of(SparkType.parse(c.type()),
                clock.contains(c.name()))).toList();
        int nRows = notebook.rows().size();
        int jRows = job.rows().size();
        boolean ordered = notebook.ordered();
        if (notebook.columns().size() != job.columns().size()) {
            return new Comparison(false, schema, List.of(), nRows, jRows, ordered, clock);
        }
        List<RowDifference> rows;
        if (!ordered && (notebook.truncated() || job.truncated())) {
            rows = nRows == jRows ? List.of() : List.of(new RowDifference(Math.min(nRows, jRows), null, null));
        } else if (ordered) {
            rows = inOrder(types, notebook.rows(), job.rows());
        } else {
            rows = asMultisets(types, notebook.rows(), job.rows());
        }
        return new Comparison(schema.isEmpty() && rows.isEmpty(), schema, rows, nRows, jRows, ordered, clock);
    }

    /** The notebook's columns that either side found to come from the clock (names compared ignoring case). */
    static List<String> clockColumns(Captured notebook, Captured job) {
        Set<String> named = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        named.addAll(notebook.clockColumns());
        named.addAll(job.clockColumns());
        return notebook.columns().stream().map(Column::name).filter(named::contains).toList();
    }

    static List<String> schemaDifferences(List<Column> notebook, List<Column> job) {
        List<String> differences = new ArrayList<>();
        int common = Math.min(notebook.size(), job.size());
        for (int i = 0; i < common; i++) {
            Column n = notebook.get(i);
            Column j = job.get(i);
            if (!n.name().toLowerCase(Locale.ROOT).equals(j.name().toLowerCase(Locale.ROOT))) {
                differences.add("column " + (i + 1) + ": notebook '" + n.name() + "', job '" + j.name() + "'");
            }
            if (!SparkType.parse(n.type()).canonical().equals(SparkType.parse(j.type()).canonical())) {
                differences.add("column " + n.name() + ": notebook " + n.type() + ", job " + j.type());
            }
        }
        for (int i = common; i < notebook.size(); i++) {
            differences.add("column " + notebook.get(i).name() + " only in the notebook's result");
        }
        for (int i = common; i < job.size(); i++) {
            differences.add("column " + job.get(i).name() + " only in the job's result");
        }
        return differences;
    }

    private static List<RowDifference> inOrder(List<ColumnRule> types, List<List<JsonNode>> notebook,
            List<List<JsonNode>> job) {
        List<RowDifference> differences = new ArrayList<>();
        int max = Math.max(notebook.size(), job.size());
        for (int i = 0; i < max && differences.size() < MAX_DIFFERENCES; i++) {
            List<JsonNode> n = i < notebook.size() ? notebook.get(i) : null;
            List<JsonNode> j = i < job.size() ? job.get(i) : null;
            if (n == null || j == null || !rowEqual(types, n, j)) {
                differences.add(new RowDifference(i, n, j));
            }
        }
        return differences;
    }

    /**
     * Multisets: both sides sorted by {@link Values#sortKey}, equal neighbours paired off; rows left over are
     * matched against each other one by one (values equal within tolerance may sort apart), and what remains
     * differs.
     */
    private static List<RowDifference> asMultisets(List<ColumnRule> types, List<List<JsonNode>> notebook,
            List<List<JsonNode>> job) {
        List<Keyed> n = sorted(types, notebook);
        List<Keyed> j = sorted(types, job);
        List<List<JsonNode>> nLeft = new ArrayList<>();
        List<List<JsonNode>> jLeft = new ArrayList<>();
        int a = 0;
        int b = 0;
        while (a < n.size() && b < j.size()) {
            if (rowEqual(types, n.get(a).row(), j.get(b).row())) {
                a++;
                b++;
            } else if (n.get(a).key().compareTo(j.get(b).key()) <= 0) {
                nLeft.add(n.get(a++).row());
            } else {
                jLeft.add(j.get(b++).row());
            }
        }
        n.subList(a, n.size()).forEach(k -> nLeft.add(k.row()));
        j.subList(b, j.size()).forEach(k -> jLeft.add(k.row()));
        nLeft.removeIf(row -> removeEqual(types, jLeft, row));
        List<RowDifference> differences = new ArrayList<>();
        int max = Math.max(nLeft.size(), jLeft.size());
        for (int i = 0; i < max && differences.size() < MAX_DIFFERENCES; i++) {
            differences.add(new RowDifference(i, i < nLeft.size() ? nLeft.get(i) : null,
                    i < jLeft.size() ? jLeft.get(i) : null));
        }
        return differences;
    }

    private static boolean removeEqual(List<ColumnRule> types, List<List<JsonNode>> rows, List<JsonNode> row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rowEqual(types, row, rows.get(i))) {
                rows.remove(i);
                return true;
            }
        }
        return false;
    }

    private record Keyed(List<JsonNode> row, String key) {
    }

    private static List<Keyed> sorted(List<ColumnRule> types, List<List<JsonNode>> rows) {
        List<Keyed> keyed = new ArrayList<>();
        rows.forEach(row -> keyed.add(new Keyed(row, key(types, row))));
        keyed.sort(Comparator.comparing(Keyed::key));
        return keyed;
    }

    private static String key(List<ColumnRule> types, List<JsonNode> row) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            key.append(types.get(Math.min(i, types.size() - 1)).sortKey(row.get(i))).append('\u0003');
        }
        return key.toString();
    }

    static boolean rowEqual(List<ColumnRule> types, List<JsonNode> a, List<JsonNode> b) {
        if (a.size() != b.size() || a.size() != types.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!types.get(i).equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
