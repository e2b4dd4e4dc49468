package dev.nbmigrate.runtime;

import java.io.PrintStream;
import java.util.function.IntConsumer;

/**
 * The process side of a command-line launch: where usage and errors are printed and how the process exits.
 * Injectable so tests can capture output and exit codes.
 *
 * @param out  standard output (usage)
 * @param err  standard error (configuration errors, TEXT and JSON logs)
 * @param exit ends the process with a status
 */
record Console(PrintStream out, PrintStream err, IntConsumer exit) {

    /** The real process. */
    static Console system() {
        return new Console(System.out, System.err, System::exit);
    }
}
