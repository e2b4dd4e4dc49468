package dev.nbmigrate.runtime;

/**
 * The body of a step that produces a value (usually a Dataset). May throw checked exceptions; the step wraps them
 * in a {@link StepFailedException}.
 *
 * @param <T> the value produced
 */
@FunctionalInterface
public interface StepBody<T> {
    /** Runs the step. */
    T get() throws Exception;
}
