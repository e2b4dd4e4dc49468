package dev.nbmigrate.converter.conformance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Decides whether one example's printed output is what real PySpark printed: doctest's rules, and for records
 * flagged {@code order_sensitive_output}, rows compared as a multiset (a shuffle without a sort may order rows
 * differently on another machine).
 */
final class OutputComparison {

    private OutputComparison() {
    }

    static boolean matches(CorpusRecord record, CorpusExample example, String got) {
        DoctestOutputChecker checker = DoctestOutputChecker.forFlags(record.optionFlags());
        if (checker.matches(example.want(), got)) {
            return true;
        }
        if (!record.orderSensitiveOutput()) {
            return false;
        }
        return switch (example.kind()) {
            case SHOW_TABLE -> checker.matches(sortTableBody(example.want()), sortTableBody(got));
            case SHOW_VERTICAL -> checker.matches(sortVerticalRecords(example.want()), sortVerticalRecords(got));
            case ROW_LIST -> checker.matches(sortRowList(example.want()), sortRowList(got));
            default -> false;
        };
    }

    /** A {@code show()} table with its data lines (between the second and last border) sorted. */
    static String sortTableBody(String table) {
        List<String> lines = new ArrayList<>(List.of(table.strip().split("\n")));
        if (lines.size() < 4) {
            return table;
        }
        List<String> body = new ArrayList<>(lines.subList(3, lines.size() - 1));
        Collections.sort(body);
        List<String> sorted = new ArrayList<>(lines.subList(0, 3));
        sorted.addAll(body);
        sorted.add(lines.get(lines.size() - 1));
        return String.join("\n", sorted) + "\n";
    }

    /**
     * A {@code show(vertical=True)} output with its {@code -RECORD N---} blocks sorted by their fields (the record
     * numbers left out, since they follow the order) and the trailing footer kept.
     */
    static String sortVerticalRecords(String text) {
        List<String> blocks = new ArrayList<>();
        List<String> footer = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.strip().split("\n")) {
            if (line.startsWith("-RECORD ")) {
                if (current != null) {
                    blocks.add(current.toString());
                }
                current = new StringBuilder();
            } else if (current != null && !line.startsWith("only showing")) {
                current.append(line).append('\n');
            } else {
                footer.add(line);
            }
        }
        if (current == null) {
            return text;
        }
        blocks.add(current.toString());
        Collections.sort(blocks);
        StringBuilder sorted = new StringBuilder();
        blocks.forEach(block -> sorted.append("-RECORD\n").append(block));
        footer.forEach(line -> sorted.append(line).append('\n'));
        return sorted.toString();
    }

    /** {@code [Row(a=2), Row(a=1)]} with its top-level rows sorted. */
    static String sortRowList(String list) {
        String text = list.strip();
        if (!text.startsWith("[Row(") || !text.endsWith(")]")) {
            return list;
        }
        List<String> rows = new ArrayList<>(List.of(text.substring(1, text.length() - 1).split("(?<=\\)),\\s*(?=Row\\()")));
        Collections.sort(rows);
        return "[" + String.join(", ", rows) + "]\n";
    }
}
