package dev.nbmigrate.converter.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which lines of a generated config record came from which notebook cell: a parameter or constant of the notebook
 * becomes a record component whose {@code @Help} text ends with {@code (... in cell N)}; its lines run from that
 * annotation to the component's declaration (the first line after it that is not an annotation).
 */
final class ConfigLines {

    private static final Pattern HELP = Pattern.compile("^\\s*@Help\\(\".*\\bin cell (\\d+)\\)\"\\)\\s*$");

    private ConfigLines() {
    }

    /** Cell number to its inclusive, 1-based {@code [from, to]} ranges of {@code lines}. */
    static Map<Integer, List<int[]>> of(List<String> lines) {
        Map<Integer, List<int[]>> byCell = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher help = HELP.matcher(lines.get(i));
            if (!help.matches()) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && lines.get(end).strip().startsWith("@")) {
                end++;
            }
            int last = Math.min(end, lines.size() - 1);
            byCell.computeIfAbsent(Integer.parseInt(help.group(1)), c -> new ArrayList<>())
                    .add(new int[] {i + 1, last + 1});
            i = last;
        }
        return byCell;
    }
}
