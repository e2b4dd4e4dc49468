package dev.nbmigrate.converter.cli;

import java.nio.file.Path;

import dev.nbmigrate.converter.check.InMemoryCompiler;
import dev.nbmigrate.converter.convert.ProjectPaths;
import dev.nbmigrate.converter.render.ModuleRenderer;
import dev.nbmigrate.converter.render.TemplateException;
import dev.nbmigrate.converter.render.TemplateRenderer;

/** Builds the render stage the way every command uses it. */
final class Pipeline {

    private Pipeline() {
    }

    /** A renderer over the built-in templates, or a user folder over them. */
    static ModuleRenderer renderer(ProjectPaths paths, Path templates) throws TemplateException {
        TemplateRenderer renderer = new TemplateRenderer(templates == null ? null : paths.resolve(templates));
        return new ModuleRenderer(renderer, new InMemoryCompiler(), ConverterVersion.current());
    }
}
