package dev.nbmigrate.converter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The converter's version, from the build (recorded in every generated module's {@code migration.json}). */
public final class ConverterVersion implements IVersionProvider {

    private static final String RESOURCE = "/dev/nbmigrate/converter/version.properties";

    /** e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        try (InputStream in = ConverterVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"nbmigrate " + current()};
    }
}
