package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.testing.FakeTranslator;
import dev.nbmigrate.converter.testing.SampleJobs;
import dev.nbmigrate.converter.testing.ScratchProject;
import picocli.CommandLine;

/**
 * The whole loop through the command line, on a scratch copy of the project with Maven offline: convert a notebook
 * folder (a hand-built model for its notebook; the expectations file beside it is not taken for one), build and test the
 * module in a reactor run, run the job on local Spark, and check that the committed output is what the converter
 * makes. (That generated tests fail on a wrong value is shown faster in GeneratedTestsTest.)
 */
class EndToEndTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run nbmigrate(Path project, FakeTranslator translator, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NbmigrateCli.commandLine(new CliContext(project, () -> translator,
                Map.of("NBM_SECRET_STORAGE_KEY", "a-key-for-the-local-run")));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void convertVerifyRunAndCheck() throws Exception {
        Path project = SampleJobs.copySampleProject(ScratchProject.create(dir));
        FakeTranslator translator = new FakeTranslator().with(SampleJobs.NOTEBOOK, SampleJobs::dailySiteCovers);

        Run convert = nbmigrate(project, translator, "convert", "notebooks");
        assertThat(convert.exit()).as(convert.out() + convert.err()).isZero();
        assertThat(convert.out())
                .contains("written     notebooks/daily_site_covers.ipynb -> daily-site-covers 1.0.0 (0 errors, 1 warnings")
                .contains("1 notebooks: 1 written, 0 not written, 0 rejected");
        assertThat(Files.readString(project.resolve("generated/pom.xml")))
                .contains("<modules>\n    <module>daily-site-covers</module>\n  </modules>");

        Run verify = nbmigrate(project, translator, "verify", "--offline");
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).startsWith("module             build      tests")
                .containsPattern("daily-site-covers +SUCCESS +7 run, 0 failed, 0 skipped +\\d+\\.\\d s");
        Path jar = project.resolve("generated/daily-site-covers/target/daily-site-covers-1.0.0.jar");
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("dev.nbmigrate.jobs.dailysitecovers.DailySiteCoversJob");
            assertThat(file.getEntry("dev/nbmigrate/runtime/SparkJob.class")).isNotNull();
            assertThat(file.getEntry("dev/nbmigrate/jobs/dailysitecovers/DailySiteCoversJobLocalRun.class")).isNull();
            assertThat(file.stream().anyMatch(e -> e.getName().startsWith("org/apache/spark/"))).isFalse();
        }

        Run run = nbmigrate(project, translator, "run", "--offline", "daily-site-covers", "--run-label", "cli-run");
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        Path module = project.resolve("generated/daily-site-covers");
        assertThat(run.out()).contains("outputs:")
                .contains("wasbs://curated@acct.blob.core.windows.net/site_covers/ -> "
                        + module.resolve("target/local-lake/curated/site_covers"))
                .contains("reporting.site_covers -> " + module.resolve("target/spark-warehouse/reporting.db/site_covers"))
                .doesNotContain("not written");
        assertThat(module.resolve("target/local-lake/curated/site_covers/_SUCCESS")).exists();

        // A second run finds an empty warehouse (a table of the first run would be LOCATION_ALREADY_EXISTS).
        Run again = nbmigrate(project, translator, "run", "--offline", "daily-site-covers", "--run-label", "again");
        assertThat(again.exit()).as(again.out() + again.err()).isZero();

        Run refused = nbmigrate(project, translator, "run", "--offline", "daily-site-covers", "--no-such-option");
        assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("unknown option '--no-such-option'")
                .contains("nbmigrate run: the job refused its options (above); 'nbmigrate run daily-site-covers --help'"
                        + " lists them")
                .doesNotContain("[ERROR]", "\tat ", "ExecuteException");
        assertThat(refused.out()).doesNotContain("outputs:");

        Run check = nbmigrate(project, translator, "check");
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("generated is up to date (1 modules)");
    }
}
