package dev.nbmigrate.converter.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.nbmigrate.runtime.config.Names;

/**
 * The stable names of a generated job, all derived from the notebook's file name: the module folder
 * ({@code daily-covers-sales}), the Java package ({@code dev.nbmigrate.jobs.dailycoverssales}) and the classes
 * ({@code DailyCoversSalesJob}, {@code DailyCoversSalesConfig}, {@code DailyCoversSalesJobTest}).
 *
 * <p>A module name is at most {@value #MAX_MODULE} characters: a longer one keeps its first words and ends with
 * {@value #HASH_CHARS} hex digits of the SHA-256 of the full name, so it stays readable, stable across runs and
 * distinct for notebooks whose long names differ only at the end.
 */
public record JobNames(String module, String javaPackage, String jobClass, String configClass, String testClass) {

    /** The package every generated job lives under. */
    public static final String BASE_PACKAGE = "dev.nbmigrate.jobs";
    /** The longest module name made; package and class names follow from it. */
    public static final int MAX_MODULE = 48;
    /** Hex digits of the full name's hash that end a shortened module name. */
    static final int HASH_CHARS = 8;

    private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public JobNames {
        Objects.requireNonNull(module, "module");
        if (!MODULE.matcher(module).matches() || module.length() > MAX_MODULE) {
            throw new IllegalArgumentException("module name '" + module + "' is not kebab-case of at most "
                    + MAX_MODULE + " characters");
        }
        Objects.requireNonNull(javaPackage, "javaPackage");
        Objects.requireNonNull(jobClass, "jobClass");
        Objects.requireNonNull(configClass, "configClass");
        Objects.requireNonNull(testClass, "testClass");
    }

    /**
     * Names from a notebook file name (or a Zeppelin note's name): extension dropped, words split on anything
     * that is not a letter or digit and on case changes (the runtime's {@link Names#kebab}), kebab-cased; a name
     * that would start with a digit gets the prefix {@code job-}; a name longer than {@value #MAX_MODULE} is
     * shortened (see the class comment).
     */
    public static JobNames fromNotebookName(String fileName) {
        String base = fileName.replaceFirst("\\.(ipynb|py|json|zpln)$", "");
        String module = Names.kebab(base.replaceAll("[^A-Za-z0-9]+", "-")).replaceAll("^-+|-+$", "");
        if (module.isEmpty()) {
            throw new IllegalArgumentException("no job name can be made from '" + fileName + "'");
        }
        if (Character.isDigit(module.charAt(0))) {
            module = "job-" + module;
        }
        module = shorten(module);
        String pascal = Names.pascal(module);
        String javaPackage = BASE_PACKAGE + "." + module.replace("-", "");
        return new JobNames(module, javaPackage, pascal + "Job", pascal + "Config", pascal + "JobTest");
    }

    /** {@code module} itself when short enough, else its leading whole words, a dash and the hash of all of it. */
    static String shorten(String module) {
        if (module.length() <= MAX_MODULE) {
            return module;
        }
        int room = MAX_MODULE - HASH_CHARS - 1;
        String prefix = module.substring(0, room + 1);
        int cut = prefix.lastIndexOf('-');
        prefix = cut > 0 ? prefix.substring(0, cut) : module.substring(0, room);
        return prefix + "-" + hash(module);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
