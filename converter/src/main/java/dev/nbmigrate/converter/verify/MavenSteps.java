package dev.nbmigrate.converter.verify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reactor's progress in Maven's output: {@code [INFO] Building <name> <version>   [3/12]} starts the third of
 * twelve projects.
 */
final class MavenSteps {

    private static final Pattern BUILDING = Pattern.compile(
            "^\\[INFO\\] Building (.+?) \\S+\\s+\\[(\\d+)/(\\d+)\\]\\s*$");

    /** A project the reactor starts: its index (from 0), the count, its name. */
    record Step(int index, int count, String name) {
    }

    private MavenSteps() {
    }

    /** The step {@code line} starts, if it is a reactor {@code Building} line. */
    static Optional<Step> of(String line) {
        Matcher m = BUILDING.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Step(Integer.parseInt(m.group(2)) - 1, Integer.parseInt(m.group(3)), m.group(1)));
    }
}
