package dev.nbmigrate.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The environment variables a job sees. Jobs read them through this interface only, so tests can run a job with
 * exactly the variables they choose ({@link #of(String...)}) and pretend to be on Databricks.
 */
@FunctionalInterface
public interface EnvVars {
    /** The variable Databricks sets on its clusters; its presence means "running on Databricks". */
    String DATABRICKS_RUNTIME_VERSION = "DATABRICKS_RUNTIME_VERSION";

    /** The value of variable {@code name}, if set. */
    Optional<String> get(String name);

    /** The process environment. */
    static EnvVars system() {
        return name -> Optional.ofNullable(System.getenv(name));
    }

    /** Exactly the variables in {@code variables}. */
    static EnvVars of(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        return name -> Optional.ofNullable(copy.get(name));
    }

    /** Exactly the given variables: {@code of("NBM_ENV", "uat", "NBM_LOG_FORMAT", "json")}. */
    static EnvVars of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return of(variables);
    }

    /** These variables plus {@code name}={@code value}, which wins over an existing one. */
    default EnvVars with(String name, String value) {
        return n -> n.equals(name) ? Optional.of(value) : get(n);
    }

    /** True when running on a Databricks cluster ({@value #DATABRICKS_RUNTIME_VERSION} is set). */
    default boolean onDatabricks() {
        return get(DATABRICKS_RUNTIME_VERSION).isPresent();
    }
}
