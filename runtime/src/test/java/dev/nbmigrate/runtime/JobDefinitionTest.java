package dev.nbmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A job's own definition is checked when it is constructed. */
class JobDefinitionTest {

    record UsesReservedName(String env) {
    }

    record Plain(String x) {
    }

    static final class Job<C extends Record> extends SparkJob<C> {
        Job(String name, Class<C> type) {
            super(name, type);
        }

        @Override
        protected SparkSettings sparkSettings() {
            return SparkSettings.ansiOn("Europe/Paris");
        }

        @Override
        protected void run(JobContext ctx, C config) {
        }
    }

    @Test
    void configMustNotReuseRuntimeOptionNames() {
        assertThatThrownBy(() -> new Job<>("clash", UsesReservedName.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("config record " + UsesReservedName.class.getName() + ": component 'env' clashes with the"
                        + " runtime option --env; rename it");
        assertThat(RuntimeOptions.reservedNames()).containsExactly("config", "env", "help", "local-root", "log-format",
                "log-level", "paths-config", "run-id", "secret-scope", "step-row-counts", "storage-account", "working-dir");
    }

    @Test
    void jobNameMustBeKebabCase() {
        assertThatThrownBy(() -> new Job<>("Daily Covers", Plain.class))
                .hasMessage("job name 'Daily Covers' must be kebab case, like daily-covers");
    }

    @Test
    void sparkSettingsStateTimeZoneAndAnsiExplicitly() {
        SparkSettings settings = SparkSettings.ansiOff("UTC").with("spark.sql.shuffle.partitions", "64");
        assertThat(settings.all()).containsExactly(
                java.util.Map.entry("spark.sql.ansi.enabled", "false"),
                java.util.Map.entry("spark.sql.session.timeZone", "UTC"),
                java.util.Map.entry("spark.sql.shuffle.partitions", "64"));
        assertThatThrownBy(() -> SparkSettings.ansiOn("UTC").with(SparkSettings.ANSI, "false"))
                .hasMessageContaining("are set by ansiOn/ansiOff");
        assertThatThrownBy(() -> SparkSettings.ansiOn("Mars/Olympus")).isInstanceOf(RuntimeException.class);
    }
}
