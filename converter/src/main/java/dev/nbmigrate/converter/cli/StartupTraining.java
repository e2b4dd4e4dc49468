package dev.nbmigrate.converter.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine;

/**
 * The run the {@code ./nbmigrate} launcher records its class-data sharing archive from
 * ({@code -XX:ArchiveClassesAtExit}): the commands people start most, on one notebook, in one JVM, with their output
 * discarded, so the classes they load (picocli, the translator, the templates, javac, the writer) are in the archive
 * and the next JVMs map them instead of finding, reading and verifying them in 200 jars.
 *
 * <p>Arguments: {@code NOTEBOOK SCRATCH}; the module of {@code convert} is written to the folder {@code SCRATCH}
 * (the launcher gives one under {@code converter/target/} and removes it). Prints each command's exit code; exits 0
 * when every command ran (a command's findings do not matter here), else 1.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    /** The command lines of the training run for one notebook and a scratch folder. */
    static List<List<String>> commandLines(Path notebook, Path scratch) {
        String shown = notebook.toString();
        return List.of(
                List.of("--help"),
                List.of("explain"),
                List.of("assess", shown, "--quiet", "--format", "json"),
                List.of("convert", shown, "--quiet", "--out", scratch.toString()));
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: StartupTraining NOTEBOOK SCRATCH");
            System.exit(ExitCodes.BAD_INPUT);
        }
        System.exit(run(Path.of(args[0]), Path.of(args[1]), System.out));
    }

    /** Runs the training command lines, printing each one's exit code to {@code report}; the exit code of the run. */
    static int run(Path notebook, Path scratch, PrintStream report) {
        if (!Files.isRegularFile(notebook) || !Files.isDirectory(scratch)) {
            report.println("StartupTraining: " + notebook + " must be a notebook and " + scratch + " a folder");
            return ExitCodes.BAD_INPUT;
        }
        boolean ran = true;
        for (List<String> line : commandLines(notebook, scratch)) {
            CommandLine cli = NbmigrateCli.commandLine();
            cli.setOut(new PrintWriter(Writer.nullWriter()));
            cli.setErr(new PrintWriter(Writer.nullWriter()));
            int exit = cli.execute(line.toArray(String[]::new));
            report.println(String.join(" ", line) + ": exit " + exit);
            ran &= exit == ExitCodes.OK || exit == ExitCodes.FAILED;
        }
        return ran ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
