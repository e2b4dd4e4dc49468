package dev.nbmigrate.converter.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.nbmigrate.converter.assess.Assessor;
import dev.nbmigrate.converter.assess.NotebookOutcome;
import dev.nbmigrate.converter.convert.NotebookResult;
import dev.nbmigrate.converter.model.CellOutcomes;

/**
 * Where {@code assess} and {@code convert} disagree about a cell: for each converted notebook, the per-cell verdict
 * {@code assess} reports next to the per-cell outcome {@code convert} wrote into {@code migration.json}.
 */
final class CellAgreement {

    private CellAgreement() {
    }

    /**
     * One line per cell whose verdicts differ ({@code notebook cell N: assess X, convert Y}), and one per notebook
     * that only one of the two gave verdicts for; empty when they agree everywhere.
     */
    static List<String> disagreements(List<Path> notebooks, List<NotebookResult> converted) {
        return disagreementsOf(new Assessor().assess(notebooks), converted);
    }

    /** As {@link #disagreements(List, List)}, with the notebooks already assessed. */
    static List<String> disagreementsOf(List<NotebookOutcome> assessed, List<NotebookResult> converted) {
        Map<String, Map<Integer, String>> byAssess = new TreeMap<>();
        for (NotebookOutcome outcome : assessed) {
            byAssess.put(fileName(outcome.name()), outcome.cellOutcomes());
        }
        List<String> out = new ArrayList<>();
        for (NotebookResult result : converted) {
            String name = fileName(result.notebook());
            Map<Integer, String> convert = new TreeMap<>();
            for (CellOutcomes.Outcome cell : result.cells()) {
                convert.put(cell.index(), cell.outcome() + (cell.reason().isEmpty() ? "" : " " + cell.reason()));
            }
            Map<Integer, String> assess = byAssess.getOrDefault(name, Map.of());
            if (assess.isEmpty() != convert.isEmpty()) {
                out.add(name + ": " + (assess.isEmpty() ? "only convert" : "only assess") + " has per-cell verdicts");
                continue;
            }
            for (Map.Entry<Integer, String> cell : convert.entrySet()) {
                String said = assess.get(cell.getKey());
                if (!cell.getValue().equals(said)) {
                    out.add(name + " cell " + cell.getKey() + ": assess " + said + ", convert " + cell.getValue());
                }
            }
        }
        return out;
    }

    private static String fileName(String path) {
        String slashed = path.replace('\\', '/');
        return slashed.substring(slashed.lastIndexOf('/') + 1);
    }
}
