package dev.nbmigrate.converter.model;

import java.util.List;
import java.util.Objects;

import dev.nbmigrate.converter.diag.Location;

/**
 * One parameter of the job: a component of the generated config record, bound from the command line by the
 * runtime ({@code --input-path}) and validated before Spark starts.
 *
 * @param name the record component, camelCase ({@code inputPath})
 * @param javaType {@code String}, {@code long}, {@code double}, {@code boolean}, {@code LocalDate},
 *                 {@code List<String>} or {@code Secret}
 * @param defaultValue the value of the runtime's {@code @Default} annotation as the notebook had it (never a
 *                     secret), or {@code null} when the parameter is required or a secret
 * @param constraints runtime annotations besides {@code @Default}/{@code @Help}, as Java source, e.g.
 *                    {@code @Range(min = 1, max = 365)}, {@code @Schemes({"wasbs", "abfss", "file"})}
 * @param help one line for {@code --help}
 * @param secretKey for a secret: the key of the runtime's {@code @SecretRef}; {@code null} otherwise
 * @param origin where the notebook defined it
 * @param optional whether the parameter may be left out without a default (the notebook's default was
 *                 {@code None}): its value is then {@code null}
 */
public record ConfigField(String name, String javaType, String defaultValue, List<String> constraints, String help,
        String secretKey, Location origin, boolean optional) {

    /** A field that is required when it has no default and is not a secret. */
    public ConfigField(String name, String javaType, String defaultValue, List<String> constraints, String help,
            String secretKey, Location origin) {
        this(name, javaType, defaultValue, constraints, help, secretKey, origin, false);
    }

    public ConfigField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaType, "javaType");
        constraints = List.copyOf(constraints);
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(origin, "origin");
    }

    public boolean isSecret() {
        return secretKey != null;
    }
}
