package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;

import java.util.Objects;
import java.util.Optional;

/**
 * A secret written into the notebook. It carries no secret value: only what kind of secret it is, where it is,
 * and what the notebook does with it, so that reports can list it and the translator can put a secret reference
 * in its place. ({@link Program#redact(String)} removes the values from any text.)
 *
 * @param kind     what kind of secret
 * @param location where the secret's text is
 * @param context  what it is used for, without the value: the configuration key
 *                 ({@code fs.azure.account.key.contosofoodlake.blob.core.windows.net}), the option
 *                 ({@code option password}), the variable name, or the pattern found ({@code JDBC URL})
 * @param variable the Python variable holding it, when it is assigned to one
 * @param value    the expression holding the secret, from the {@link Program}'s trees, when it is Python code
 */
public record SecretFinding(SecretKind kind, Location location, String context, Optional<String> variable,
                            Optional<PyExpr> value) {

    public SecretFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(value, "value");
    }

    /** The 1-based cell. */
    public int cell() {
        return location.cell();
    }

    /** Kind, location and context only: the expression (which holds the secret) is never printed. */
    @Override
    public String toString() {
        return "SecretFinding[kind=" + kind + ", location=" + location + ", context=" + context + ", variable="
                + variable.orElse("") + "]";
    }
}
