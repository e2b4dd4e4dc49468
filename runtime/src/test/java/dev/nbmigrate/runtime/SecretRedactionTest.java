package dev.nbmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.databricks.dbutils_v1.DBUtilsHolder;
import dev.nbmigrate.runtime.config.ConfigException;
import dev.nbmigrate.runtime.config.Default;
import dev.nbmigrate.runtime.config.SecretRef;
import dev.nbmigrate.runtime.secrets.Redactor;
import dev.nbmigrate.runtime.secrets.Secret;
import dev.nbmigrate.runtime.testkit.SparkTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A secret value never appears in log output or exception text the runtime produces. */
@SparkTest
class SecretRedactionTest {
    private static final String SECRET = "Tr0ub4dor&3-sEcReT";
    private static final String ENCODED = URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
    private static final Logger LOG = LoggerFactory.getLogger(SecretRedactionTest.class);

    record Config(@SecretRef("sales-db-password") Secret jdbcPassword,
                  @Default("jdbc:sqlserver://db.example.net;user=etl") String jdbcUrl) {
    }

    /** Logs the secret every way a careless notebook might, then fails with it in the message. */
    static final class LeakyJob extends SparkJob<Config> {
        LeakyJob() {
            super("leaky", Config.class);
        }

        @Override
        protected SparkSettings sparkSettings() {
            return SparkSettings.ansiOff("UTC");
        }

        @Override
        protected void run(JobContext ctx, Config config) {
            String password = config.jdbcPassword().value();
            LOG.info("config is {}", config);
            LOG.info("connecting to {};password={}", config.jdbcUrl(), password);
            LOG.warn("url-encoded: {}", "password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
            ctx.step("connect", () -> {
                throw new IllegalStateException("login failed for " + config.jdbcUrl() + ";password=" + password,
                        new RuntimeException("cause also has " + password));
            });
        }
    }

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Integer> exits = new ArrayList<>();

    private void launch(EnvVars env, String... args) {
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), exits::add);
        new Launcher(env, console).launch(new LeakyJob(), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void logOutputNeverShowsTheSecret(String format, SparkSession spark) {
        launch(EnvVars.of("NBM_SECRET_SALES_DB_PASSWORD", SECRET), "--log-format", format);

        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(exits).containsExactly(1);
        assertThat(log).contains("config is Config[jdbcPassword=Secret[sales-db-password]")
                .contains("connecting to jdbc:sqlserver://db.example.net;user=etl;password=" + Redactor.MASK)
                .contains("url-encoded: password=" + Redactor.MASK)
                .contains("login failed for jdbc:sqlserver://db.example.net;user=etl;password=" + Redactor.MASK)
                .contains("cause also has " + Redactor.MASK)
                .doesNotContain(SECRET)
                .doesNotContain(ENCODED);
    }

    @Test
    void exceptionThrownOnDatabricksHoldsNoSecret(SparkSession spark) {
        DBUtilsHolder.SECRETS.put("sales-scope/sales-db-password", SECRET);
        Throwable thrown = catchThrowable(() -> launch(EnvVars.of(EnvVars.DATABRICKS_RUNTIME_VERSION, "17.3",
                "NBM_ENV", "local", "NBM_SECRET_SCOPE", "sales-scope")));

        assertThat(thrown).isInstanceOf(JobFailedException.class);
        assertThat(exits).isEmpty();
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString())
                .contains("step 'connect' failed: java.lang.IllegalStateException: login failed for"
                        + " jdbc:sqlserver://db.example.net;user=etl;password=" + Redactor.MASK)
                .contains("Caused by: java.lang.RuntimeException: cause also has " + Redactor.MASK)
                .contains("at dev.nbmigrate.runtime.SecretRedactionTest$LeakyJob")
                .doesNotContain(SECRET);
        assertThat(thrown.getMessage()).doesNotContain(SECRET);
    }

    @Test
    void missingSecretNamesWhereItWasLookedFor() {
        Throwable local = catchThrowable(() -> new LeakyJob().bindConfig(EnvVars.of()));
        assertThat(((ConfigException) local).problems()).containsExactly(
                "missing secret 'jdbc-password' (environment variable NBM_SECRET_SALES_DB_PASSWORD)");
        Throwable databricks = catchThrowable(() -> new LeakyJob().bindConfig(
                EnvVars.of(EnvVars.DATABRICKS_RUNTIME_VERSION, "17.3", "NBM_ENV", "prod")));
        assertThat(((ConfigException) databricks).problems()).containsExactly(
                "missing secret 'jdbc-password' (Databricks secret scope 'leaky', key 'sales-db-password')");
    }

    @Test
    void secretsCannotBeGivenOnTheCommandLineOrInAConfigFile() {
        Throwable thrown = catchThrowable(() -> new LeakyJob().bindConfig(
                EnvVars.of("NBM_SECRET_SALES_DB_PASSWORD", SECRET), "--jdbc-password", "guess"));
        assertThat(((ConfigException) thrown).problems()).containsExactly("option '--jdbc-password' is a secret and"
                + " cannot be given on the command line (it is read from secret key 'sales-db-password')");
        assertThat(thrown.getMessage()).doesNotContain("guess");
    }

    @Test
    void databricksSecretScopeFromTheAnnotationOrTheOption() {
        DBUtilsHolder.SECRETS.put("leaky/sales-db-password", "from-default-scope");
        Config config = new LeakyJob().bindConfig(EnvVars.of(EnvVars.DATABRICKS_RUNTIME_VERSION, "17.3",
                "NBM_ENV", "prod"));
        assertThat(config.jdbcPassword().value()).isEqualTo("from-default-scope");
        assertThat(config.jdbcPassword()).hasToString("Secret[sales-db-password]");
    }
}
