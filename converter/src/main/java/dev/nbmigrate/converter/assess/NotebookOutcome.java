package dev.nbmigrate.converter.assess;

import dev.nbmigrate.converter.analyze.Program;
import dev.nbmigrate.converter.diag.Diagnostic;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of one notebook of a batch: analysed, or not (unreadable input, or a failure of nbmigrate itself),
 * with the finding that says why.
 *
 * @param name    the notebook's path as the batch names it
 * @param program the analysis, when the notebook could be read
 * @param failure why there is no analysis: an {@code NBM001} finding
 * @param internal true when the failure is nbmigrate's own (a bug), not the input's
 */
public record NotebookOutcome(String name, Optional<Program> program, Optional<Diagnostic> failure, boolean internal,
        java.util.Map<Integer, String> cellOutcomes) {

    public NotebookOutcome(String name, Optional<Program> program, Optional<Diagnostic> failure, boolean internal) {
        this(name, program, failure, internal, java.util.Map.of());
    }

    public NotebookOutcome {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(failure, "failure");
        if (program.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("exactly one of program and failure");
        }
        cellOutcomes = java.util.Map.copyOf(cellOutcomes);
    }

    public static NotebookOutcome analysed(Program program) {
        return new NotebookOutcome(program.name(), Optional.of(program), Optional.empty(), false);
    }

    /**
     * An analysed notebook with each cell's outcome as translation decides it ({@code java}, {@code failing},
     * {@code left-out NBMxxx}, {@code not-code}; see {@link dev.nbmigrate.converter.model.CellOutcomes}), by cell.
     */
    public static NotebookOutcome analysed(Program program, java.util.Map<Integer, String> cellOutcomes) {
        return new NotebookOutcome(program.name(), Optional.of(program), Optional.empty(), false, cellOutcomes);
    }

    public static NotebookOutcome unreadable(String name, Diagnostic failure) {
        return new NotebookOutcome(name, Optional.empty(), Optional.of(failure), false);
    }

    public static NotebookOutcome failed(String name, Diagnostic failure) {
        return new NotebookOutcome(name, Optional.empty(), Optional.of(failure), true);
    }
}
