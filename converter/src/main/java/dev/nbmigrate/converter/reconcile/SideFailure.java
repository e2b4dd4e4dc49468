package dev.nbmigrate.converter.reconcile;

/**
 * A side that could not run to its end.
 *
 * @param side      {@code notebook} or {@code job}
 * @param cell      the notebook cell where it stopped (0 when not known)
 * @param message   the error in one line
 * @param traceback the Python traceback or the job's last log lines; may be empty
 */
public record SideFailure(String side, int cell, String message, String traceback) {
}
