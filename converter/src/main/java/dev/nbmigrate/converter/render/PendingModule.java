package dev.nbmigrate.converter.render;

import java.util.List;
import java.util.Objects;

import dev.nbmigrate.converter.check.CompileResult;
import dev.nbmigrate.converter.check.InMemoryCompiler;
import dev.nbmigrate.converter.check.JavaSource;

/**
 * A module rendered up to the compilation of its Java: either already finished (its Java did not render or parse),
 * or waiting for the result of compiling its units, which a caller may compile together with other modules' (see
 * {@link dev.nbmigrate.converter.check.BatchCompiler}). The result must be the one of compiling
 * {@link #sources()} alone.
 */
public final class PendingModule {

    /** The rest of the rendering, given the compile result of the module's units. */
    @FunctionalInterface
    interface Rest {
        RenderedModule apply(CompileResult compiled) throws TemplateException;
    }

    private final List<JavaSource> sources;
    private final Rest rest;
    private final RenderedModule done;

    private PendingModule(List<JavaSource> sources, Rest rest, RenderedModule done) {
        this.sources = sources;
        this.rest = rest;
        this.done = done;
    }

    static PendingModule done(RenderedModule module) {
        return new PendingModule(List.of(), null, Objects.requireNonNull(module));
    }

    static PendingModule compiling(List<JavaSource> sources, Rest rest) {
        return new PendingModule(List.copyOf(sources), Objects.requireNonNull(rest), null);
    }

    /** Whether the module waits for a compile result. */
    public boolean needsCompile() {
        return done == null;
    }

    /** The units to compile (none when the module is finished). */
    public List<JavaSource> sources() {
        return sources;
    }

    /**
     * Finishes the module with the result of compiling {@link #sources()} (ignored, and may be {@code null}, when
     * it needs none).
     */
    public RenderedModule finish(CompileResult compiled) throws TemplateException {
        return done != null ? done : rest.apply(Objects.requireNonNull(compiled));
    }

    /** Finishes the module, compiling its units alone with {@code compiler}. */
    RenderedModule finish(InMemoryCompiler compiler) throws TemplateException {
        return done != null ? done : rest.apply(compiler.compile(sources));
    }
}
