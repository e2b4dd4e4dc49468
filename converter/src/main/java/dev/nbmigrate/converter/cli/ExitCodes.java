package dev.nbmigrate.converter.cli;

/**
 * The exit codes every {@code nbmigrate} command uses, so that a script can act on them. {@code --help} of each
 * command lists what they mean for it.
 */
public final class ExitCodes {

    /** Done: every input was read and every output written (findings, if any, are in the reports). */
    public static final int OK = 0;
    /**
     * What the command checks failed: findings at or above {@code --fail-on}, a module whose Java does not build,
     * generated output that drifted ({@code check}), a build, test or job that failed ({@code verify}, {@code run}).
     */
    public static final int FAILED = 1;
    /** Bad usage or unreadable input: an unknown option or module, a file that is not a notebook, a missing folder. */
    public static final int BAD_INPUT = 2;
    /** A bug in nbmigrate: one line on standard error names the log file with the stack trace. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
