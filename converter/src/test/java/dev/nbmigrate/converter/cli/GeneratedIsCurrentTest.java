package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.nbmigrate.converter.translate.Translators;
import picocli.CommandLine;

/**
 * {@code nbmigrate check} on the project itself, in every build: the committed {@code generated/} folder must be what
 * the current converter makes from {@code legacy-notebooks/}. A converter change that alters the output fails here
 * until the new output is committed (regenerate with the command in the README), so reviewers always see the
 * generated code a change makes.
 */
class GeneratedIsCurrentTest {

    /** The project root: the converter module's parent. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void theCommittedGeneratedModulesAreWhatTheConverterMakes() {
        assertThat(ROOT.resolve("generated/pom.xml")).as("the committed generated/ folder").isRegularFile();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NbmigrateCli.commandLine(new CliContext(ROOT,
                () -> Translators.load(getClass().getClassLoader())));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("check");
        assertThat(exit).as("nbmigrate check:%n%s%s", out, err).isZero();
        assertThat(out.toString()).startsWith("generated is up to date (");
    }
}
