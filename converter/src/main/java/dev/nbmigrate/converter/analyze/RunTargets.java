package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.cells.ClassifiedNotebook;

/**
 * Finds the notebook a {@code %run} names, so that the analyser can make its definitions visible (the CLI
 * reads it from the file next to the running notebook). Implementations report a missing or unreadable
 * notebook as {@link Missing}, never by throwing.
 */
@FunctionalInterface
public interface RunTargets {

    /** No notebook is ever found: every {@code %run} is reported as not followed. */
    RunTargets NONE = (from, target) -> new Missing(target, "notebooks run with %run are not looked up here");

    /**
     * The notebook that {@code target} (as written after {@code %run}) names, run from the notebook named
     * {@code from}.
     */
    Resolution resolve(String from, String target);

    /** The answer for one {@code %run}. */
    sealed interface Resolution permits Found, Missing {
    }

    /**
     * @param name     a stable name for the notebook found (e.g. its path), the same for every notebook that runs it
     * @param notebook the notebook, classified
     */
    record Found(String name, ClassifiedNotebook notebook) implements Resolution {
    }

    /**
     * @param name   the name it was looked for under
     * @param reason why it is not there, for the report
     */
    record Missing(String name, String reason) implements Resolution {
    }
}
