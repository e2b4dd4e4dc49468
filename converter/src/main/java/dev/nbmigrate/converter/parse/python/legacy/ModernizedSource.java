package dev.nbmigrate.converter.parse.python.legacy;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The result of {@link Py2Modernizer}: Python 3 source, what was rewritten (by original line), the hazards seen
 * while rewriting, the {@code __future__} features the cell imports, and the map from positions in
 * {@code text} back to the original cell source.
 */
public record ModernizedSource(String text, List<Rewrite> rewrites, List<Finding> findings, Set<String> futureImports,
                               PositionMap positions) {

    public ModernizedSource {
        Objects.requireNonNull(text, "text");
        rewrites = List.copyOf(rewrites);
        findings = List.copyOf(findings);
        futureImports = Collections.unmodifiableSortedSet(new TreeSet<>(futureImports));
        Objects.requireNonNull(positions, "positions");
    }

    /** Whether anything was rewritten. */
    public boolean changed() {
        return !rewrites.isEmpty();
    }
}
