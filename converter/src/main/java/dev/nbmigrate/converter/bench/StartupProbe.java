package dev.nbmigrate.converter.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;

import dev.nbmigrate.converter.cli.NbmigrateCli;
import picocli.CommandLine;

/**
 * Run in a JVM of its own by {@code nbmigrate bench}: runs one nbmigrate command line with its output discarded,
 * then prints the CPU nanoseconds the whole process used, start-up included, on one line.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        CommandLine cli = NbmigrateCli.commandLine();
        cli.setOut(new PrintWriter(Writer.nullWriter()));
        cli.setErr(new PrintWriter(Writer.nullWriter()));
        int exit = cli.execute(Arrays.copyOf(args, args.length));
        System.out.println(ProcessCost.cpuNanos() + " " + exit);
        System.out.flush();
    }
}
