package dev.nbmigrate.converter.parse.python;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.python.ast.PyModule;
import dev.nbmigrate.converter.parse.python.ast.PyNodes;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.parse.python.legacy.Finding;
import dev.nbmigrate.converter.parse.python.legacy.ModernizedSource;
import dev.nbmigrate.converter.parse.python.legacy.PositionMap;
import dev.nbmigrate.converter.parse.python.legacy.Py2HazardScanner;
import dev.nbmigrate.converter.parse.python.legacy.Py2Modernizer;
import dev.nbmigrate.converter.parse.python.legacy.Rewrite;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parses one cell's Python source into nbmigrate's own syntax tree ({@link PyModule}), with GraalPy's PEG parser
 * (the Python 3.12 grammar, CPython's error messages). The entry point of the Python half of the parse stage;
 * thread-safe and stateless.
 *
 * <p>A cell that does not parse yields one {@code NBM101} (or {@code NBM102} when nested deeper than CPython
 * allows) diagnostic with CPython's message, never an exception. A Python 2 cell is first rewritten by
 * {@link Py2Modernizer} (one {@code NBM103} info lists what was rewritten) and then checked by
 * {@link Py2HazardScanner} ({@code NBM3xx}). All positions, in the tree and in diagnostics, are those of the
 * original cell source.
 *
 * <pre>{@code
 * PythonParseResult result = new PythonParser().parse(cellSource, SourceRef.ofCell("sales.ipynb", 4),
 *         PythonDialect.DETECT);
 * diagnostics.addAll(result.diagnostics());
 * if (result.ok()) {
 *     for (PyStmt statement : result.tree().body()) { ... }
 * }
 * }</pre>
 */
public final class PythonParser {

    /**
     * The deepest tree accepted: 1,000 levels, so that later stages can walk trees recursively (CPython builds up to
     * about 3,000); deeper source fails with {@code NBM102}.
     */
    public static final int MAX_DEPTH = GraalPyFrontEnd.MAX_DEPTH;

    private final Py2Modernizer modernizer = new Py2Modernizer();

    /** Parses a cell of unknown dialect (see {@link PythonDialect#DETECT}). */
    public PythonParseResult parse(String source, SourceRef ref) {
        return parse(source, ref, PythonDialect.DETECT, Set.of());
    }

    /** Parses a cell as the given dialect. */
    public PythonParseResult parse(String source, SourceRef ref, PythonDialect dialect) {
        return parse(source, ref, dialect, Set.of());
    }

    /**
     * Parses a cell as the given dialect; {@code inheritedFutures} are the {@code __future__} features earlier cells
     * of the notebook imported (IPython keeps them for later cells), e.g. {@code print_function}, {@code division}.
     */
    public PythonParseResult parse(String source, SourceRef ref, PythonDialect dialect, Set<String> inheritedFutures) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(inheritedFutures, "inheritedFutures");
        switch (dialect) {
            case PYTHON3:
                return asPython3(source, ref, GraalPyFrontEnd.parse(source, PositionMap.identity(source)));
            case PYTHON2:
                return asPython2(source, ref, modernizer.modernize(source, inheritedFutures), inheritedFutures);
            case DETECT:
            default:
                GraalPyFrontEnd.Outcome python3 = GraalPyFrontEnd.parse(source, PositionMap.identity(source));
                if (python3.module() != null) {
                    return asPython3(source, ref, python3);
                }
                ModernizedSource modernized = modernizer.modernize(source, inheritedFutures);
                if (!modernized.changed()) {
                    return asPython3(source, ref, python3);
                }
                return asPython2(source, ref, modernized, inheritedFutures);
        }
    }

    private PythonParseResult asPython3(String source, SourceRef ref, GraalPyFrontEnd.Outcome outcome) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<String> futures = Set.of();
        if (outcome.module() != null) {
            futures = futureImports(outcome.module());
        } else {
            diagnostics.add(syntaxDiagnostic(outcome.error(), ref, false));
        }
        return new PythonParseResult(Optional.ofNullable(outcome.module()), PythonDialect.PYTHON3, source, List.of(),
                futures, Optional.ofNullable(outcome.error()), sorted(diagnostics));
    }

    private PythonParseResult asPython2(String source, SourceRef ref, ModernizedSource modernized,
                                        Set<String> inheritedFutures) {
        GraalPyFrontEnd.Outcome outcome = GraalPyFrontEnd.parse(modernized.text(), modernized.positions());
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (modernized.changed()) {
            diagnostics.add(rewriteSummary(modernized.rewrites(), ref));
        }
        for (Finding finding : modernized.findings()) {
            diagnostics.add(Diagnostic.of(finding.code(), ref.location(finding.span()), finding.message()));
        }
        Set<String> futures = new TreeSet<>(modernized.futureImports());
        if (outcome.module() != null) {
            futures.addAll(futureImports(outcome.module()));
            Set<String> inForce = new TreeSet<>(inheritedFutures);
            inForce.addAll(futures);
            for (Finding finding : Py2HazardScanner.scan(outcome.module(), inForce)) {
                diagnostics.add(Diagnostic.of(finding.code(), ref.location(finding.span()), finding.message()));
            }
        } else {
            diagnostics.add(syntaxDiagnostic(outcome.error(), ref, modernized.changed()));
        }
        return new PythonParseResult(Optional.ofNullable(outcome.module()), PythonDialect.PYTHON2, modernized.text(),
                modernized.rewrites(), futures, Optional.ofNullable(outcome.error()), sorted(diagnostics));
    }

    private static Diagnostic syntaxDiagnostic(PySyntaxError error, SourceRef ref, boolean afterRewrite) {
        boolean tooDeep = error.type().equals("RecursionError") || error.type().equals("MemoryError");
        String message = error + (afterRewrite ? " (after rewriting Python 2 syntax)" : "");
        return Diagnostic.of(tooDeep ? Code.NBM102 : Code.NBM101, error.location(ref), message);
    }

    /** One info listing each kind of rewrite with its lines, at the first rewritten line. */
    private static Diagnostic rewriteSummary(List<Rewrite> rewrites, SourceRef ref) {
        Map<Rewrite.Kind, Set<Integer>> lines = new LinkedHashMap<>();
        for (Rewrite rewrite : rewrites) {
            lines.computeIfAbsent(rewrite.kind(), kind -> new TreeSet<>()).add(rewrite.line());
        }
        List<String> parts = new ArrayList<>();
        lines.forEach((kind, at) -> parts.add(kind.description() + (at.size() == 1 ? " (line " : " (lines ")
                + String.join(", ", at.stream().map(String::valueOf).toList()) + ")"));
        int first = rewrites.stream().mapToInt(Rewrite::line).min().orElse(0);
        return Diagnostic.of(Code.NBM103, ref.location(first, -1), "Python 2 syntax rewritten: " + String.join("; ", parts));
    }

    private static Set<String> futureImports(PyModule module) {
        Set<String> out = new TreeSet<>();
        for (PyStmt.ImportFrom imp : PyNodes.findAll(module, PyStmt.ImportFrom.class)) {
            if ("__future__".equals(imp.module())) {
                imp.names().forEach(alias -> out.add(alias.name()));
            }
        }
        return out;
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        Collections.sort(diagnostics);
        return diagnostics;
    }
}
