package dev.nbmigrate.converter.bench;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What {@code nbmigrate bench} measured, as a plain text table or JSON (schema {@value #SCHEMA}). Every CPU figure
 * is in seconds; a figure per notebook is divided by the notebooks measured, and a ratio is that figure over the
 * floor's figure per notebook.
 *
 * @param folder     the folder as given
 * @param notebooks  the notebooks measured
 * @param machine    cores, memory and Java of the machine
 * @param floor      CPython's load-and-parse floor, when there is a {@code python3}
 * @param floorNote  why there is no floor, when there is none
 * @param rows       the measures, in the order taken
 * @param peakRssBytes peak resident memory of this JVM, when the system tells it
 */
public record BenchReport(String folder, int notebooks, Machine machine, PythonFloor.Result floor, String floorNote,
        List<Row> rows, OptionalLong peakRssBytes) {

    public static final String SCHEMA = "nbmigrate-bench/1";

    /** The machine the figures were taken on. */
    public record Machine(int cores, long memoryBytes, String java, long maxHeapBytes) {
    }

    /**
     * One measure: CPU seconds in all, and whether it is a cost per notebook (divided and compared with the floor) or
     * a one-off cost.
     */
    public record Row(String key, String label, double cpuSeconds, boolean perNotebook) {
    }

    public BenchReport {
        rows = List.copyOf(rows);
    }

    /** {@code row}'s CPU seconds per notebook, for a per-notebook row. */
    public OptionalDouble perNotebook(Row row) {
        return row.perNotebook() && notebooks > 0 ? OptionalDouble.of(row.cpuSeconds() / notebooks)
                : OptionalDouble.empty();
    }

    /** {@code row}'s cost per notebook over the floor's, when both are known. */
    public OptionalDouble ratio(Row row) {
        OptionalDouble each = perNotebook(row);
        if (each.isEmpty() || floor == null || floor.cpuSeconds() <= 0 || floor.notebooks() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(each.getAsDouble() / (floor.cpuSeconds() / floor.notebooks()));
    }

    /** The table: a heading with the machine, a line per measure, the floor, and peak memory. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "nbmigrate bench: %d notebooks in %s%n", notebooks, folder));
        out.append(String.format(Locale.ROOT, "machine: %d cores, %.1f GB memory, Java %s, max heap %d MB%n%n",
                machine.cores(), machine.memoryBytes() / 1e9, machine.java(), machine.maxHeapBytes() >> 20));
        String format = "%-50s %9s %13s %9s";
        out.append(String.format(Locale.ROOT, format, "measure", "CPU s", "per notebook", "x floor"))
                .append(System.lineSeparator());
        if (floor != null) {
            out.append(String.format(Locale.ROOT, format, "floor: python3 loads JSON, ast.parse code cells",
                    seconds(floor.cpuSeconds()), seconds(floor.cpuSeconds() / Math.max(1, floor.notebooks())), "1"))
                    .append(System.lineSeparator());
        } else {
            out.append(String.format(Locale.ROOT, "%-50s unavailable: %s%n", "floor: python3", floorNote));
        }
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, format, row.label(), seconds(row.cpuSeconds()),
                    perNotebook(row).isPresent() ? seconds(perNotebook(row).getAsDouble()) : "",
                    ratio(row).isPresent() ? String.format(Locale.ROOT, "%.0f", ratio(row).getAsDouble()) : "")
                    .stripTrailing()).append(System.lineSeparator());
        }
        out.append(String.format(Locale.ROOT, "%-50s %9s%n", "peak resident memory of this JVM",
                peakRssBytes.isPresent() ? (peakRssBytes.getAsLong() >> 20) + " MB" : "unknown"));
        return out.toString();
    }

    /** The same figures for tools. */
    public String json() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("schema", SCHEMA);
        root.put("folder", folder);
        root.put("notebooks", notebooks);
        ObjectNode host = root.putObject("machine");
        host.put("cores", machine.cores());
        host.put("memoryBytes", machine.memoryBytes());
        host.put("java", machine.java());
        host.put("maxHeapBytes", machine.maxHeapBytes());
        ObjectNode floorNode = root.putObject("floor");
        floorNode.put("available", floor != null);
        if (floor != null) {
            floorNode.put("notebooks", floor.notebooks());
            floorNode.put("codeCellsParsed", floor.cellsParsed());
            floorNode.put("cpuSeconds", floor.cpuSeconds());
            floorNode.put("cpuSecondsPerNotebook", floor.cpuSeconds() / Math.max(1, floor.notebooks()));
        } else {
            floorNode.put("reason", floorNote);
        }
        ArrayNode measures = root.putArray("measures");
        for (Row row : rows) {
            ObjectNode node = measures.addObject();
            node.put("key", row.key());
            node.put("label", row.label());
            node.put("cpuSeconds", row.cpuSeconds());
            perNotebook(row).ifPresent(v -> node.put("cpuSecondsPerNotebook", v));
            ratio(row).ifPresent(v -> node.put("timesFloor", v));
        }
        if (peakRssBytes.isPresent()) {
            root.put("peakResidentBytes", peakRssBytes.getAsLong());
        } else {
            root.putNull("peakResidentBytes");
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
                    + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : value >= 0.1 ? "%.2f" : "%.4f", value);
    }
}
