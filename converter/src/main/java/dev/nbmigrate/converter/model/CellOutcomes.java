package dev.nbmigrate.converter.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Severity;

/**
 * The one place that decides each cell's outcome (the {@code cells} of {@code migration.json}):
 * <ul>
 *   <li>{@code not-code}: a markdown or raw cell, or a code cell with nothing in it;</li>
 *   <li>{@code left-out}: deliberately not in the job, {@code reason} the diagnostic code that says why;</li>
 *   <li>{@code failing}: in the job, but its Java has a throwing placeholder ({@code NotTranslated.fail}) or the
 *       cell has an error finding;</li>
 *   <li>{@code java}: every statement became Java, with no placeholder and no error finding.</li>
 * </ul>
 */
public final class CellOutcomes {

    public static final String JAVA = "java";
    public static final String FAILING = "failing";
    public static final String LEFT_OUT = "left-out";
    public static final String NOT_CODE = "not-code";

    /** The outcome of one cell; {@code lines} are the job class's line ranges {@code [from, to]} of the cell. */
    public record Outcome(int index, String type, String language, String outcome, String reason,
            List<int[]> lines) {
        public Outcome {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(reason, "reason");
            lines = List.copyOf(lines);
        }
    }

    private CellOutcomes() {
    }

    /**
     * @param cells       what translation did with each cell, in notebook order
     * @param notebook    the notebook's name as in diagnostics (findings of notebooks it includes are not its cells')
     * @param diagnostics the notebook's findings
     * @param lines       the job class's line ranges of each cell ({@code jobClassLines}); empty without Java
     */
    public static List<Outcome> of(List<CellRecord> cells, String notebook, List<Diagnostic> diagnostics,
            Map<Integer, List<int[]>> lines) {
        Set<Integer> errorCells = diagnostics.stream()
                .filter(d -> d.severity() == Severity.ERROR && d.location().notebook().equals(notebook))
                .map(d -> d.location().cell()).collect(Collectors.toSet());
        List<Outcome> out = new ArrayList<>();
        for (CellRecord cell : cells) {
            List<int[]> ranges = lines.getOrDefault(cell.index(), List.of());
            String outcome;
            String reason = "";
            if (!cell.type().equals("code") || cell.blank()) {
                outcome = NOT_CODE;
            } else if (!cell.leftOut().isEmpty()) {
                outcome = LEFT_OUT;
                reason = cell.leftOut();
            } else if (cell.placeholder() || errorCells.contains(cell.index())) {
                outcome = FAILING;
            } else {
                outcome = JAVA;
            }
            out.add(new Outcome(cell.index(), cell.type(), cell.language(), outcome, reason,
                    outcome.equals(LEFT_OUT) || outcome.equals(NOT_CODE) ? List.of() : ranges));
        }
        return out;
    }
}
