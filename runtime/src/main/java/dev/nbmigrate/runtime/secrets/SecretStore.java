package dev.nbmigrate.runtime.secrets;

import java.util.Optional;

/**
 * Where secret values come from: Databricks secret scopes on Databricks ({@link DatabricksSecretStore}), the
 * environment elsewhere ({@link EnvSecretStore}).
 */
public interface SecretStore {

    /**
     * The value of {@code key} in {@code scope}, if there is one.
     *
     * @throws IllegalStateException if the store itself fails (not for a missing secret)
     */
    Optional<String> get(String scope, String key);

    /** Where {@code key} in {@code scope} is looked up, in words, for messages: never the value. */
    String describe(String scope, String key);
}
