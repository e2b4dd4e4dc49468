package dev.nbmigrate.converter.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The Spark versions whose Java API has a member, as the API table's {@code spark} column spells it:
 * {@code *} (all), {@code >=4.0} or {@code <4.0}.
 *
 * @param from the first version that has it, if bounded below
 * @param before the first version that no longer has it, if bounded above
 */
public record VersionRange(Optional<SparkVersion> from, Optional<SparkVersion> before) {

    /** Every version. */
    public static final VersionRange ALL = new VersionRange(Optional.empty(), Optional.empty());

    public VersionRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(before, "before");
    }

    public static VersionRange parse(String text) {
        if (text.equals("*")) {
            return ALL;
        }
        if (text.startsWith(">=")) {
            return new VersionRange(Optional.of(SparkVersion.parse(text.substring(2))), Optional.empty());
        }
        if (text.startsWith("<")) {
            return new VersionRange(Optional.empty(), Optional.of(SparkVersion.parse(text.substring(1))));
        }
        throw new IllegalArgumentException("not a version range: '" + text + "' (expected *, >=X.Y or <X.Y)");
    }

    public boolean contains(SparkVersion version) {
        return from.map(f -> version.compareTo(f) >= 0).orElse(true)
                && before.map(b -> version.compareTo(b) < 0).orElse(true);
    }

    @Override
    public String toString() {
        if (from.isPresent()) {
            return ">=" + from.get();
        }
        return before.map(b -> "<" + b).orElse("*");
    }
}
