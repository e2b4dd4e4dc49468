package dev.nbmigrate.converter.cells;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code !command} (or {@code !!command}, {@code %sx}, {@code %system}): a shell command run on the notebook
 * server; with {@code files = !ls} its output lines are assigned.
 *
 * @param span       where it is
 * @param command    the command line, Python {@code {expr}}/{@code $var} interpolations as written
 * @param assignedTo the variable receiving the output lines, if any
 */
public record ShellCommand(LineSpan span, String command, Optional<String> assignedTo) implements LineMagic {

    public ShellCommand {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(assignedTo, "assignedTo");
    }
}
