package dev.nbmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nbmigrate.runtime.config.ConfigException;
import dev.nbmigrate.runtime.testkit.SparkTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** What a command-line or Databricks launch prints, and how it exits or throws. */
@SparkTest
class LaunchTest {
    private static final String NL = System.lineSeparator();
    private static final EnvVars DATABRICKS = EnvVars.of(EnvVars.DATABRICKS_RUNTIME_VERSION, "17.3");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Integer> exits = new ArrayList<>();

    private void launch(EnvVars env, SparkJob<?> job, String... args) {
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), exits::add);
        new Launcher(env, console).launch(job, args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badConfigurationPrintsEveryProblemAndExitsWithStatus2() {
        launch(EnvVars.of(), new OrdersJob(), "--inpt-path", "/in", "--lookback-days", "x");
        assertThat(exits).containsExactly(2);
        assertThat(err()).isEqualTo("invalid configuration for job 'orders' (3 problems):" + NL
                + "  - unknown option '--inpt-path'; did you mean '--input-path'?" + NL
                + "  - missing required option '--input-path' (or environment variable ORDERS_INPUT_PATH)" + NL
                + "  - option '--lookback-days': expected an integer, got 'x'" + NL
                + "Run with --help for usage." + NL);
        assertThat(out.size()).isZero();
    }

    @Test
    void onDatabricksBadConfigurationIsThrownAndNothingExits() {
        assertThatThrownBy(() -> launch(DATABRICKS.with("NBM_ENV", "prod"), new OrdersJob(), "--lookback-days", "0"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("option '--lookback-days': must be between 1 and 365, got 0");
        assertThat(exits).isEmpty();
        assertThat(err.size()).isZero();
    }

    @Test
    void helpPrintsUsageFromTheRecordAndRunsNothing() {
        launch(EnvVars.of(), new OrdersJob(), "--lookback-days", "nonsense", "--help");
        assertThat(exits).as("help ends normally, status 0").isEmpty();
        String usage = out.toString(StandardCharsets.UTF_8);
        assertThat(usage).startsWith("Usage: orders [options]" + NL + NL
                + "Job options (command line > environment > config file > default):" + NL
                + "  --input-path <text>" + NL
                + "      Folder of daily sales CSVs. Required. Schemes abfss, wasbs, file. Env ORDERS_INPUT_PATH." + NL
                + "  -n, --lookback-days <long>" + NL
                + "      Days to look back. Default 7. Range 1..365. Env ORDERS_LOOKBACK_DAYS." + NL
                + "  --run-date <yyyy-mm-dd>" + NL
                + "      Default 2024-01-31. Env ORDERS_RUN_DATE." + NL);
        assertThat(usage).contains("  --stores <text>[,...]" + NL + "      Env ORDERS_STORES." + NL)
                .contains("  --dry-run, --no-dry-run" + NL + "      Env ORDERS_DRY_RUN." + NL)
                .contains("  --mode <full|incremental>" + NL)
                .contains("  --log-format <text|json|platform>" + NL)
                .contains("  --config <file>" + NL)
                .contains("  -h, --help" + NL);
        assertThat(err.size()).isZero();
    }

    @Test
    void failedRunIsLoggedAndExitsWithStatus1(SparkSession spark) {
        OrdersJob failing = new OrdersJob((ctx, config) -> ctx.step("explode", () -> {
            throw new IllegalStateException("boom in " + config.inputPath());
        }));
        launch(EnvVars.of(), failing, "--input-path", "/in", "--run-id", "run-7");
        assertThat(exits).containsExactly(1);
        assertThat(err()).contains("step 'explode' failed after")
                .contains("job orders run run-7 failed after")
                .contains("java.lang.IllegalStateException: boom in /in");
        assertThat(spark.sparkContext().isStopped()).isFalse();
    }

    @Test
    void failedRunOnDatabricksThrowsAndNothingExits(SparkSession spark) {
        OrdersJob failing = new OrdersJob((ctx, config) -> {
            throw new IllegalStateException("boom");
        });
        assertThatThrownBy(() -> launch(DATABRICKS.with("NBM_ENV", "local"), failing, "--input-path", "/in",
                "--run-id", "run-8"))
                .isInstanceOf(JobFailedException.class)
                .hasMessage("job 'orders' (run run-8) failed: java.lang.IllegalStateException: boom")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(exits).isEmpty();
    }

    @Test
    void successfulRunEndsNormallyAndLeavesTheSharedSessionOpen(SparkSession spark) {
        List<String> seen = new ArrayList<>();
        launch(EnvVars.of(), new OrdersJob((ctx, config) -> seen.add(ctx.spark().conf().get(SparkSettings.ANSI))),
                "--input-path", "/in", "--log-format", "text");
        assertThat(exits).isEmpty();
        assertThat(seen).containsExactly("false");
        assertThat(spark.sparkContext().isStopped()).isFalse();
        assertThat(err()).contains("job orders run ").contains(" finished in ");
    }
}
