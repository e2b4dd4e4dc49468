package dev.nbmigrate.runtime.secrets;

import dev.nbmigrate.runtime.config.Names;
import java.util.Optional;
import java.util.function.Function;

/**
 * Secrets from environment variables, for laptops, CI and clusters other than Databricks. The variable of key
 * {@code sales-db-password} is {@code NBM_SECRET_SALES_DB_PASSWORD}: {@value #PREFIX} and the key upper-cased with
 * every character other than a letter or digit replaced by {@code _}. The scope is not part of the name.
 */
public final class EnvSecretStore implements SecretStore {
    /** The prefix of every secret variable. */
    public static final String PREFIX = "NBM_SECRET_";

    private final Function<String, Optional<String>> environment;

    /** A store reading variables through {@code environment}. */
    public EnvSecretStore(Function<String, Optional<String>> environment) {
        this.environment = environment;
    }

    /** The variable holding {@code key}. */
    public static String variableFor(String key) {
        return PREFIX + Names.upperSnake(key);
    }

    @Override
    public Optional<String> get(String scope, String key) {
        return environment.apply(variableFor(key)).filter(v -> !v.isEmpty());
    }

    @Override
    public String describe(String scope, String key) {
        return "environment variable " + variableFor(key);
    }
}
