package dev.nbmigrate.converter.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import dev.nbmigrate.converter.check.InMemoryCompiler;
import dev.nbmigrate.converter.expect.Expectations;
import dev.nbmigrate.converter.expect.ExpectationsReader;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.testing.SampleJobs;
import dev.nbmigrate.converter.write.ModuleVersion;

/** The sample project copied to a folder, and renders of models over it. */
final class RenderFixture {

    static final String EXPECTATIONS = "notebooks/daily_site_covers.expect.json";
    private static InMemoryCompiler compiler;

    final Path project;
    final ModuleRenderer renderer;

    RenderFixture(Path dir) throws Exception {
        this(dir, null);
    }

    RenderFixture(Path dir, Path templates) throws Exception {
        this.project = SampleJobs.copySampleProject(dir);
        this.renderer = new ModuleRenderer(new TemplateRenderer(templates), compiler(), "0.1.0-SNAPSHOT");
    }

    static synchronized InMemoryCompiler compiler() {
        if (compiler == null) {
            compiler = new InMemoryCompiler();
        }
        return compiler;
    }

    Expectations expectations() throws Exception {
        return ExpectationsReader.parse(Files.readString(project.resolve(EXPECTATIONS)), EXPECTATIONS);
    }

    RenderedModule render(JobModel model) throws Exception {
        return render(model, Optional.of(expectations()), Optional.empty());
    }

    RenderedModule render(JobModel model, Optional<Expectations> expectations,
            Optional<ModuleVersion.Recorded> previous) throws Exception {
        return renderer.render(model, new RenderOptions(expectations, project.resolve("data"), "data", previous,
                "generated/" + model.names().module()));
    }
}
