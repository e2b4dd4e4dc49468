package dev.nbmigrate.converter.verify;

import java.time.Duration;
import java.util.Objects;

/** One module's row in a verification: did it build, what its tests said, how long it took. */
public record ModuleBuild(String module, Outcome outcome, TestCounts tests, Duration time) {

    /** The reactor's verdict on a module. */
    public enum Outcome { SUCCESS, FAILURE, SKIPPED, NOT_BUILT }

    public ModuleBuild {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(tests, "tests");
        Objects.requireNonNull(time, "time");
    }

    public boolean passed() {
        return outcome == Outcome.SUCCESS && tests.failures() == 0 && tests.errors() == 0;
    }
}
