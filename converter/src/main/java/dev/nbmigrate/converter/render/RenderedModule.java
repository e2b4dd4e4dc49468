package dev.nbmigrate.converter.render;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.model.CellOutcomes;
import dev.nbmigrate.converter.write.GeneratedModule;

/**
 * The outcome of rendering one notebook's module: the module to write (absent when its Java did not parse or
 * compile: nothing is written and the previous module stays), its version and content hash, and every diagnostic
 * (translation's and rendering's), sorted, and each cell's outcome (for a module not written: without Java lines,
 * a cell the compiler rejected failing).
 */
public record RenderedModule(String name, Optional<GeneratedModule> module, String version, String contentHash,
        List<Diagnostic> diagnostics, List<CellOutcomes.Outcome> cells) {

    public RenderedModule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(module, "module");
        diagnostics = diagnostics.stream().sorted().toList();
        cells = List.copyOf(cells);
    }

    /** Whether any diagnostic has severity error (the command's exit code is then 1). */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
