package dev.nbmigrate.converter.progress;

/**
 * Told of a long command's progress, step by step (a notebook converted or assessed, a module verified or
 * reconciled), in the steps' order whatever the number of jobs.
 */
public interface ProgressListener {

    /** Ignores everything. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** Step {@code index} (from 0) of {@code count}, on {@code item}, is the current one. */
    default void started(int index, int count, String item) {
    }

    /** Step {@code index} of {@code count} is done: {@code summary} says how. */
    default void finished(int index, int count, String item, String summary) {
    }
}
