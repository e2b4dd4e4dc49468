package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class ExplainCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = NbmigrateCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void explainsOneCode() {
        assertThat(run("explain", "nbm001")).isZero();
        assertThat(out.toString()).startsWith("NBM001 (error): Unreadable notebook");
    }

    @Test
    void unknownCodeIsBadInput() {
        assertThat(run("explain", "NBM999")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("unknown diagnostic code 'NBM999'");
    }

    @Test
    void unknownSubcommandIsBadUsage() {
        assertThat(run("frobnicate")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("Unmatched argument");
    }
}
