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
        if (example.kind() == ExampleKind.PYTHON_VALUE && isUnordered(example.want(), record.orderSensitiveOutput())) {
            return checker.matches(sortItems(example.want()), sortItems(got));
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

    /**
     * A dict or set repr (compared as a mapping or a set), or a list repr of a record whose collected result is
     * not sorted (compared as a multiset).
     */
    private static boolean isUnordered(String want, boolean orderSensitive) {
        String text = want.strip();
        return text.startsWith("{") || orderSensitive && text.startsWith("[");
    }

    /** A {@code [..]} or {@code {..}} repr with its top-level items sorted (quotes and nesting respected). */
    static String sortItems(String repr) {
        String text = repr.strip();
        if (text.length() < 2 || !(text.startsWith("[") && text.endsWith("]") || text.startsWith("{") && text.endsWith("}"))) {
            return repr;
        }
        List<String> items = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 1;
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        String last = text.substring(start, text.length() - 1).strip();
        if (!last.isEmpty()) {
            items.add(last);
        }
        Collections.sort(items);
        return text.charAt(0) + String.join(", ", items) + text.charAt(text.length() - 1) + "\n";
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
