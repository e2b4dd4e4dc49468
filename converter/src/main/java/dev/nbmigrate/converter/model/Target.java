package dev.nbmigrate.converter.model;

import java.util.Arrays;

/** The platform a generated job is built for ({@code --target}); decides the Spark profile of the module. */
public enum Target {
    /** Databricks 17.3 LTS: Spark 4.0, Scala 2.13, JDK 17. The default. */
    DBR_17_3("dbr-17.3", "17.3.x-scala2.13", "4.0", ""),
    /** Databricks 16.4 LTS: Spark 3.5, Scala 2.13. Modules build with the {@code spark-3.5} profile. */
    DBR_16_4("dbr-16.4", "16.4.x-scala2.13", "3.5", "spark-3.5");

    private final String id;
    private final String databricksRuntime;
    private final String sparkLine;
    private final String mavenProfile;

    Target(String id, String databricksRuntime, String sparkLine, String mavenProfile) {
        this.id = id;
        this.databricksRuntime = databricksRuntime;
        this.sparkLine = sparkLine;
        this.mavenProfile = mavenProfile;
    }

    /** As given on the command line, e.g. {@code dbr-17.3}. */
    public String id() {
        return id;
    }

    /** The Databricks {@code spark_version} of the job cluster, e.g. {@code 17.3.x-scala2.13}. */
    public String databricksRuntime() {
        return databricksRuntime;
    }

    /** {@code 4.0} or {@code 3.5}. */
    public String sparkLine() {
        return sparkLine;
    }

    /** The Maven profile a build for this target needs (empty for the default). */
    public String mavenProfile() {
        return mavenProfile;
    }

    public static Target fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown target '" + id + "' (dbr-17.3 or dbr-16.4)"));
    }
}
