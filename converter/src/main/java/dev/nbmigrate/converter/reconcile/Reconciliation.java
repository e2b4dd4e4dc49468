package dev.nbmigrate.converter.reconcile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything {@code nbmigrate reconcile} found for one module.
 *
 * @param module   the module name
 * @param notebook the notebook's path
 * @param pyspark  the PySpark version the notebook ran on
 * @param failures sides that could not run to their end
 * @param results  outputs first (by name), then displayed results by cell
 * @param skipped  notebook cells not run, and why
 * @param accepted the file of accepted differences, as the report names it ({@code <notebook>.accepted.json})
 * @param stale    entries of that file that accept nothing: the difference they named changed or went away
 */
public record Reconciliation(String module, String notebook, String pyspark, List<SideFailure> failures,
        List<Reconciled> results, Map<Integer, String> skipped, String accepted,
        List<AcceptedDifferences.Entry> stale) {

    public Reconciliation {
        failures = List.copyOf(failures);
        results = List.copyOf(results);
        skipped = new TreeMap<>(skipped);
        stale = List.copyOf(stale);
    }

    /** A reconciliation without accepted differences. */
    public Reconciliation(String module, String notebook, String pyspark, List<SideFailure> failures,
            List<Reconciled> results, Map<Integer, String> skipped) {
        this(module, notebook, pyspark, failures, results, skipped, "", List.of());
    }

    /** How many results have {@code verdict}. */
    public long count(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** How many distinct cells have results, all equal. */
    public long cellsEqual() {
        Map<Integer, Boolean> cells = new TreeMap<>();
        results.stream().filter(r -> r.cell() > 0)
                .forEach(r -> cells.merge(r.cell(), r.verdict() == Verdict.EQUAL, Boolean::logicalAnd));
        return cells.values().stream().filter(b -> b).count();
    }

    /** Whether both sides ran and everything compared is equal, or differs in a way a reviewer accepted. */
    public boolean equal() {
        return failures.isEmpty()
                && results.stream().allMatch(r -> r.verdict() == Verdict.EQUAL || r.verdict() == Verdict.ACCEPTED);
    }

    /** The first failure, if any. */
    public Optional<SideFailure> failure() {
        return failures.stream().findFirst();
    }
}
