package dev.nbmigrate.converter.reconcile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Pairs what the notebook captured with what the job captured and compares each pair.
 *
 * <ul>
 *   <li><b>Outputs</b> by name: a file output by its storage URL (trailing {@code /} ignored), a table by its
 *   qualified name (case ignored).</li>
 *   <li><b>Displayed results</b> cell by cell: a job's inspection is put in the notebook cell its job-class line
 *   came from ({@code jobClassLines} of {@code migration.json}); within a cell the n-th result of the notebook is
 *   paired with the n-th of the job.</li>
 *   <li><b>Displayed values</b> (a printed count, a message): equal when every line the job displayed is a line the
 *   notebook printed in the same cell; a printed schema's nullability flags are left out, as schemas are compared
 *   without nullability.</li>
 * </ul>
 */
public final class Reconciler {

    private static final java.util.regex.Pattern NULLABILITY = java.util.regex.Pattern.compile(
            "\\s*\\((?:nullable|containsNull|valueContainsNull) = (?:true|false)\\)$");
    private static final Set<String> TABLE_KINDS = Set.of("show", "sql", "display", "describe", "summary");

    private Reconciler() {
    }

    /**
     * @param notebook       the harness's capture
     * @param job            the job's capture
     * @param jobClassLines  {@code jobClassLines} of the module's {@code migration.json}
     * @param inputs         tables (lower case) made before the run from the sample data: inputs, not outputs
     */
    public static List<Reconciled> reconcile(JsonNode notebook, JsonNode job, JsonNode jobClassLines,
            Set<String> inputs) {
        List<Reconciled> results = new ArrayList<>(outputs(notebook.path("outputs"), job.path("outputs"), inputs));
        results.addAll(displays(notebook.path("cells"), job.path("events"), jobClassLines));
        return results;
    }

    private static List<Reconciled> outputs(JsonNode notebook, JsonNode job, Set<String> inputs) {
        Map<String, JsonNode> left = byName(notebook);
        Map<String, JsonNode> right = byName(job);
        inputs.forEach(table -> {
            left.remove("table:" + table);
            right.remove("table:" + table);
        });
        List<Reconciled> results = new ArrayList<>();
        left.forEach((key, n) -> results.add(pair(n.path("cell").asInt(0), "output", n.path("name").asText(), n,
                right.get(key))));
        right.forEach((key, j) -> {
            if (!left.containsKey(key) && !j.has("error")) {
                results.add(pair(0, "output", j.path("name").asText(), null, j));
            }
        });
        return results;
    }

    private static Map<String, JsonNode> byName(JsonNode outputs) {
        Map<String, JsonNode> named = new LinkedHashMap<>();
        for (JsonNode output : outputs) {
            String name = output.path("name").asText();
            String key = output.path("format").asText().equals("table") ? "table:" + name.toLowerCase(Locale.ROOT)
                    : "file:" + name.replaceAll("/+$", "");
            named.putIfAbsent(key, output);
        }
        return named;
    }

    /** Compares one pair; either side may be null (missing). */
    private static Reconciled pair(int cell, String what, String name, JsonNode notebook, JsonNode job) {
        if (notebook == null) {
            return new Reconciled(cell, what, name, Verdict.JOB_ONLY, columns(job), null, "", "", "");
        }
        if (job == null) {
            return new Reconciled(cell, what, name, Verdict.NOTEBOOK_ONLY, columns(notebook), null, "", "", "");
        }
        if (notebook.has("error") || job.has("error")) {
            String note = (notebook.has("error") ? "notebook: " + notebook.path("error").asText() : "")
                    + (notebook.has("error") && job.has("error") ? "; " : "")
                    + (job.has("error") ? "job: " + job.path("error").asText() : "");
            return new Reconciled(cell, what, name, Verdict.UNREADABLE, columns(notebook), null, "", "", note);
        }
        Comparison comparison = ResultComparator.compare(Captured.fromJson(notebook), Captured.fromJson(job));
        return new Reconciled(cell, what, name, comparison.equal() ? Verdict.EQUAL : Verdict.DIFFERENT,
                columns(notebook), comparison, "", "", "");
    }

