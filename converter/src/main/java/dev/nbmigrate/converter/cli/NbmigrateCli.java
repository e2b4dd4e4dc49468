package dev.nbmigrate.converter.cli;

import java.lang.reflect.Constructor;

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
        subcommands = {AssessCommand.class, ConvertCommand.class, CheckCommand.class, VerifyCommand.class,
                RunCommand.class, ConformanceCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class})
public final class NbmigrateCli {

    public static final int OK = 0;
    public static final int DIAGNOSTIC_ERRORS = 1;
    public static final int BAD_INPUT = 2;

    /** Builds the command line with nbmigrate's exit-code conventions, in the process's surroundings. */
    public static CommandLine commandLine() {
        return commandLine(CliContext.system());
    }

    /** Builds the command line with commands working in {@code context} (tests give their own). */
    public static CommandLine commandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(new NbmigrateCli(), new Factory(context));
        commandLine.setExitCodeExceptionMapper(e -> BAD_INPUT);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // 'run MODULE --job-option x': everything after the module belongs to the job.
        commandLine.getSubcommands().get("run").setStopAtPositional(true).setUnmatchedOptionsArePositionalParams(true);
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Creates commands, giving those that take one the {@link CliContext}. */
    private record Factory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == CliContext.class) {
                    constructor.setAccessible(true);
                    return type.cast(constructor.newInstance(context));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
