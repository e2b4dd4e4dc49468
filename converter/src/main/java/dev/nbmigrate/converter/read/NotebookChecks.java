package dev.nbmigrate.converter.read;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostics;
import dev.nbmigrate.converter.diag.Location;

import java.util.ArrayList;
import java.util.List;

/** Findings about readable-but-odd notebooks that do not depend on the format: order of execution, emptiness. */
final class NotebookChecks {

    private NotebookChecks() {
    }

    /** {@code NBM008} for each cell a format reader found malformed. */
    static void malformed(String notebook, List<CellDraft> drafts, Diagnostics diagnostics) {
        for (int i = 0; i < drafts.size(); i++) {
            CellDraft draft = drafts.get(i);
            if (!draft.problems.isEmpty()) {
                diagnostics.add(Code.NBM008, Location.ofCell(notebook, i + 1),
                        "cell " + (i + 1) + " (file line " + draft.fileLine + ") does not follow the format: "
                                + String.join("; ", draft.problems));
            }
        }
    }

    /**
     * One {@code NBM004} when code cells last ran in another order than top to bottom: located at the first cell
     * whose execution count is lower than that of a cell above it, naming the other such cells.
     */
    static void executionOrder(String notebook, List<Cell> cells, Diagnostics diagnostics) {
        int highest = 0;
        int highestCell = 0;
        String first = null;
        int firstCell = 0;
        List<Integer> others = new ArrayList<>();
        for (Cell cell : cells) {
            if (cell.type() != CellType.CODE || cell.executionCount().isEmpty()) {
                continue;
            }
            int count = cell.executionCount().get();
            if (count >= highest) {
                highest = count;
                highestCell = cell.index();
            } else if (first == null) {
                firstCell = cell.index();
                first = "cell " + cell.index() + " last ran before cell " + highestCell + " above it (execution_count "
                        + count + " < " + highest + ")";
            } else {
                others.add(cell.index());
            }
        }
        if (first == null) {
            return;
        }
        String more = others.isEmpty() ? "" : "; so did cell" + (others.size() > 1 ? "s " : " ")
                + String.join(", ", others.stream().map(String::valueOf).toList());
        diagnostics.add(Code.NBM004, Location.ofCell(notebook, firstCell), first + more);
    }

    /** {@code NBM005} when there is nothing to convert: no cells, or no code cell with code. */
    static void empty(String notebook, List<Cell> cells, Diagnostics diagnostics) {
        if (cells.isEmpty()) {
            diagnostics.add(Code.NBM005, Location.ofNotebook(notebook), "the notebook has no cells");
            return;
        }
        boolean hasCode = cells.stream().anyMatch(cell -> cell.type() == CellType.CODE && !cell.isBlank());
        if (!hasCode) {
            long markdown = cells.stream().filter(cell -> cell.type() == CellType.MARKDOWN).count();
            diagnostics.add(Code.NBM005, Location.ofNotebook(notebook), "none of the " + cells.size()
                    + " cells holds code (" + markdown + " Markdown, " + (cells.size() - markdown) + " empty or raw)");
        }
    }
}
