package dev.nbmigrate.converter.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import dev.nbmigrate.converter.translate.NotebookTranslator;
import picocli.CommandLine;

/** Runs the nbmigrate command line in a folder with a given translator, capturing its output. */
final class CliRunner {

    record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private CliRunner() {
    }

    static Run run(Path workingDir, NotebookTranslator translator, String... args) {
        return run(new CliContext(workingDir, () -> translator), args);
    }

    /** Runs the command line in {@code context}, capturing its output. */
    static Run run(CliContext context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NbmigrateCli.commandLine(context);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
