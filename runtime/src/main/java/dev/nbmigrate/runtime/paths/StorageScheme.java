package dev.nbmigrate.runtime.paths;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The kinds of storage location a legacy notebook may name, with the label used in {@code @Schemes}, in path rules
 * ({@code uat.allow = abfss, dbfs}) and in error messages.
 */
public enum StorageScheme {
    /** Azure Blob Storage over HTTP: {@code wasb://container@account.blob.core.windows.net/path}. */
    WASB("wasb", true),
    /** Azure Blob Storage over HTTPS: {@code wasbs://container@account.blob.core.windows.net/path}. */
    WASBS("wasbs", true),
    /** ADLS Gen2 over HTTP: {@code abfs://container@account.dfs.core.windows.net/path}. */
    ABFS("abfs", true),
    /** ADLS Gen2 over HTTPS: {@code abfss://container@account.dfs.core.windows.net/path}. */
    ABFSS("abfss", true),
    /** ADLS Gen1: {@code adl://account.azuredatalakestore.net/path}. */
    ADL("adl", true),
    /** The Databricks file system: {@code dbfs:/path}. */
    DBFS("dbfs", false),
    /** A Databricks mount point: {@code /mnt/name/path}. */
    MOUNT("mnt", false),
    /** A local path, absolute or relative, with or without {@code file:}. */
    FILE("file", false);

    private static final java.util.regex.Pattern URI_SCHEME = java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final java.util.regex.Pattern WINDOWS_DRIVE = java.util.regex.Pattern.compile("^[A-Za-z]:[\\\\/].*");

    private final String label;
    private final boolean lake;

    StorageScheme(String label, boolean lake) {
        this.label = label;
        this.lake = lake;
    }

    /** The label: {@code wasbs}, {@code mnt}, {@code file}, ... */
    public String label() {
        return label;
    }

    /** True for the Azure storage URIs with an account (and container): wasb[s], abfs[s], adl. */
    public boolean isLake() {
        return lake;
    }

    /** The scheme with this label, if any. */
    public static Optional<StorageScheme> fromLabel(String label) {
        String wanted = label.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.label.equals(wanted)).findFirst();
    }

    /** All labels, in declaration order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(StorageScheme::label).toList();
    }

    /**
     * The scheme label of a location: a known label, or the URI scheme as written for storage this runtime does not
     * know ({@code hdfs}, {@code s3a}). A Windows drive path ({@code C:\data}) is {@code file}.
     */
    public static String labelOf(String location) {
        if (location.equals("/mnt") || location.startsWith("/mnt/")) {
            return MOUNT.label;
        }
        if (WINDOWS_DRIVE.matcher(location).matches()) {
            return FILE.label;
        }
        Matcher m = URI_SCHEME.matcher(location);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : FILE.label;
    }
}
