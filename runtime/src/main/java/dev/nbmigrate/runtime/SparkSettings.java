package dev.nbmigrate.runtime;

import java.time.ZoneId;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Spark configuration a job declares: session time zone and ANSI mode always, stated explicitly because
 * legacy notebooks ran with ANSI off and cluster defaults differ, plus any other settings.
 *
 * <pre>{@code
 * @Override protected SparkSettings sparkSettings() {
 *     return SparkSettings.ansiOff("UTC").with("spark.sql.shuffle.partitions", "64");
 * }
 * }</pre>
 *
 * <p>When the job creates the session every setting goes to the builder. When a session already exists (Databricks,
 * tests) the settings are applied to it where Spark allows and restored when the job ends.
 *
 * @param sessionTimeZone {@code spark.sql.session.timeZone}
 * @param ansiEnabled     {@code spark.sql.ansi.enabled}
 * @param conf            further settings, sorted by key
 */
public record SparkSettings(String sessionTimeZone, boolean ansiEnabled, SortedMap<String, String> conf) {
    /** The session time zone key. */
    public static final String TIME_ZONE = "spark.sql.session.timeZone";
    /** The ANSI mode key. */
    public static final String ANSI = "spark.sql.ansi.enabled";

    /** Validates the time zone and that {@code conf} does not repeat the two explicit settings. */
    public SparkSettings {
        ZoneId.of(sessionTimeZone);
        if (conf.containsKey(TIME_ZONE) || conf.containsKey(ANSI)) {
            throw new IllegalArgumentException(TIME_ZONE + " and " + ANSI + " are set by ansiOn/ansiOff, not with()");
        }
        conf = Collections.unmodifiableSortedMap(new TreeMap<>(conf));
    }

    /** ANSI mode off, as legacy notebooks ran, in session time zone {@code sessionTimeZone} (e.g. "UTC"). */
    public static SparkSettings ansiOff(String sessionTimeZone) {
        return new SparkSettings(sessionTimeZone, false, new TreeMap<>());
    }

    /** ANSI mode on, in session time zone {@code sessionTimeZone}. */
    public static SparkSettings ansiOn(String sessionTimeZone) {
        return new SparkSettings(sessionTimeZone, true, new TreeMap<>());
    }

    /** These settings plus {@code key}={@code value}. */
    public SparkSettings with(String key, String value) {
        if (key == null || key.isBlank() || value == null) {
            throw new IllegalArgumentException("a Spark setting needs a key and a value");
        }
        TreeMap<String, String> more = new TreeMap<>(conf);
        more.put(key, value);
        return new SparkSettings(sessionTimeZone, ansiEnabled, more);
    }

    /** Every setting, the explicit two included, sorted by key. */
    public SortedMap<String, String> all() {
        TreeMap<String, String> all = new TreeMap<>(conf);
        all.put(TIME_ZONE, sessionTimeZone);
        all.put(ANSI, Boolean.toString(ansiEnabled));
        return Collections.unmodifiableSortedMap(all);
    }
}
