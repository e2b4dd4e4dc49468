package dev.nbmigrate.converter.cli;

import picocli.CommandLine.Option;

/** The {@code --fail-on never|error|warning} option, shared by the commands that report findings. */
final class FailOnOption {

    @Option(names = "--fail-on", paramLabel = "never|error|warning", defaultValue = "never",
            description = "Exit with 1 when some finding has this severity or a higher one (default: ${DEFAULT-VALUE}:"
                    + " findings are in the reports and never change the exit code).")
    FailOn failOn = FailOn.NEVER;
}
