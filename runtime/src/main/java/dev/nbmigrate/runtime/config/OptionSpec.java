package dev.nbmigrate.runtime.config;

import java.util.List;

/**
 * One option of a config record: how it is named on the command line, in the environment and in config files, its
 * type, default and rules. Built by {@link ConfigSchema}; immutable.
 *
 * @param field        the record component name ({@code lookbackDays})
 * @param name         the command-line name ({@code --lookback-days})
 * @param aliases      extra command-line names from {@link Alias}
 * @param envVar       the environment variable, or null for a secret
 * @param type         the scalar type (the element type of a list)
 * @param list         whether the component is a {@code List}
 * @param primitive    whether the component is a Java primitive (absent means zero/false)
 * @param defaultValue the parsed {@link Default}, or null
 * @param defaultText  the {@link Default} text, or null
 * @param required     whether {@link Required} is present
 * @param help         the {@link Help} text, or empty
 * @param constraints  the validation rules
 * @param secret       the {@link SecretRef}, or null if this is not a secret
 */
public record OptionSpec(String field, String name, List<String> aliases, String envVar, ValueType type,
                         boolean list, boolean primitive, Object defaultValue, String defaultText, boolean required,
                         String help, List<Constraint> constraints, SecretRef secret) {

    /** True for a boolean that is given as {@code --flag} / {@code --no-flag}. */
    public boolean isFlag() {
        return type.isBoolean() && !list;
    }

    /** True for a secret reference. */
    public boolean isSecret() {
        return secret != null;
    }

    /** The value of an option that was not given and has no default. */
    public Object absentValue() {
        if (list) {
            return List.of();
        }
        if (!primitive) {
            return null;
        }
        return type.isBoolean() ? Boolean.FALSE : type.parse("0");
    }

    /** The config-file key style of the name: {@code lookback-days}. */
    public String key() {
        return name.substring(2);
    }
}
