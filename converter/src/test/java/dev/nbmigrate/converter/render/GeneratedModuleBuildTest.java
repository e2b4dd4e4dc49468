package dev.nbmigrate.converter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.check.InMemoryCompiler;
import dev.nbmigrate.converter.expect.Expectations;
import dev.nbmigrate.converter.expect.ExpectationsReader;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.JobNames;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.testing.SampleJobs;
import dev.nbmigrate.converter.testing.ScratchProject;
import dev.nbmigrate.converter.verify.ModuleBuild;
import dev.nbmigrate.converter.verify.ModuleVerifier;
import dev.nbmigrate.converter.verify.TestCounts;
import dev.nbmigrate.converter.verify.VerifyResult;
import dev.nbmigrate.converter.write.ModuleWriter;

/**
 * End to end, in one Maven reactor run (offline): two modules rendered from hand-built job models are written into
 * a scratch copy of the project and built and tested. The first module's generated tests pass on its sample data;
 * the second is the same job with one wrong expected value, and exactly that generated test fails.
 */
class GeneratedModuleBuildTest {

    @TempDir
    Path dir;

    @Test
    void generatedModulesBuildTheirJarAndTheirTestsCheckRealValues() throws Exception {
        Path project = ScratchProject.create(dir.resolve("project"));
        Path sample = SampleJobs.copySampleProject(Files.createDirectories(dir.resolve("sample")));
        String expectationsText = Files.readString(sample.resolve("notebooks/daily_site_covers.expect.json"));
        Expectations good = ExpectationsReader.parse(expectationsText, "notebooks/daily_site_covers.expect.json");
        Expectations wrong = ExpectationsReader.parse(expectationsText.replace("\"total_covers\": 22", "\"total_covers\": 23"),
                "notebooks/wrong_covers.expect.json");
        ModuleRenderer renderer = new ModuleRenderer(new TemplateRenderer(null), new InMemoryCompiler(), "0.1.0-SNAPSHOT");
        JobModel model = SampleJobs.dailySiteCovers(Target.DBR_17_3);
        JobModel renamed = new JobModel(JobNames.fromNotebookName("wrong_covers.ipynb"), model.title(), model.source(),
                model.target(), model.sparkConf(), model.config(), model.sections(), model.imports(), model.inputs(),
                model.outputs(), model.diagnostics());
        Path generated = project.resolve("generated");
        ModuleWriter writer = new ModuleWriter();
        for (var job : List.of(new Object[] {model, good}, new Object[] {renamed, wrong})) {
            JobModel m = (JobModel) job[0];
            RenderedModule rendered = renderer.render(m, new RenderOptions(Optional.of((Expectations) job[1]),
                    sample.resolve("data"), "data", Optional.empty(), "generated/" + m.names().module()));
            assertThat(rendered.hasErrors()).as(rendered.diagnostics().toString()).isFalse();
            writer.write(generated, rendered.module().orElseThrow());
        }
        Files.writeString(generated.resolve("pom.xml"),
                renderer.renderAggregator(List.of("wrong-covers", "daily-site-covers"), "../pom.xml"));

        VerifyResult result = new ModuleVerifier(project)
                .verify(List.of("generated/daily-site-covers", "generated/wrong-covers"), List.of(), true);

        String log = String.join("\n", result.outputTail());
        assertThat(result.modules()).extracting(ModuleBuild::module).containsExactly("daily-site-covers", "wrong-covers");
        ModuleBuild passing = result.modules().get(0);
        assertThat(passing.outcome()).as(log).isEqualTo(ModuleBuild.Outcome.SUCCESS);
        // output1, output1Query1, output2, and 4 bad configurations
        assertThat(passing.tests()).as(log).isEqualTo(new TestCounts(7, 0, 0, 0));
        ModuleBuild failing = result.modules().get(1);
        assertThat(failing.outcome()).isEqualTo(ModuleBuild.Outcome.FAILURE);
        assertThat(failing.tests()).as(log).isEqualTo(new TestCounts(7, 1, 0, 0));
        assertThat(Files.readString(generated.resolve(
                "wrong-covers/target/surefire-reports/TEST-dev.nbmigrate.jobs.wrongcovers.WrongCoversJobTest.xml")))
                .contains("differs in total_covers (expected 23, got 22)");

        Path jar = generated.resolve("daily-site-covers/target/daily-site-covers-1.0.0.jar");
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("dev.nbmigrate.jobs.dailysitecovers.DailySiteCoversJob");
            assertThat(file.getEntry("dev/nbmigrate/jobs/dailysitecovers/DailySiteCoversJob.class")).isNotNull();
            assertThat(file.getEntry("dev/nbmigrate/runtime/SparkJob.class")).isNotNull();
            assertThat(file.stream().anyMatch(e -> e.getName().startsWith("org/apache/spark/"))).isFalse();
        }
    }
}
