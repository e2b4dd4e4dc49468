package dev.nbmigrate.converter.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * The read-only {@code shared/} folder that sits beside a checkout on developers' machines and in CI (corpora of
 * real notebooks and PySpark doctests). A fresh clone has none: tests that need it call {@link #require} and are
 * skipped, with the path they looked for, instead of failing.
 */
public final class SharedFolder {

    private SharedFolder() {
    }

    /** {@code shared/<relative>}, found in the working folder or a folder above it, if it exists. */
    public static Optional<Path> find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** {@code shared/<relative>}; aborts the calling test (a skip, with the reason) when it is absent. */
    public static Path require(String relative) {
        Optional<Path> found = find(relative);
        Assumptions.assumeTrue(found.isPresent(), () -> "needs shared/" + relative + " beside the checkout (looked"
                + " upwards from " + Path.of("").toAbsolutePath() + "); absent, so skipped");
        return found.get();
    }
}
