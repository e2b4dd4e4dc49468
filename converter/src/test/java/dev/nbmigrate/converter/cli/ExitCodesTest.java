package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.testing.SampleJobs;

/** The exit-code scheme every command shares, the internal-error path, and {@code --version}. */
class ExitCodesTest {

    @TempDir
    Path project;

    @Test
    void aBugIsOneLineNamingTheLogFileThatHoldsTheStackTrace() throws IOException {
        SampleJobs.copySampleProject(project);
        CliContext broken = new CliContext(project, () -> {
            throw new NullPointerException("quoted notebook text sk-0123456789");
        });

        CliRunner.Run run = CliRunner.run(broken, "convert", SampleJobs.NOTEBOOK);

        assertThat(run.exit()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("convert: internal error (java.lang.NullPointerException at ")
                .doesNotContain("sk-0123456789");
        Matcher log = Pattern.compile("the stack trace is in (\\S+\\.log)\\.").matcher(run.err());
        assertThat(log.find()).as(run.err()).isTrue();
        Path file = Path.of(log.group(1));
        try {
            assertThat(Files.readString(file)).startsWith("java.lang.NullPointerException: quoted notebook text")
                    .contains("\tat dev.nbmigrate.converter.cli.ExitCodesTest");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void badUsageIsTwoWithoutAStackTrace() {
        CliContext context = new CliContext(project, () -> {
            throw new AssertionError("no translation for bad usage");
        });
        for (String[] args : new String[][] {{"convert"}, {"convert", "x.ipynb", "--no-such-option"},
                {"frobnicate"}, {"assess", "x.ipynb", "--fail-on", "always"}}) {
            CliRunner.Run run = CliRunner.run(context, args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.all()).doesNotContain("\tat ", "Exception");
        }
    }

    @Test
    void helpListsTheExitCodes() {
        CliRunner.Run convert = CliRunner.run(CliContext.system(), "convert", "--help");
        assertThat(convert.exit()).isZero();
        assertThat(convert.out()).contains("Exit codes:", "--fail-on=never|error|warning",
                "0   every notebook was read and its module written", "3   internal error");
        assertThat(CliRunner.run(CliContext.system(), "--help").out()).contains("Exit codes (all commands):");
        for (String command : new String[] {"assess", "check", "run"}) {
            assertThat(CliRunner.run(CliContext.system(), command, "--help").out()).as(command).contains("Exit codes:",
                    "2   bad usage");
        }
    }

    @Test
    void versionNamesTheCommitAndWhatItTargets() {
        CliRunner.Run run = CliRunner.run(CliContext.system(), "--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("nbmigrate " + ConverterVersion.current() + ", commit ")
                .containsPattern("targets Spark (3\\.5|4\\.0)\\.\\d+ \\(Databricks 1[67]\\.[34]\\.x-scala2\\.13\\),"
                        + " Scala 2\\.13, Java 17; running on Java \\d+");
        assertThat(run.out().lines().findFirst().orElseThrow()).matches(
                "nbmigrate \\S+, commit ([0-9a-f]{12}( with uncommitted changes)?|unknown)");
    }
}
