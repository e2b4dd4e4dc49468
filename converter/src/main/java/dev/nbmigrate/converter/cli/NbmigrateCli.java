package dev.nbmigrate.converter.cli;

import java.lang.reflect.Constructor;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code nbmigrate} command line, with the exit codes of {@link ExitCodes}: 0 done, 1 what the command checks
 * failed, 2 bad usage or unreadable input, 3 internal error.
 */
@Command(name = "nbmigrate",
        mixinStandardHelpOptions = true,
        versionProvider = ConverterVersion.class,
        description = "Converts legacy PySpark/Hive notebooks into tested Java Spark job modules.",
        exitCodeListHeading = "%nExit codes (all commands):%n",
        exitCodeList = {"0:done; findings, if any, are in the reports",
                "1:what the command checks failed (findings at --fail-on, a module that does not build, drift,"
                        + " a failed build, test or job)",
                "2:bad usage or unreadable input (unknown option or module, not a notebook, missing folder)",
                "3:internal error: one line names the log file with the stack trace"},
        subcommands = {AssessCommand.class, ConvertCommand.class, CheckCommand.class, ReviewCommand.class, VerifyCommand.class,
                RunCommand.class, ReconcileCommand.class, ConformanceCommand.class, ExplainCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class})
public final class NbmigrateCli {

    static {
        // picocli's default factory looks for Groovy's Closure class when it is first used unless told not to; a
        // class that is on no jar makes the class loader open every jar of the class path (200 of them, 430 MB:
        // half the CPU of 'nbmigrate --help'). nbmigrate has no Groovy commands.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
    }

    /** Builds the command line with nbmigrate's exit-code conventions, in the process's surroundings. */
    public static CommandLine commandLine() {
        return commandLine(CliContext.system());
    }

    /** Builds the command line with commands working in {@code context} (tests give their own). */
    public static CommandLine commandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(new NbmigrateCli(), new Factory(context));
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
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
