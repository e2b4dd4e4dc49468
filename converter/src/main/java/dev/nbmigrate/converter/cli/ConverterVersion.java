package dev.nbmigrate.converter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;

import dev.nbmigrate.converter.model.Target;
import picocli.CommandLine.IVersionProvider;

/**
 * The converter's version (recorded in every generated module's {@code migration.json}) and, for
 * {@code nbmigrate --version}, the commit it was built from and the Spark, Scala and Java it targets, all from the
 * build ({@code version.properties}, filtered by Maven).
 */
public final class ConverterVersion implements IVersionProvider {

    private static final String RESOURCE = "/dev/nbmigrate/converter/version.properties";
    private static final String UNKNOWN = "unknown";

    /** e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        return properties().getProperty("version");
    }

    private static Properties properties() {
        try (InputStream in = ConverterVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A build property, or {@code unknown} when the build could not fill it in (e.g. built outside git). */
    private static String built(Properties properties, String key) {
        String value = properties.getProperty(key, "").strip();
        return value.isEmpty() || value.startsWith("${") ? UNKNOWN : value;
    }

    @Override
    public String[] getVersion() {
        Properties properties = properties();
        String commit = built(properties, "commit");
        if (!commit.equals(UNKNOWN) && built(properties, "dirty").equals("true")) {
            commit += " with uncommitted changes";
        }
        String spark = built(properties, "spark");
        String databricks = Arrays.stream(Target.values()).filter(t -> spark.startsWith(t.sparkLine() + "."))
                .map(t -> " (Databricks " + t.databricksRuntime() + ")").findFirst().orElse("");
        return new String[] {
            "nbmigrate " + current() + ", commit " + commit,
            "targets Spark " + spark + databricks + ", Scala " + built(properties, "scala") + ", Java "
                    + built(properties, "java") + "; running on Java " + Runtime.version()};
    }
}
