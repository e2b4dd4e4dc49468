package dev.nbmigrate.converter.analyze;

import java.util.Locale;

/** What a parameter's value is, as far as its name and default tell: it decides the config field's validation. */
public enum ParameterRole {
    /** A storage path or URI ({@code wasbs://...}, {@code abfss://...}, {@code /mnt/...}, {@code dbfs:/...}). */
    PATH,
    /** A date or month ({@code 2024-01-31}, {@code 2024-01}), or a list of them. */
    DATE,
    /** A Hive table or database name ({@code foodops.dim_site}). */
    TABLE,
    /** A number that bounds or tunes the processing ({@code MIN_COVERS}, {@code TOP_N}, {@code TEST_FRACTION}). */
    THRESHOLD,
    /** A boolean switch. */
    FLAG,
    /** Any other value. */
    VALUE;

    /** Lower-case, for reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
