package dev.nbmigrate.converter.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable names of a generated job, all derived from the notebook's file name: the module folder
 * ({@code daily-covers-sales}), the Java package ({@code dev.nbmigrate.jobs.dailycoverssales}) and the classes
 * ({@code DailyCoversSalesJob}, {@code DailyCoversSalesConfig}, {@code DailyCoversSalesJobTest}).
 */
public record JobNames(String module, String javaPackage, String jobClass, String configClass, String testClass) {

    /** The package every generated job lives under. */
    public static final String BASE_PACKAGE = "dev.nbmigrate.jobs";

    private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public JobNames {
        Objects.requireNonNull(module, "module");
        if (!MODULE.matcher(module).matches()) {
            throw new IllegalArgumentException("module name '" + module + "' is not kebab-case");
        }
        Objects.requireNonNull(javaPackage, "javaPackage");
        Objects.requireNonNull(jobClass, "jobClass");
        Objects.requireNonNull(configClass, "configClass");
        Objects.requireNonNull(testClass, "testClass");
    }

    /**
     * Names from a notebook file name (or a Zeppelin note's name): extension dropped, words split on anything
     * that is not a letter or digit and on lower-to-upper case changes, kebab-cased; a name that would start with
     * a digit gets the prefix {@code job-}.
     */
    public static JobNames fromNotebookName(String fileName) {
        String base = fileName.replaceFirst("\\.(ipynb|py|json|zpln)$", "");
        String spaced = base.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[^A-Za-z0-9]+", " ").strip();
        if (spaced.isEmpty()) {
            throw new IllegalArgumentException("no job name can be made from '" + fileName + "'");
        }
        String module = String.join("-", spaced.toLowerCase(Locale.ROOT).split(" "));
        if (Character.isDigit(module.charAt(0))) {
            module = "job-" + module;
        }
        StringBuilder pascal = new StringBuilder();
        for (String word : module.split("-")) {
            pascal.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        String javaPackage = BASE_PACKAGE + "." + module.replace("-", "");
        return new JobNames(module, javaPackage, pascal + "Job", pascal + "Config", pascal + "JobTest");
    }
}
