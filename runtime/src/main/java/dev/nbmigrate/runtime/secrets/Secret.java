package dev.nbmigrate.runtime.secrets;

import java.util.Objects;

/**
 * A secret value bound from a secret scope or the environment. Its {@link #toString()} never shows the value, so a
 * config record holding it can be logged; call {@link #value()} only where the value is handed to a connector.
 * Every secret the runtime reads is registered with the {@link Redactor}.
 */
public final class Secret {
    private final String key;
    private final String value;

    /** A secret {@code key} with its {@code value}; the value is registered for redaction. */
    public Secret(String key, String value) {
        this.key = Objects.requireNonNull(key, "key");
        this.value = Objects.requireNonNull(value, "value");
        Redactor.register(value);
    }

    /** The key the secret was read under. */
    public String key() {
        return key;
    }

    /** The secret value itself. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && s.key.equals(key) && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, value);
    }

    /** {@code Secret[key]}, never the value. */
    @Override
    public String toString() {
        return "Secret[" + key + "]";
    }
}
