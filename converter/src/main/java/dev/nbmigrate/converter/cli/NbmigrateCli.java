package dev.nbmigrate.converter.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code nbmigrate} command line. Exit codes (DESIGN section 8): {@value #OK} ok, {@value #DIAGNOSTIC_ERRORS}
 * diagnostics of severity error, {@value #BAD_INPUT} bad usage or unreadable input.
 */
@Command(name = "nbmigrate",
        mixinStandardHelpOptions = true,
        versionProvider = ConverterVersion.class,
        description = "Converts legacy PySpark/Hive notebooks into tested Java Spark job modules.",
        subcommands = {AssessCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class})
public final class NbmigrateCli {

    public static final int OK = 0;
    public static final int DIAGNOSTIC_ERRORS = 1;
    public static final int BAD_INPUT = 2;

    /** Builds the command line with nbmigrate's exit-code conventions. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new NbmigrateCli());
        commandLine.setExitCodeExceptionMapper(e -> BAD_INPUT);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
