package dev.nbmigrate.converter.verify;

/**
 * How {@code nbmigrate run} ended: the module did not build (Maven's exit code), or the job ran and exited with
 * its own code (0 done, 1 failed, 2 its options were refused, as the runtime's launcher has it).
 */
public record RunOutcome(Stage stage, int exitCode) {

    /** Where the run stopped. */
    public enum Stage { BUILD, JOB }

    /** The job ran to its end and succeeded. */
    public boolean succeeded() {
        return stage == Stage.JOB && exitCode == 0;
    }
}
