package dev.nbmigrate.runtime.config;

import dev.nbmigrate.runtime.secrets.Secret;

/** Resolves the secret behind a {@link SecretRef} option while binding. */
@FunctionalInterface
public interface SecretSource {

    /**
     * The secret for {@code option}.
     *
     * @throws IllegalArgumentException with a one-line message naming where it looked, if there is none
     */
    Secret resolve(OptionSpec option);
}
