package dev.nbmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nbmigrate.runtime.config.ConfigException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Binding options to the config record: every accepted form, precedence, and every kind of bad input. */
class OptionBindingTest {
    private static final EnvVars NO_ENV = EnvVars.of();
    private final OrdersJob job = new OrdersJob();

    @TempDir
    Path dir;

    private OrdersJob.Config bind(String... args) {
        return job.bindConfig(NO_ENV, args);
    }

    private List<String> problems(EnvVars env, String... args) {
        try {
            job.bindConfig(env, args);
        } catch (ConfigException e) {
            return e.problems();
        }
        throw new AssertionError("expected a ConfigException");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--input-path", "--input_path", "--inputPath", "--INPUT-PATH"})
    void acceptsNameAndSeparateValueInAnyCaseStyle(String name) {
        assertThat(bind(name, "/data/in").inputPath()).isEqualTo("/data/in");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--input-path=/data/in", "--input_path=/data/in", "--inputPath=/data/in"})
    void acceptsNameEqualsValue(String arg) {
        assertThat(bind(arg).inputPath()).isEqualTo("/data/in");
    }

    @Test
    void valueMayContainEqualsSignsAndStartWithADashIfNumeric() {
        OrdersJob.Config config = bind("--input-path=/a=b", "--offset", "-3", "--threshold", "1.5e1",
                "--lookback-days", "12");
        assertThat(config.inputPath()).isEqualTo("/a=b");
        assertThat(config.offset()).isEqualTo(-3);
        assertThat(config.threshold()).isEqualTo(15.0);
        assertThat(problems(NO_ENV, "--input-path", "x", "--threshold", "-2.5e-1")).containsExactly(
                "option '--threshold': must be at least 0, got -0.25");
    }

    @Test
    void shortAlias() {
        assertThat(bind("--input-path", "x", "-n", "30").lookbackDays()).isEqualTo(30);
        assertThat(bind("--input-path", "x", "-n=31").lookbackDays()).isEqualTo(31);
    }

    @Test
    void booleanFlags() {
        assertThat(bind("--input-path", "x").dryRun()).isFalse();
        assertThat(bind("--input-path", "x", "--dry-run").dryRun()).isTrue();
        assertThat(bind("--input-path", "x", "--dry_run").dryRun()).isTrue();
        assertThat(bind("--input-path", "x", "--dry-run", "--no-dry-run").dryRun()).isFalse();
        assertThat(bind("--input-path", "x", "--dry-run=false").dryRun()).isFalse();
        assertThat(bind("--input-path", "x", "--dry-run=yes").dryRun()).isTrue();
    }

    @Test
    void flagDoesNotSwallowTheNextArgument() {
        assertThat(problems(NO_ENV, "--input-path", "x", "--dry-run", "true"))
                .containsExactly("unexpected argument 'true'");
    }

    @Test
    void listsAreCommaSeparatedOrRepeated() {
        assertThat(bind("--input-path", "x", "--stores", "s1,s2").stores()).containsExactly("s1", "s2");
        assertThat(bind("--input-path", "x", "--stores", "s1", "--stores=s2, s3").stores())
                .containsExactly("s1", "s2", "s3");
        assertThat(bind("--input-path", "x").stores()).isEmpty();
    }

    @Test
    void repeatedScalarLastWins() {
        assertThat(bind("--input-path", "a", "--input-path", "b").inputPath()).isEqualTo("b");
    }

    @Test
    void everyValueType() {
        OrdersJob.Config config = bind("--input-path", "x", "--run-date", "2024-02-29", "--cutoff",
                "2024-02-29 06:30:00", "--since", "2024-02-29T06:30:00Z", "--mode", "incremental", "--rate",
                "0.125", "--timeout", "PT15M", "--threshold", "2.5", "--offset", "4");
        assertThat(config.runDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(config.cutoff()).isEqualTo(LocalDateTime.of(2024, 2, 29, 6, 30));
        assertThat(config.since()).isEqualTo(Instant.parse("2024-02-29T06:30:00Z"));
        assertThat(config.mode()).isEqualTo(OrdersJob.Mode.INCREMENTAL);
        assertThat(config.rate()).isEqualTo(new BigDecimal("0.125"));
        assertThat(config.timeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.threshold()).isEqualTo(2.5);
        assertThat(config.offset()).isEqualTo(4);
    }

    @Test
    void absentOptionsTakeDefaultsOrEmptyValues() {
        OrdersJob.Config config = bind("--input-path", "x");
        assertThat(config.lookbackDays()).isEqualTo(7);
        assertThat(config.runDate()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(config.writeMode()).isEqualTo("overwrite");
        assertThat(config.offset()).isZero();
        assertThat(config.threshold()).isNull();
        assertThat(config.mode()).isNull();
    }

    @Test
    void precedenceIsCommandLineThenEnvironmentThenFileThenDefault() throws IOException {
        Path file = Files.writeString(dir.resolve("orders.properties"), "input_path=/from/file\nlookback-days=10\n");
        EnvVars env = EnvVars.of("ORDERS_LOOKBACK_DAYS", "20");
        assertThat(job.bindConfig(NO_ENV, "--config", file.toString()).lookbackDays()).isEqualTo(10);
        assertThat(job.bindConfig(env, "--config", file.toString()).lookbackDays()).isEqualTo(20);
        assertThat(job.bindConfig(env, "--config", file.toString(), "--lookback-days", "30").lookbackDays())
                .isEqualTo(30);
        assertThat(job.bindConfig(NO_ENV, "--input-path", "x").lookbackDays()).isEqualTo(7);
        assertThat(job.bindConfig(env, "--config", file.toString()).inputPath()).isEqualTo("/from/file");
    }

    @Test
    void configFileFromEnvironmentAndJsonFiles() throws IOException {
        Path json = Files.writeString(dir.resolve("orders.json"),
                "{\"inputPath\": \"/from/json\", \"lookback_days\": 14, \"stores\": [\"a,b\", \"c\"], \"dry-run\": true}");
        OrdersJob.Config config = job.bindConfig(EnvVars.of("NBM_CONFIG", json.toString()));
        assertThat(config.inputPath()).isEqualTo("/from/json");
        assertThat(config.lookbackDays()).isEqualTo(14);
        assertThat(config.stores()).as("JSON array items are not split at commas").containsExactly("a,b", "c");
        assertThat(config.dryRun()).isTrue();
    }

    @Test
    void environmentVariablesAreNamedAfterTheJob() {
        OrdersJob.Config config = job.bindConfig(EnvVars.of("ORDERS_INPUT_PATH", "/env/in", "ORDERS_STORES", "a,b",
                "ORDERS_DRY_RUN", "true"));
        assertThat(config.inputPath()).isEqualTo("/env/in");
        assertThat(config.stores()).containsExactly("a", "b");
        assertThat(config.dryRun()).isTrue();
    }

    @Test
    void unknownOptionSuggestsTheNearestName() {
        assertThat(problems(NO_ENV, "--inpt-path", "x")).containsExactly(
                "unknown option '--inpt-path'; did you mean '--input-path'?",
                "missing required option '--input-path' (or environment variable ORDERS_INPUT_PATH)");
    }

    @Test
    void unknownOptionFarFromAnyName() {
        assertThat(problems(NO_ENV, "--input-path", "x", "--colour", "red"))
                .containsExactly("unknown option '--colour'");
    }

    @Test
    void negatingANonFlagIsUnknown() {
        assertThat(problems(NO_ENV, "--input-path", "x", "--no-lookback-days"))
                .containsExactly("unknown option '--no-lookback-days'; did you mean '--lookback-days'?");
    }

    @Test
    void illTypedValuesNameTheOptionAndTheSource() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.properties"), "offset=many\n");
        assertThat(problems(EnvVars.of("ORDERS_LOOKBACK_DAYS", "abc"), "--input-path", "x", "--run-date",
                "2024-13-01", "--mode", "sideways", "--dry-run=maybe", "--config", file.toString()))
                .containsExactly(
                        "option '--lookback-days' (environment variable ORDERS_LOOKBACK_DAYS): expected an integer,"
                                + " got 'abc'",
                        "option '--run-date': expected a date like 2024-01-31, got '2024-13-01'",
                        "option '--dry-run': expected true or false, got 'maybe'",
                        "option '--offset' (config file " + file + "): expected an integer (32-bit), got 'many'",
                        "option '--mode': expected one of full, incremental, got 'sideways'");
    }

    @Test
    void everyValidationRuleReportsAllViolationsTogether() {
        assertThat(problems(NO_ENV, "--input-path", "hdfs://nn/x", "--lookback-days", "400", "--write-mode", "apend",
                "--currency", "eur", "--threshold", "-1")).containsExactly(
                "option '--input-path': path 'hdfs://nn/x' has scheme 'hdfs', allowed: abfss, wasbs, file",
                "option '--lookback-days': must be between 1 and 365, got 400",
                "option '--write-mode': must be one of overwrite, append; got 'apend' (did you mean 'append'?)",
                "option '--currency': must match [A-Z]{3}, got 'eur'",
                "option '--threshold': must be at least 0, got -1.0");
    }

    @Test
    void requiredMeansPresentAndNotBlank() {
        assertThat(problems(NO_ENV)).containsExactly(
                "missing required option '--input-path' (or environment variable ORDERS_INPUT_PATH)");
        assertThat(problems(NO_ENV, "--input-path=  ")).containsExactly("option '--input-path': must not be blank");
    }

    @Test
    void missingValueAndStrayArguments() {
        assertThat(problems(NO_ENV, "stray", "--input-path", "x", "--lookback-days")).containsExactly(
                "unexpected argument 'stray'", "option '--lookback-days' needs a value");
        assertThat(problems(NO_ENV, "--input-path", "x", "--", "--dry-run"))
                .containsExactly("unexpected argument '--dry-run'");
    }

    @Test
    void pathsOfSchemesOptionsMustResolveInTheEnvironment() {
        assertThat(problems(EnvVars.of("NBM_ENV", "prod"), "--input-path", "/data/local")).containsExactly(
                "option '--input-path': cannot resolve '/data/local' in environment 'prod': scheme 'file' is not"
                        + " allowed there (allowed: wasb, wasbs, abfs, abfss, dbfs, mnt); add a rule like"
                        + " 'prod.map.<name> = /data/local => <target>' or list the scheme in 'prod.allow' in the"
                        + " paths config (built-in rules)");
    }

    @Test
    void badConfigFiles() throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.properties"), "input-path=x\nlookback_dayz=3\n");
        assertThat(problems(NO_ENV, "--config", typo.toString())).containsExactly(
                "config file " + typo + ": unknown key 'lookback_dayz'; did you mean 'lookback-days'?");
        Path missing = dir.resolve("missing.json");
        assertThat(problems(NO_ENV, "--input-path", "x", "--config", missing.toString())).containsExactly(
                "cannot read config file " + missing + ": java.nio.file.NoSuchFileException: " + missing);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"input-path\": }");
        assertThat(problems(NO_ENV, "--input-path", "x", "--config", broken.toString())).singleElement()
                .asString().startsWith("config file " + broken + " is not valid JSON: Unexpected character ('}'")
                .endsWith("at line 1");
    }

    @Test
    void runtimeOptionsBindLikeJobOptions() {
        assertThat(problems(NO_ENV, "--input-path", "x", "--log-format", "xml", "--env", "staging")).containsExactly(
                "option '--log-format': expected one of text, json, platform, got 'xml'");
        assertThat(problems(EnvVars.of("NBM_ENV", "staging"), "--input-path", "x")).containsExactly(
                "unknown environment 'staging' (known: dev, local, prod, uat); define it in the paths config with"
                        + " 'staging.allow' or 'staging.map.<name>'");
    }

    @Test
    void onDatabricksTheEnvironmentMustBeStated() {
        assertThat(problems(EnvVars.of(EnvVars.DATABRICKS_RUNTIME_VERSION, "17.3"), "--input-path", "x"))
                .containsExactly("missing required option '--env' (or environment variable NBM_ENV): on Databricks"
                        + " the environment must be stated, e.g. uat or prod");
    }

    @Test
    void messageListsEveryProblem() {
        assertThatThrownBy(() -> bind("--lookback-days", "0"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("invalid configuration for job 'orders' (2 problems):" + System.lineSeparator()
                        + "  - missing required option '--input-path' (or environment variable ORDERS_INPUT_PATH)"
                        + System.lineSeparator()
                        + "  - option '--lookback-days': must be between 1 and 365, got 0");
    }
}
