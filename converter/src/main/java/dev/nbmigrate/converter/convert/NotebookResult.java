package dev.nbmigrate.converter.convert;

import java.util.List;
import java.util.Objects;

import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.model.CellOutcomes;

/**
 * What converting one notebook gave.
 *
 * @param notebook    the notebook as given
 * @param module      the module name, or empty when translation did not get that far
 * @param outcome     written, not written (its Java did not build), or rejected input
 * @param version     the module version when written, else empty
 * @param diagnostics every finding, sorted
 * @param problem     for rejected input: what is wrong with it (names the file); else empty
 * @param cells       each cell's outcome when the notebook was translated (see {@link CellOutcomes}); else empty
 */
public record NotebookResult(String notebook, String module, Outcome outcome, String version,
        List<Diagnostic> diagnostics, String problem, List<CellOutcomes.Outcome> cells) {

    /** The fate of one notebook. */
    public enum Outcome {
        /** The module was written (it may still carry error diagnostics: failing TODOs). */
        WRITTEN,
        /** The module's Java did not parse or compile: nothing was written, the previous module stays. */
        NOT_WRITTEN,
        /** The notebook, its expectations file or its previous migration.json could not be read. */
        REJECTED
    }

    public NotebookResult {
        Objects.requireNonNull(notebook, "notebook");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(version, "version");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(problem, "problem");
        cells = List.copyOf(cells);
    }

    public NotebookResult(String notebook, String module, Outcome outcome, String version,
            List<Diagnostic> diagnostics, String problem) {
        this(notebook, module, outcome, version, diagnostics, problem, List.of());
    }

    static NotebookResult rejected(String notebook, String module, String problem) {
        return new NotebookResult(notebook, module, Outcome.REJECTED, "", List.of(), problem);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
