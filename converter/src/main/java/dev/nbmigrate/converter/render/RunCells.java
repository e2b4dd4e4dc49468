package dev.nbmigrate.converter.render;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.nbmigrate.converter.check.CellMap;
import dev.nbmigrate.converter.diag.Location;

/**
 * Which cell of the notebook ran each notebook it includes with {@code %run}: the job class marks every included
 * cell with a {@code // <notebook>, cell N} comment inside the block of the {@code %run} cell, so a finding located
 * in an included notebook can say where it came from.
 */
final class RunCells {

    private static final Pattern INCLUDED = Pattern.compile("^\\s*//\\s*(.+), cell \\d+\\s*$");

    private final String source;
    private final Map<String, Integer> byNotebook;

    private RunCells(String source, Map<String, Integer> byNotebook) {
        this.source = source;
        this.byNotebook = Map.copyOf(byNotebook);
    }

    /** The {@code %run} cells of {@code jobJava}, whose notebook is {@code source}. */
    static RunCells of(String jobJava, CellMap cells, String source) {
        Map<String, Integer> byNotebook = new TreeMap<>();
        String[] lines = jobJava.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = INCLUDED.matcher(lines[i]);
            if (m.matches() && !m.group(1).equals(source)) {
                int line = i + 1;
                cells.cellAt(line).ifPresent(cell -> byNotebook.putIfAbsent(m.group(1), cell));
            }
        }
        return new RunCells(source, byNotebook);
    }

    /**
     * Where a finding is, as the report lists it: {@code cell 3, line 4:7} in the notebook itself, {@code whole
     * notebook}, or, in a notebook it runs, that notebook's name first and the cell that ran it last
     * ({@code utils.ipynb, cell 6, line 2 (run by cell 3)}).
     */
    String place(Location location) {
        if (location.notebook().equals(source)) {
            String rest = location.toString().substring(location.notebook().length());
            return rest.isEmpty() ? "whole notebook" : rest.substring(2);
        }
        Integer cell = byNotebook.get(location.notebook());
        return location + (cell == null ? " (run with %run)" : " (run by cell " + cell + ")");
    }
}
