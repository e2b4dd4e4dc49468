package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.testing.FakeTranslator;
import dev.nbmigrate.converter.testing.SampleJobs;

/** Usage errors of {@code verify} and {@code run}, found before Maven starts (their builds are in EndToEndTest). */
class VerifyAndRunCommandTest {

    @TempDir
    Path project;

    private final FakeTranslator translator = new FakeTranslator()
            .with(SampleJobs.NOTEBOOK, SampleJobs::dailySiteCovers)
            .with("notebooks/other.ipynb", t -> SampleJobs.renamed(SampleJobs.dailySiteCovers(t), "notebooks/other.ipynb"));

    @Test
    void verifyNeedsModules() {
        CliRunner.Run none = CliRunner.run(project, translator, "verify");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("generated holds no generated modules; run 'nbmigrate convert'");

        SampleJobs.copySampleProject(project);
        CliRunner.run(project, translator, "convert", SampleJobs.NOTEBOOK);
        CliRunner.Run unknown = CliRunner.run(project, translator, "verify", "no-such-job");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no module 'no-such-job' in generated");
    }

    @Test
    void modulesOfBothTargetsCannotBuildInOneReactor() throws IOException {
        SampleJobs.copySampleProject(project);
        Files.writeString(project.resolve("notebooks/other.ipynb"), "{}");
        CliRunner.run(project, translator, "convert", SampleJobs.NOTEBOOK);
        CliRunner.run(project, translator, "convert", "notebooks/other.ipynb", "--target", "dbr-16.4");

        CliRunner.Run run = CliRunner.run(project, translator, "verify");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("the modules target dbr-16.4 and dbr-17.3, which build with different Spark"
                + " versions: verify or run them separately");
    }

    @Test
    void runNeedsAGeneratedModule() {
        CliRunner.Run run = CliRunner.run(project, translator, "run", "no-such-job", "--run-date", "2024-01-31");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("nbmigrate run: no generated module 'no-such-job' in generated; run 'nbmigrate"
                + " convert' first\n");

        SampleJobs.copySampleProject(project);
        CliRunner.run(project, translator, "convert", SampleJobs.NOTEBOOK);
        CliRunner.Run unknown = CliRunner.run(project, translator, "run", "daily-covers");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("nbmigrate run: no generated module 'daily-covers' in generated; the"
                + " modules are: daily-site-covers\n");
    }

    @Test
    void runNeedsItsDataFolder() throws IOException {
        SampleJobs.copySampleProject(project);
        CliRunner.run(project, translator, "convert", SampleJobs.NOTEBOOK);

        CliRunner.Run missing = CliRunner.run(project, translator, "run", "daily-site-covers", "--local-root",
                "no/such/lake");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("nbmigrate run: --local-root no/such/lake is not a folder (give the folder"
                + " that lake locations map to)\n");

        Scratch.delete(project.resolve("generated/daily-site-covers/src/test/resources/lake"));
        CliRunner.Run noSample = CliRunner.run(project, translator, "run", "daily-site-covers");
        assertThat(noSample.exit()).isEqualTo(2);
        assertThat(noSample.err()).isEqualTo("nbmigrate run: module daily-site-covers has no sample data"
                + " (src/test/resources/lake); give the job's data with --local-root DIR\n");
    }
}
