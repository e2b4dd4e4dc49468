package dev.nbmigrate.converter.verify;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "Reactor Summary" lines Maven prints at the end of a multi-module build, e.g.
 * {@code [INFO] daily-sales ........ SUCCESS [ 12.345 s]} or {@code ... FAILURE [01:05 min]}. Maven adds the
 * version after the name when a module's version differs from the build's ({@code daily-sales 1.0.3 ....}); the
 * entry is keyed by the name alone. A build of a single project (a generated module has no parent, so a module whose
 * runtime comes from a repository is built alone) prints no summary: its entry comes from the
 * {@code Building NAME VERSION} header, {@code BUILD SUCCESS|FAILURE} and {@code Total time}.
 */
final class ReactorSummary {

    private static final Pattern NAME_AND_VERSION = Pattern.compile("(\\S+) \\d[\\w.+-]*");
    private static final Pattern LINE = Pattern.compile(
            "^\\[INFO\\] (.+?) \\.+ (SUCCESS|FAILURE|SKIPPED)(?: \\[\\s*(?:(\\d+):)?(\\d+(?:\\.\\d+)?) (s|min|h)\\])?\\s*$");

    /** A module's verdict and time as the summary reports them. */
    record Entry(ModuleBuild.Outcome outcome, Duration time) {
    }

    private static final Pattern BUILDING = Pattern.compile("^\\[INFO\\] Building (\\S+) \\d[\\w.+-]*(?: +\\[\\d+/\\d+\\])?\\s*$");
    private static final Pattern RESULT = Pattern.compile("^\\[INFO\\] BUILD (SUCCESS|FAILURE)\\s*$");
    private static final Pattern TOTAL = Pattern.compile(
            "^\\[INFO\\] Total time: +(?:(\\d+):)?(\\d+(?:\\.\\d+)?) (s|min|h)(?: \\(Wall Clock\\))?\\s*$");

    private final Map<String, Entry> byName = new LinkedHashMap<>();
    private String building;
    private ModuleBuild.Outcome result;
    private Duration total = Duration.ZERO;

    /** Feeds one line of Maven's output. */
    void accept(String line) {
        Matcher m = LINE.matcher(line);
        if (m.matches()) {
            Matcher versioned = NAME_AND_VERSION.matcher(m.group(1));
            String name = versioned.matches() ? versioned.group(1) : m.group(1);
            byName.put(name, new Entry(ModuleBuild.Outcome.valueOf(m.group(2)), duration(m, 3)));
            return;
        }
        Matcher header = BUILDING.matcher(line);
        if (header.matches()) {
            building = header.group(1);
            return;
        }
        Matcher verdict = RESULT.matcher(line);
        if (verdict.matches()) {
            result = ModuleBuild.Outcome.valueOf(verdict.group(1));
            return;
        }
        Matcher time = TOTAL.matcher(line);
        if (time.matches()) {
            total = duration(time, 1);
        }
    }

    Map<String, Entry> entries() {
        if (byName.isEmpty() && building != null && result != null) {
            return Map.of(building, new Entry(result, total));
        }
        return Map.copyOf(byName);
    }

    /** The duration in groups {@code first} (hours or minutes, optional), {@code first + 1} and its unit. */
    private static Duration duration(Matcher m, int first) {
        if (m.group(first + 1) == null) {
            return Duration.ZERO;
        }
        double value = Double.parseDouble(m.group(first + 1));
        long major = m.group(first) == null ? 0 : Long.parseLong(m.group(first));
        return switch (m.group(first + 2)) {
            case "s" -> Duration.ofMillis(Math.round(value * 1000));
            case "min" -> Duration.ofMinutes(major).plusSeconds(Math.round(value));
            default -> Duration.ofHours(major).plusMinutes(Math.round(value));
        };
    }
}
