package dev.nbmigrate.converter.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which lines of a generated job class came from which notebook cell. A block starts at a {@code // cell N} comment
 * and runs to the line before the next one or the end of the method it is in (trailing blank lines excluded).
 * Recorded in {@code migration.json} and used to point a compile error at its cell.
 */
public final class CellMap {

    private static final Pattern MARKER = Pattern.compile("^\\s*//\\s*cell\\s+(\\d+)\\b.*$");

    /** Lines {@code from}..{@code to} (1-based, inclusive) of the class text came from {@code cell}. */
    public record Block(int cell, int from, int to) {
    }

    private final List<Block> blocks;

    private CellMap(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /**
     * Reads the blocks of {@code text}, where {@code methodBodies} are the line ranges (the lines holding the braces
     * included) of the methods cell blocks may be in.
     */
    public static CellMap of(String text, List<int[]> methodBodies) {
        String[] lines = text.split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        for (int[] body : methodBodies) {
            int open = body[0];
            int close = body[1];
            Integer cell = null;
            int start = 0;
            for (int line = open + 1; line < close; line++) {
                Matcher m = MARKER.matcher(lines[line - 1]);
                if (m.matches()) {
                    if (cell != null) {
                        blocks.add(block(lines, cell, start, line - 1));
                    }
                    cell = Integer.parseInt(m.group(1));
                    start = line;
                }
            }
            if (cell != null) {
                blocks.add(block(lines, cell, start, close - 1));
            }
        }
        blocks.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return new CellMap(blocks);
    }

    private static Block block(String[] lines, int cell, int from, int to) {
        int end = to;
        while (end > from && lines[end - 1].isBlank()) {
            end--;
        }
        return new Block(cell, from, end);
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** The cell whose block holds {@code line}, if any. */
    public Optional<Integer> cellAt(long line) {
        for (Block block : blocks) {
            if (line >= block.from() && line <= block.to()) {
                return Optional.of(block.cell());
            }
        }
        return Optional.empty();
    }

    /** Cell number to its line ranges ({@code [from, to]}), sorted by cell then line. */
    public SortedMap<Integer, List<int[]>> byCell() {
        SortedMap<Integer, List<int[]>> byCell = new TreeMap<>();
        for (Block block : blocks) {
            byCell.computeIfAbsent(block.cell(), c -> new ArrayList<>()).add(new int[] {block.from(), block.to()});
        }
        byCell.replaceAll((cell, ranges) -> Collections.unmodifiableList(ranges));
        return Collections.unmodifiableSortedMap(byCell);
    }

    /** For templates: each cell with its ranges as {@code "40-52"} texts. */
    public List<Map.Entry<Integer, List<String>>> rangesByCell() {
        List<Map.Entry<Integer, List<String>>> out = new ArrayList<>();
        byCell().forEach((cell, ranges) -> out.add(Map.entry(cell,
                ranges.stream().map(r -> r[0] + "-" + r[1]).toList())));
        return out;
    }
}
