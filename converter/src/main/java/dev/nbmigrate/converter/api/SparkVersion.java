package dev.nbmigrate.converter.api;

/**
 * A Spark feature version (major.minor), e.g. 4.0 or 3.5.
 *
 * @param major e.g. 4
 * @param minor e.g. 0
 */
public record SparkVersion(int major, int minor) implements Comparable<SparkVersion> {

    /** Reads {@code 4.0.1} or {@code 3.5}. */
    public static SparkVersion parse(String text) {
        String[] parts = text.strip().split("[.-]");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a Spark version: '" + text + "'");
        }
        try {
            return new SparkVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a Spark version: '" + text + "'", e);
        }
    }

    /** The version of the Spark on the converter's classpath (the build profile's). */
    public static SparkVersion onClasspath(ClassLoader loader) {
        try {
            Object version = Class.forName("org.apache.spark.package", true, loader).getMethod("SPARK_VERSION")
                    .invoke(null);
            return parse(version.toString());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot read the Spark version from the classpath", e);
        }
    }

    @Override
    public int compareTo(SparkVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
