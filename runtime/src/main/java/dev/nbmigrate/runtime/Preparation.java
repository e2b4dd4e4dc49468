package dev.nbmigrate.runtime;

import dev.nbmigrate.runtime.config.Binder;
import dev.nbmigrate.runtime.config.CommandLine;
import dev.nbmigrate.runtime.config.ConfigException;
import dev.nbmigrate.runtime.config.ConfigFile;
import dev.nbmigrate.runtime.config.ConfigSchema;
import dev.nbmigrate.runtime.config.Constraint;
import dev.nbmigrate.runtime.config.Names;
import dev.nbmigrate.runtime.config.OptionSpec;
import dev.nbmigrate.runtime.config.RawValue;
import dev.nbmigrate.runtime.config.SecretSource;
import dev.nbmigrate.runtime.config.Suggest;
import dev.nbmigrate.runtime.logging.LogFormat;
import dev.nbmigrate.runtime.paths.PathResolver;
import dev.nbmigrate.runtime.paths.PathRules;
import dev.nbmigrate.runtime.paths.StorageScheme;
import dev.nbmigrate.runtime.secrets.DatabricksSecretStore;
import dev.nbmigrate.runtime.secrets.EnvSecretStore;
import dev.nbmigrate.runtime.secrets.Secret;
import dev.nbmigrate.runtime.secrets.SecretStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a job's arguments and environment into an {@link Invocation}, before Spark starts: parses the command line,
 * reads the config file, binds runtime and job options, reads secrets, builds the path resolver and resolves
 * {@code @Schemes} paths. Every problem is collected into one {@link ConfigException}.
 *
 * @param <C> the job's config record type
 */
final class Preparation<C extends Record> {
    private final SparkJob<C> job;
    private final EnvVars environment;

    Preparation(SparkJob<C> job, EnvVars environment) {
        this.job = job;
        this.environment = environment;
    }

    Invocation<C> prepare(String[] args) {
        List<ConfigSchema<?>> schemas = List.of(job.configSchema(), RuntimeOptions.SCHEMA);
        CommandLine commandLine = CommandLine.parse(args, schemas);
        if (commandLine.help()) {
            return new Invocation.Help<>(job.usage());
        }
        List<String> problems = new ArrayList<>(commandLine.problems());
        Map<OptionSpec, RawValue> fileValues = readConfigFile(
                commandLine.configFile().or(() -> environment.get(RuntimeOptions.CONFIG_ENV)), schemas, problems);
        boolean databricks = environment.onDatabricks();
        SecretStore store = databricks ? new DatabricksSecretStore(job.getClass().getClassLoader())
                : new EnvSecretStore(environment::get);

        Binder.Result<RuntimeOptions> runtime = Binder.bind(RuntimeOptions.SCHEMA, commandLine.values(),
                environment::get, fileValues, option -> {
                    throw new IllegalStateException("runtime options hold no secrets");
                });
        problems.addAll(runtime.problems());
        RuntimeOptions options = runtime.config();
        String scope = options != null && options.secretScope() != null ? options.secretScope() : job.name();
        Binder.Result<C> bound = Binder.bind(job.configSchema(), commandLine.values(), environment::get, fileValues,
                secrets(store, scope));
        problems.addAll(bound.problems());

        PathResolver paths = options == null ? null : paths(options, databricks, problems);
        if (paths != null && bound.config() != null) {
            checkPaths(bound.config(), paths, problems);
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(job.name(), problems);
        }
        LogFormat format = options.logFormat() != null ? options.logFormat()
                : databricks ? LogFormat.PLATFORM : LogFormat.TEXT;
        org.slf4j.event.Level level = options.logLevel() != null || format == LogFormat.PLATFORM
                ? options.logLevel() : org.slf4j.event.Level.INFO;
        String runId = options.runId() != null ? options.runId() : UUID.randomUUID().toString();
        return new Invocation.Ready<>(bound.config(), bound.describe(), options, paths, store, scope, runId, format,
                level, databricks);
    }

