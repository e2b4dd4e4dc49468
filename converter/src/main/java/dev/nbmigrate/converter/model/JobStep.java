package dev.nbmigrate.converter.model;

import java.util.List;
import java.util.Objects;

import dev.nbmigrate.converter.diag.Location;

/**
 * One step of a section: the Java statements one notebook statement (or one SQL statement, one platform call) became.
 * Kept so that when the generated Java of a step does not compile, that step alone can become a failing placeholder
 * ({@code NotTranslated.fail(...)}) and the rest of the module is still written.
 *
 * @param first        the index of its first statement among the top-level statements of the section's method body
 * @param count        how many top-level statements it is
 * @param where        where it came from in the notebook (cell and line)
 * @param python       the notebook source of the step, already redacted, for the placeholder's comment
 * @param declarations the local variables it declares for later steps, as {@code Type name}
 * @param placeholder  whether the step already is a placeholder made because its Java did not compile
 */
public record JobStep(int first, int count, Location where, List<String> python, List<String> declarations,
        boolean placeholder) {

    public JobStep {
        Objects.requireNonNull(where, "where");
        python = List.copyOf(python);
        declarations = List.copyOf(declarations);
        if (first < 0 || count < 1) {
            throw new IllegalArgumentException("a step is one statement or more at index 0 or later: " + first + "+"
                    + count);
        }
    }

    /** Whether the top-level statement at {@code index} is part of this step. */
    public boolean holds(int index) {
        return index >= first && index < first + count;
    }

    /** The same step moved by {@code delta} statements. */
    public JobStep shifted(int delta) {
        return new JobStep(first + delta, count, where, python, declarations, placeholder);
    }
}