    private static List<Column> columns(JsonNode side) {
        return Captured.fromJson(side).columns();
    }

    private static List<Reconciled> displays(JsonNode cells, JsonNode events, JsonNode jobClassLines) {
        Map<Integer, List<JsonNode>> notebookTables = new TreeMap<>();
        Map<Integer, List<String>> printed = new TreeMap<>();
        for (JsonNode cell : cells) {
            int index = cell.path("cell").asInt();
            cell.path("results").forEach(r -> notebookTables.computeIfAbsent(index, k -> new ArrayList<>()).add(r));
            cell.path("printed").forEach(p -> printed.computeIfAbsent(index, k -> new ArrayList<>())
                    .add(p.asText().strip()));
        }
        Map<Integer, List<JsonNode>> jobTables = new TreeMap<>();
        Map<Integer, List<JsonNode>> jobValues = new TreeMap<>();
        for (JsonNode event : events) {
            int cell = cellOf(event, jobClassLines);
            if (TABLE_KINDS.contains(event.path("kind").asText())) {
                jobTables.computeIfAbsent(cell, k -> new ArrayList<>()).add(event);
            } else {
                jobValues.computeIfAbsent(cell, k -> new ArrayList<>()).add(event);
            }
        }
        Set<Integer> cellIndexes = new TreeSet<>(notebookTables.keySet());
        cellIndexes.addAll(jobTables.keySet());
        cellIndexes.addAll(jobValues.keySet());
        List<Reconciled> results = new ArrayList<>();
        for (int cell : cellIndexes) {
            List<JsonNode> n = notebookTables.getOrDefault(cell, List.of());
            List<JsonNode> j = jobTables.getOrDefault(cell, List.of());
            for (int i = 0; i < Math.max(n.size(), j.size()); i++) {
                JsonNode left = i < n.size() ? n.get(i) : null;
                JsonNode right = i < j.size() ? j.get(i) : null;
                JsonNode named = left != null ? left : right;
                results.add(pair(cell, named.path("kind").asText(), named.path("label").asText(), left, right));
            }
            List<String> lines = printed.getOrDefault(cell, List.of());
            for (JsonNode value : jobValues.getOrDefault(cell, List.of())) {
                results.add(value(cell, value, lines));
            }
        }
        return results;
    }

    private static Reconciled value(int cell, JsonNode value, List<String> printed) {
        String text = value.path("text").asText();
        List<String> wanted = text.lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(Reconciler::withoutNullability).toList();
        boolean equal = !wanted.isEmpty()
                && printed.stream().map(Reconciler::withoutNullability).toList().containsAll(wanted);
        return new Reconciled(cell, "printed", value.path("label").asText(), equal ? Verdict.EQUAL
                : printed.isEmpty() ? Verdict.JOB_ONLY : Verdict.DIFFERENT, List.of(), null,
                String.join("\n", printed), text, "");
    }

    /**
     * A printed line without the nullability flag a printed schema gives a field ({@code |-- a: string (nullable =
     * true)}): schemas are compared without nullability, printed ones too.
     */
    static String withoutNullability(String line) {
        return NULLABILITY.matcher(line).replaceFirst("");
    }

    /** The notebook cell of a job event, by its job-class line; 0 when outside every cell's lines. */
    static int cellOf(JsonNode event, JsonNode jobClassLines) {
        String file = Path.of(jobClassLines.path("file").asText("-")).getFileName().toString();
        if (!file.equals(event.path("file").asText()) || !event.has("line")) {
            return 0;
        }
        int line = event.path("line").asInt();
        for (JsonNode cell : jobClassLines.path("cells")) {
            for (JsonNode range : cell.path("lines")) {
                if (line >= range.get(0).asInt() && line <= range.get(1).asInt()) {
                    return cell.path("cell").asInt();
                }
            }
        }
        return 0;
    }
}
