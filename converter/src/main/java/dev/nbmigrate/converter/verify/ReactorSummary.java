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
 * entry is keyed by the name alone.
 */
final class ReactorSummary {

    private static final Pattern NAME_AND_VERSION = Pattern.compile("(\\S+) \\d[\\w.+-]*");
    private static final Pattern LINE = Pattern.compile(
            "^\\[INFO\\] (.+?) \\.+ (SUCCESS|FAILURE|SKIPPED)(?: \\[\\s*(?:(\\d+):)?(\\d+(?:\\.\\d+)?) (s|min|h)\\])?\\s*$");

    /** A module's verdict and time as the summary reports them. */
    record Entry(ModuleBuild.Outcome outcome, Duration time) {
    }

    private final Map<String, Entry> byName = new LinkedHashMap<>();

    /** Feeds one line of Maven's output. */
    void accept(String line) {
        Matcher m = LINE.matcher(line);
        if (m.matches()) {
            Matcher versioned = NAME_AND_VERSION.matcher(m.group(1));
            String name = versioned.matches() ? versioned.group(1) : m.group(1);
            byName.put(name, new Entry(ModuleBuild.Outcome.valueOf(m.group(2)), duration(m)));
        }
    }

    Map<String, Entry> entries() {
        return Map.copyOf(byName);
    }

    private static Duration duration(Matcher m) {
        if (m.group(4) == null) {
            return Duration.ZERO;
        }
        double value = Double.parseDouble(m.group(4));
        long major = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        return switch (m.group(5)) {
            case "s" -> Duration.ofMillis(Math.round(value * 1000));
            case "min" -> Duration.ofMinutes(major).plusSeconds(Math.round(value));
            default -> Duration.ofHours(major).plusMinutes(Math.round(value));
        };
    }
}
