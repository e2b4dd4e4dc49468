package dev.nbmigrate.runtime;

/** The body of a step that produces nothing (a write, a table refresh). */
@FunctionalInterface
public interface StepAction {
    /** Runs the step. */
    void run() throws Exception;
}
