package dev.nbmigrate.converter.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The verdicts Maven prints: a multi-module reactor's summary, or a single project's build result. */
class ReactorSummaryTest {

    private static ReactorSummary fed(List<String> lines) {
        ReactorSummary summary = new ReactorSummary();
        lines.forEach(summary::accept);
        return summary;
    }

    @Test
    void aReactorSummaryGivesEachModule() {
        ReactorSummary summary = fed(List.of(
                "[INFO] Building nbmigrate runtime 0.1.0-SNAPSHOT                          [1/2]",
                "[INFO] Reactor Summary for nbmigrate 0.1.0-SNAPSHOT:",
                "[INFO] nbmigrate runtime .................................. SUCCESS [ 12.345 s]",
                "[INFO] daily-sales 1.0.3 .................................. FAILURE [01:05 min]",
                "[INFO] BUILD FAILURE",
                "[INFO] Total time:  01:20 min"));

        assertThat(summary.entries()).containsOnlyKeys("nbmigrate runtime", "daily-sales");
        assertThat(summary.entries().get("daily-sales"))
                .isEqualTo(new ReactorSummary.Entry(ModuleBuild.Outcome.FAILURE, Duration.ofSeconds(65)));
    }

    @Test
    void aSingleProjectBuildHasNoSummaryButItsHeaderAndResult() {
        ReactorSummary summary = fed(List.of(
                "[INFO] Building daily-site-covers 1.0.0",
                "[INFO]   from pom.xml",
                "[INFO] Building jar: /tmp/x/target/daily-site-covers-1.0.0.jar",
                "[INFO] BUILD SUCCESS",
                "[INFO] Total time:  42.500 s"));

        assertThat(summary.entries()).containsExactlyEntriesOf(java.util.Map.of("daily-site-covers",
                new ReactorSummary.Entry(ModuleBuild.Outcome.SUCCESS, Duration.ofMillis(42500))));
        assertThat(fed(List.of("[INFO] Building daily-site-covers 1.0.0")).entries()).as("no result yet").isEmpty();
    }
}
