package dev.nbmigrate.runtime;

import dev.nbmigrate.runtime.config.ConfigException;
import dev.nbmigrate.runtime.config.ConfigSchema;
import dev.nbmigrate.runtime.config.Names;
import dev.nbmigrate.runtime.config.OptionSpec;
import dev.nbmigrate.runtime.config.Usage;
import dev.nbmigrate.runtime.inspect.Capture;
import dev.nbmigrate.runtime.logging.LogFields;
import dev.nbmigrate.runtime.logging.MetricLine;
import dev.nbmigrate.runtime.secrets.EnvSecretStore;
import dev.nbmigrate.runtime.secrets.Redactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The base of every generated job. A job names itself, declares its config record and Spark settings, and
 * implements {@link #run}:
 *
 * <pre>{@code
 * public final class DailyCoversJob extends SparkJob<DailyCoversConfig> {
 *     public static void main(String[] args) { new DailyCoversJob().launch(args); }
 *     public DailyCoversJob() { super("daily-covers", DailyCoversConfig.class); }
 *     @Override protected SparkSettings sparkSettings() { return SparkSettings.ansiOff("UTC"); }
 *     @Override protected void run(JobContext ctx, DailyCoversConfig config) { ... }
 * }
 * }</pre>
 *
 * <p>A run: parse the arguments (argparse style), bind the config record from command line, environment
 * ({@code DAILY_COVERS_<OPTION>}), config file ({@code --config}) and defaults, read secrets, validate everything and
 * resolve {@code @Schemes} paths, all before Spark starts; then get or create the session, run, and stop the
 * session if this run created it. See {@link #launch} for exit statuses.
 *
 * @param <C> the config record type
 */
public abstract class SparkJob<C extends Record> {
    private final String name;
    private final ConfigSchema<C> schema;
    private final Logger log = LoggerFactory.getLogger(getClass());

    /**
     * A job named {@code name} (kebab case, e.g. {@code daily-covers}) with config record {@code configType}.
     *
     * @throws IllegalStateException if the name or the record is not acceptable (a programming error)
     */
    protected SparkJob(String name, Class<C> configType) {
        if (!Names.isKebab(name)) {
            throw new IllegalStateException("job name '" + name + "' must be kebab case, like daily-covers");
        }
        this.name = name;
        this.schema = ConfigSchema.of(configType, Names.upperSnake(name));
        for (OptionSpec option : schema.options()) {
            if (RuntimeOptions.reservedNames().contains(Names.kebab(option.field()))) {
                throw new IllegalStateException("config record " + configType.getName() + ": component '"
                        + option.field() + "' clashes with the runtime option --" + Names.kebab(option.field())
                        + "; rename it");
            }
        }
    }

    /** The Spark settings the job runs with; every job states session time zone and ANSI mode. */
    protected abstract SparkSettings sparkSettings();

    /**
     * The job itself.
     *
     * @param ctx    the session, paths, steps, inspection and secrets
     * @param config the bound and validated configuration
     */
    protected abstract void run(JobContext ctx, C config) throws Exception;

    /** The job name. */
    public final String name() {
        return name;
    }

    /** The config record's schema. */
    public final ConfigSchema<C> configSchema() {
        return schema;
    }

    /** The {@code --help} text. */
    public final String usage() {
        return Usage.render(name, schema, RuntimeOptions.SCHEMA,
                option -> "Key " + option.secret().value() + ": on Databricks from the secret scope "
                        + (option.secret().scope().isEmpty() ? "given by --secret-scope (default " + name + ")"
                        : "'" + option.secret().scope() + "'") + ", elsewhere from environment variable "
                        + EnvSecretStore.variableFor(option.secret().value()));
    }

    /**
     * The entry point for {@code main}. On the command line: usage on {@code --help} (status 0); bad configuration
     * printed to standard error with exit status 2; a failed run logged with exit status 1. On Databricks
     * ({@code DATABRICKS_RUNTIME_VERSION} set) nothing calls {@code System.exit}: a {@link ConfigException} or
     * {@link JobFailedException} is thrown instead.
     */
    public final void launch(String... args) {
        new Launcher(EnvVars.system(), Console.system()).launch(this, args);
    }

    /**
     * Runs the job in this JVM with the given environment variables and never exits: for tests and embedding.
     * Logging is left as it is; {@code --help} prints usage to standard output and runs nothing.
     *
     * @throws ConfigException    on bad configuration, before Spark starts
     * @throws JobFailedException if the run fails
     */
    public final void execute(EnvVars environment, String... args) {
        Invocation<C> invocation = prepare(environment, args);
        if (invocation instanceof Invocation.Help<C> help) {
            System.out.print(help.usage());
            return;
        }
        runPrepared((Invocation.Ready<C>) invocation);
    }

    /**
     * Binds and validates the configuration only, without Spark: for tests of option handling.
     *
     * @throws ConfigException on bad configuration
     */
    public final C bindConfig(EnvVars environment, String... args) {
        Invocation<C> invocation = prepare(environment, args);
        if (invocation instanceof Invocation.Ready<C> ready) {
            return ready.config();
        }
        throw new IllegalArgumentException("--help binds no configuration");
    }

    final Invocation<C> prepare(EnvVars environment, String[] args) {
        return new Preparation<>(this, environment).prepare(args);
    }

    final void runPrepared(Invocation.Ready<C> ready) {
        String previousJob = MDC.get(LogFields.JOB);
        String previousRun = MDC.get(LogFields.RUN_ID);
        MDC.put(LogFields.JOB, name);
        MDC.put(LogFields.RUN_ID, ready.runId());
        long start = System.nanoTime();
        try {
            log.info("job {} run {} starting in environment {}{}{}", name, ready.runId(), ready.paths().environment(),
                    ready.paths().localRoot().map(root -> " (local root " + root + ")").orElse(""),
                    ready.paths().storageAccount().map(a -> " (storage account " + a + ")").orElse(""));
            log.info("configuration: {}", Redactor.redact(ready.description()));
            try (SessionScope session = SessionScope.open(name, sparkSettings())) {
                JobContext context = new JobContext(name, ready.runId(), session.spark(), ready.paths(),
                        ready.secrets(), ready.secretScope(), ready.options().stepRowCounts());
                Capture.active().ifPresent(capture -> capture.watch(session.spark()));
                run(context, ready.config());
                Capture.active().ifPresent(capture -> capture.finish(session.spark()));
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            MetricLine.of(LogFields.EVENT_JOB, LogFields.SUCCEEDED, millis).log(log, l -> l.info(
                    "job {} run {} finished in {} ms", name, ready.runId(), millis));
        } catch (Exception e) { // Spark also throws checked exceptions it does not declare
            Capture.active().ifPresent(capture -> capture.failed(e));
            Throwable safe = Redactor.sanitize(e);
            long millis = (System.nanoTime() - start) / 1_000_000;
            MetricLine.of(LogFields.EVENT_JOB, LogFields.FAILED, millis).log(log, l -> l.error(
                    "job {} run {} failed after {} ms: {}", name, ready.runId(), millis,
                    Redactor.redact(String.valueOf(e)), safe));
            throw new JobFailedException(name, ready.runId(), e);
        } finally {
            restore(LogFields.JOB, previousJob);
            restore(LogFields.RUN_ID, previousRun);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