    private Map<OptionSpec, RawValue> readConfigFile(Optional<String> file, List<ConfigSchema<?>> schemas,
                                                     List<String> problems) {
        Map<OptionSpec, RawValue> values = new LinkedHashMap<>();
        if (file.isEmpty()) {
            return values;
        }
        Map<String, RawValue> entries;
        try {
            entries = ConfigFile.read(Path.of(file.get()));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return values;
        }
        List<String> keys = new ArrayList<>();
        schemas.forEach(s -> s.options().forEach(o -> keys.add(o.key())));
        entries.forEach((key, value) -> {
            Optional<OptionSpec> option = schemas.stream().map(s -> s.find(key)).flatMap(Optional::stream)
                    .findFirst();
            if (option.isEmpty()) {
                problems.add("config file " + file.get() + ": unknown key '" + key + "'"
                        + Suggest.nearest(key, keys).map(k -> "; did you mean '" + k + "'?").orElse(""));
            } else if (option.get().isSecret()) {
                problems.add("config file " + file.get() + ": '" + key + "' is a secret and cannot be given in a"
                        + " config file (it is read from secret key '" + option.get().secret().value() + "')");
            } else {
                values.put(option.get(), value);
            }
        });
        return values;
    }

    private SecretSource secrets(SecretStore store, String defaultScope) {
        return option -> {
            String scope = option.secret().scope().isEmpty() ? defaultScope : option.secret().scope();
            String key = option.secret().value();
            Optional<String> value;
            try {
                value = store.get(scope, key);
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException("secret '" + option.key() + "': " + e.getMessage(), e);
            }
            return new Secret(key, value.orElseThrow(() -> new IllegalArgumentException(
                    "missing secret '" + option.key() + "' (" + store.describe(scope, key) + ")")));
        };
    }

    private PathResolver paths(RuntimeOptions options, boolean databricks, List<String> problems) {
        String environment = options.env();
        if (environment == null) {
            if (databricks) {
                problems.add("missing required option '--env' (or environment variable NBM_ENV): on Databricks"
                        + " the environment must be stated, e.g. uat or prod");
                return null;
            }
            environment = PathResolver.LOCAL;
        }
        try {
            PathRules rules = options.pathsConfig() != null ? PathRules.load(Path.of(options.pathsConfig()))
                    : PathRules.fromClasspath(job.getClass().getClassLoader()).orElse(PathRules.none());
            return PathResolver.create(environment, rules, options.localRoot(), options.storageAccount(),
                    options.workingDir());
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    /**
     * Resolves, before Spark starts, every path option ({@code @Schemes}) and every option whose value is a lake
     * URI (wasb[s], abfs[s], adl), so that a path the environment cannot map, or one on another storage account
     * than the environment's ({@code --storage-account}), stops the job at start.
     */
    private void checkPaths(C config, PathResolver paths, List<String> problems) {
        for (var component : config.getClass().getRecordComponents()) {
            OptionSpec option = job.configSchema().find(Names.kebab(component.getName())).orElseThrow();
            boolean pathOption = option.constraints().stream().anyMatch(c -> c instanceof Constraint.AllowedSchemes);
            Object value;
            try {
                component.getAccessor().setAccessible(true);
                value = component.getAccessor().invoke(config);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            List<?> locations = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
            for (Object location : locations) {
                if (!(location instanceof String text) || !(pathOption || isLakeUri(text))) {
                    continue;
                }
                try {
                    paths.resolve(text);
                } catch (IllegalArgumentException e) {
                    problems.add("option '" + option.name() + "': " + e.getMessage());
                }
            }
        }
    }

    private static boolean isLakeUri(String value) {
        return StorageScheme.fromLabel(StorageScheme.labelOf(value)).map(StorageScheme::isLake).orElse(false);
    }

}
