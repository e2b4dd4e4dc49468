package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.cells.ClassifiedCell;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.parse.python.PythonParseResult;
import dev.nbmigrate.converter.parse.python.ast.PyModule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the analyser found in one cell.
 *
 * @param cell          the classified cell
 * @param status        how far it is from converting
 * @param python        the parse of its Python code, when it is Python (the tree the {@link Program}'s types
 *                      refer to)
 * @param sql           the SQL it runs (the cell itself for a SQL cell; each {@code spark.sql(...)} for Python)
 * @param symbolsBefore the namespace the cell runs in, before it ran
 * @param symbolsAfter  the same namespace after it ran
 * @param explorations  its exploration-only statements
 * @param diagnostics   every finding located in this cell (read, classify, parse, analysis), sorted
 */
public record CellAnalysis(ClassifiedCell cell, CellStatus status, Optional<PythonParseResult> python,
                           List<SqlUse> sql, SymbolTable symbolsBefore, SymbolTable symbolsAfter,
                           List<Exploration> explorations, List<Diagnostic> diagnostics) {

    public CellAnalysis {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(python, "python");
        sql = List.copyOf(sql);
        Objects.requireNonNull(symbolsBefore, "symbolsBefore");
        Objects.requireNonNull(symbolsAfter, "symbolsAfter");
        explorations = List.copyOf(explorations);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The 1-based cell index. */
    public int index() {
        return cell.index();
    }

    /** The Python tree, when the cell is Python that parsed. */
    public Optional<PyModule> module() {
        return python.flatMap(PythonParseResult::module);
    }
}
