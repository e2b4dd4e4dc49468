package dev.nbmigrate.converter.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.nbmigrate.converter.model.Target;

/**
 * What makes a generated module a project of its own: the build settings and plugin versions its pom pins (it has no
 * parent to inherit them from), and the Maven wrapper it carries. Both come from the converter's build: the settings
 * are filtered from the parent pom into {@code module-build.properties}, and the wrapper files are the project's own,
 * copied into the converter jar, so a module is built by the same Maven and plugins as the project.
 */
public final class StandaloneBuild {

    private static final String SETTINGS = "/dev/nbmigrate/converter/module-build.properties";
    private static final String WRAPPER = "/dev/nbmigrate/wrapper/";
    /** The wrapper files a module carries, by their path in the module. */
    public static final List<String> WRAPPER_FILES = List.of("mvnw", "mvnw.cmd",
            ".mvn/wrapper/maven-wrapper.properties");
    /** The property that switches the parent's {@code spark-3.5} profile on, in the module and in the BOM it imports. */
    public static final String TARGET_PROPERTY = "nbmigrate.target";

    /** A plugin version a module pins. */
    public record Plugin(String groupId, String artifactId, String version) {
    }

    private final Map<String, String> settings;
    private final List<Plugin> plugins;
    private final SortedMap<String, String> wrapper;

    private StandaloneBuild(Map<String, String> settings, List<Plugin> plugins, SortedMap<String, String> wrapper) {
        this.settings = settings;
        this.plugins = plugins;
        this.wrapper = wrapper;
    }

    /** The settings and wrapper of the converter's own build. */
    public static StandaloneBuild load() {
        Properties properties = new Properties();
        try (InputStream in = resource(SETTINGS)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> settings = new TreeMap<>();
        List<Plugin> plugins = new ArrayList<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            String value = properties.getProperty(key).strip();
            if (value.isEmpty() || value.contains("${")) {
                throw new IllegalStateException(SETTINGS + ": " + key + " was not filled in by the build");
            }
            if (key.startsWith("plugin.")) {
                String[] coordinates = key.substring("plugin.".length()).split(":", 2);
                plugins.add(new Plugin(coordinates[0], coordinates[1], value));
            } else {
                settings.put(key, value);
            }
        }
        SortedMap<String, String> wrapper = new TreeMap<>();
        for (String file : WRAPPER_FILES) {
            try (InputStream in = resource(WRAPPER + file)) {
                wrapper.put(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new StandaloneBuild(Map.copyOf(settings), List.copyOf(plugins), wrapper);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = StandaloneBuild.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the converter lacks " + name + "; rebuild it with the project's build");
        }
        return in;
    }

    /** For the pom template: {@code settings} (e.g. {@code java.release}) and {@code plugins}, sorted. */
    public Map<String, Object> view() {
        return Map.of("settings", settings, "plugins", plugins);
    }

    /** The Maven wrapper files, by their path in the folder that carries them. */
    public SortedMap<String, String> wrapper() {
        return new TreeMap<>(wrapper);
    }

    /**
     * The files a module carries besides the rendered ones: the wrapper and, for a target other than the default, the
     * Maven options selecting it ({@code .mvn/maven.config}), so that a plain {@code ./mvnw verify} builds for it.
     */
    public SortedMap<String, String> files(Target target) {
        SortedMap<String, String> files = new TreeMap<>(wrapper);
        if (!target.mavenProfile().isEmpty()) {
            files.put(".mvn/maven.config", "-D" + TARGET_PROPERTY + "=" + target.id() + "\n");
        }
        return files;
    }
}
