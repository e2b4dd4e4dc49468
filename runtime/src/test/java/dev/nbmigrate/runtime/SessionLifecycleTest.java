package dev.nbmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * A job with no session around creates one (local[*] when no master is configured, with the job's settings) and
 * stops it at the end. Runs in its own surefire execution, a JVM without the test kit's shared session.
 */
class SessionLifecycleTest {

    @Test
    void createsALocalSessionWithTheJobsSettingsAndStopsIt() {
        assertThat(SparkSession.getDefaultSession().isDefined()).as("no session before").isFalse();
        List<SparkSession> seen = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        new OrdersJob((ctx, config) -> {
            seen.add(ctx.spark());
            facts.add(ctx.spark().sparkContext().master());
            facts.add(ctx.spark().conf().get(SparkSettings.ANSI));
            facts.add(ctx.spark().conf().get(SparkSettings.TIME_ZONE));
            facts.add(Long.toString(ctx.spark().range(4).count()));
        }).execute(EnvVars.of(), "--input-path", "/in");

        assertThat(facts).containsExactly("local[*]", "false", "UTC", "4");
        assertThat(seen.get(0).sparkContext().isStopped()).as("the job stopped the session it created").isTrue();
    }
}
