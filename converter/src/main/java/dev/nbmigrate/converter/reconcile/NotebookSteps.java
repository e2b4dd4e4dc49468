package dev.nbmigrate.converter.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.nbmigrate.converter.analyze.RunTargets;
import dev.nbmigrate.converter.cells.CellKind;
import dev.nbmigrate.converter.cells.ClassifiedCell;
import dev.nbmigrate.converter.cells.ClassifiedNotebook;
import dev.nbmigrate.converter.cells.ConfigureMagic;
import dev.nbmigrate.converter.cells.RunNotebookMagic;
import dev.nbmigrate.converter.cells.RunScriptMagic;
import dev.nbmigrate.converter.read.Language;

/**
 * What the PySpark harness runs of a notebook, with the semantics of the kernel it was written for: Python cells
 * that ran in the Spark driver as Python, SQL cells ({@code %%sql}, {@code %sql}) as {@code spark.sql}, the cells of
 * a {@code %run} notebook inline (attributed to the cell that ran them), and nothing of what ran on the notebook
 * server ({@code %%local}), managed the session or only displayed text. {@code %%configure}'s Spark settings become
 * the session's.
 *
 * @param steps   the steps in run order
 * @param skipped cell index to why the cell is not run
 * @param conf    the session's Spark settings from {@code %%configure}
 */
public record NotebookSteps(List<Step> steps, Map<Integer, String> skipped, Map<String, String> conf) {

    /** Python code to run at the top level, or SQL text to run statement by statement. */
    public record Step(int cell, String source, boolean sql, String code) {
    }

    public NotebookSteps {
        steps = List.copyOf(steps);
        skipped = new TreeMap<>(skipped);
        conf = new TreeMap<>(conf);
    }

    /** The steps of {@code notebook}; {@code %run} targets are found through {@code runs}. */
    public static NotebookSteps of(ClassifiedNotebook notebook, RunTargets runs) {
        List<Step> steps = new ArrayList<>();
        Map<Integer, String> skipped = new TreeMap<>();
        Map<String, String> conf = new TreeMap<>();
        add(notebook, runs, Optional.empty(), steps, skipped, conf, 0);
        return new NotebookSteps(steps, skipped, conf);
    }

    private static void add(ClassifiedNotebook notebook, RunTargets runs, Optional<Integer> including,
            List<Step> steps, Map<Integer, String> skipped, Map<String, String> conf, int depth) {
        if (depth > 8) {
            throw new IllegalStateException("%run nests deeper than 8 notebooks in " + notebook.notebook().name());
        }
        for (ClassifiedCell cell : notebook.cells()) {
            int index = including.orElse(cell.index());
            String source = notebook.notebook().name() + " cell " + cell.index();
            cell.magic(ConfigureMagic.class).flatMap(ConfigureMagic::session)
                    .ifPresent(session -> conf.putAll(session.conf()));
            Optional<String> target = cell.magic(RunNotebookMagic.class).map(RunNotebookMagic::target);
            List<String> targets = new ArrayList<>(target.stream().toList());
            cell.lineMagics(RunScriptMagic.class).forEach(run -> targets.add(run.target()));
            for (String name : targets) {
                RunTargets.Resolution found = runs.resolve(notebook.notebook().name(), name);
                if (found instanceof RunTargets.Found f) {
                    add(f.notebook(), runs, Optional.of(index), steps, skipped, conf, depth + 1);
                } else {
                    // as in the notebook itself: the run stops at this cell, with the reason
                    String reason = "%run " + name + ": " + ((RunTargets.Missing) found).reason();
                    steps.add(new Step(index, source, false, "raise FileNotFoundError("
                            + PythonText.quoted(reason) + ")"));
                }
            }
            if (cell.kind() == CellKind.SQL && !cell.local()) {
                steps.add(new Step(index, source, true, cell.code().text()));
            } else if (cell.kind() == CellKind.CODE && cell.language() == Language.PYTHON && !cell.local()) {
                if (!cell.code().isBlank()) {
                    steps.add(new Step(index, source, false, cell.code().text()));
                }
            } else if (including.isEmpty() && cell.kind() != CellKind.MARKDOWN && cell.kind() != CellKind.EMPTY
                    && targets.isEmpty()) {
                skipped.put(index, cell.local() ? "ran on the notebook server (%%local), not in Spark"
                        : "not run: " + cell.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                                + (cell.kind() == CellKind.CODE ? " in " + cell.language() : ""));
            }
        }
    }
}
