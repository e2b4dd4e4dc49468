package dev.nbmigrate.converter.parse.python;

import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.parse.python.ast.PyModule;
import dev.nbmigrate.converter.parse.python.legacy.Rewrite;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of parsing one cell.
 *
 * @param module         the tree, with every position relative to the original cell source; empty when the cell
 *                       does not parse
 * @param dialect        {@link PythonDialect#PYTHON3} or {@link PythonDialect#PYTHON2}: the syntax the cell was
 *                       parsed as (for a failure, the last one tried)
 * @param parsedSource   the text given to the Python 3 parser: the cell source, or its modernised form
 * @param rewrites       the Python 2 constructs rewritten, by original line (empty for Python 3)
 * @param futureImports  the {@code __future__} features the cell imports (to pass on to later cells)
 * @param syntaxError    why the cell did not parse, when it did not
 * @param diagnostics    the parse error ({@code NBM101}/{@code NBM102}), the rewrite summary ({@code NBM103}) and
 *                       the Python 2 hazards ({@code NBM3xx}), sorted
 */
public record PythonParseResult(Optional<PyModule> module, PythonDialect dialect, String parsedSource,
                                List<Rewrite> rewrites, Set<String> futureImports, Optional<PySyntaxError> syntaxError,
                                List<Diagnostic> diagnostics) {

    public PythonParseResult {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(parsedSource, "parsedSource");
        rewrites = List.copyOf(rewrites);
        futureImports = Collections.unmodifiableSortedSet(new TreeSet<>(futureImports));
        Objects.requireNonNull(syntaxError, "syntaxError");
        diagnostics = List.copyOf(diagnostics);
        if (module.isPresent() == syntaxError.isPresent()) {
            throw new IllegalArgumentException("exactly one of module and syntax error must be present");
        }
    }

    /** Whether the cell parsed. */
    public boolean ok() {
        return module.isPresent();
    }

    /** The tree; throws if the cell did not parse (check {@link #ok()} first). */
    public PyModule tree() {
        return module.orElseThrow(() -> new IllegalStateException("cell did not parse: " + syntaxError.orElseThrow()));
    }
}
