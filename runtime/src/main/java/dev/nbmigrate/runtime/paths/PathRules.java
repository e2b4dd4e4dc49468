package dev.nbmigrate.runtime.paths;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Declarative path rules per environment, read from a properties file. Every key is optional:
 *
 * <pre>
 * # Folder that lake URIs map to in the local environment (else --local-root, NBM_LOCAL_ROOT or ./lake).
 * local.root = /home/me/lake
 * # Where the legacy cluster's default storage was, for URIs without an account such as wasbs:///data/x.
 * default-storage = wasbs://data@contosolake.blob.core.windows.net/
 * # Schemes an environment passes through unchanged (replaces the built-in list for that environment).
 * uat.allow = abfss, dbfs
 * # Prefix rewrites: &lt;env&gt;.map.&lt;rule name&gt; = &lt;from prefix&gt; =&gt; &lt;to prefix&gt;. The longest matching prefix wins.
 * uat.map.sales = wasbs://sales@contosolake.blob.core.windows.net/ =&gt; abfss://sales@contosolakeuat.dfs.core.windows.net/
 * </pre>
 *
 * <p>An environment other than the built-in {@code local}, {@code uat} and {@code prod} exists once the file has an
 * {@code allow} or {@code map} key for it.
 *
 * @param environments rules per environment name, sorted by name
 * @param defaultStorage the legacy default storage URI, or null
 * @param localRoot    the configured local root, or null
 * @param source       where the rules came from, for messages
 */
public record PathRules(Map<String, EnvironmentRules> environments, String defaultStorage, String localRoot,
                        String source) {

    /** The classpath resource a job jar may carry its rules in. */
    public static final String RESOURCE = "nbmigrate-paths.properties";

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile(
            "([a-z][a-z0-9-]*)\\.(allow|root|map\\.([A-Za-z0-9_.-]+))");

    /**
     * The rules of one environment.
     *
     * @param allow    schemes passed through unchanged, or empty for the built-in list
     * @param rewrites prefix rewrites by rule name
     */
    public record EnvironmentRules(Optional<List<String>> allow, Map<String, Rewrite> rewrites) {
    }

    /**
     * A prefix rewrite.
     *
     * @param name the rule name, for messages
     * @param from the prefix to replace
     * @param to   what replaces it
     */
    public record Rewrite(String name, String from, String to) {
    }

    /** No rules beyond the built-in ones. */
    public static PathRules none() {
        return new PathRules(Map.of(), null, null, "built-in rules");
    }

    /** Reads rules from a properties file; throws {@link IllegalArgumentException} listing every bad key. */
    public static PathRules load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read paths config " + file + ": " + e, e);
        }
    }

    /** Reads the {@value #RESOURCE} resource of {@code loader}, if it has one. */
    public static Optional<PathRules> fromClasspath(ClassLoader loader) {
        InputStream in = loader.getResourceAsStream(RESOURCE);
        if (in == null) {
            return Optional.empty();
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Optional.of(parse(reader, "classpath:" + RESOURCE));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read classpath:" + RESOURCE + ": " + e, e);
        }
    }

    /** Parses rules from properties text. */
    public static PathRules parse(Reader reader, String source) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, List<String>> allows = new TreeMap<>();
        Map<String, Map<String, Rewrite>> rewrites = new TreeMap<>();
        String defaultStorage = null;
        String localRoot = null;
        List<String> problems = new ArrayList<>();
        for (String key : new TreeMap<>(properties).keySet().stream().map(Object::toString).toList()) {
            String value = properties.getProperty(key).trim();
            if (key.equals("default-storage")) {
                defaultStorage = value;
                continue;
            }
            Matcher m = KEY.matcher(key);
            if (!m.matches()) {
                problems.add("unknown key '" + key + "'");
                continue;
            }
            String environment = m.group(1);
            if (m.group(2).equals("root")) {
                if (environment.equals(PathResolver.LOCAL)) {
                    localRoot = value;
                } else {
                    problems.add("'" + key + "': only the local environment has a root");
                }
            } else if (m.group(2).equals("allow")) {
                List<String> schemes = new ArrayList<>();
                for (String scheme : value.split(",")) {
                    String label = scheme.trim();
                    if (StorageScheme.fromLabel(label).isEmpty()) {
                        problems.add("'" + key + "': unknown scheme '" + label + "' (known: "
                                + String.join(", ", StorageScheme.labels()) + ")");
                    }
                    schemes.add(label);
                }
                allows.put(environment, List.copyOf(schemes));
            } else {
                String name = m.group(3);
                String[] sides = value.split("=>", -1);
                if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
                    problems.add("'" + key + "': expected '<from prefix> => <to prefix>', got '" + value + "'");
                    continue;
                }
                rewrites.computeIfAbsent(environment, e -> new TreeMap<>())
                        .put(name, new Rewrite(name, sides[0].trim(), sides[1].trim()));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad paths config " + source + ": " + String.join("; ", problems));
        }
        TreeMap<String, EnvironmentRules> environments = new TreeMap<>();
        java.util.Set<String> names = new java.util.TreeSet<>(allows.keySet());
        names.addAll(rewrites.keySet());
        for (String name : names) {
            environments.put(name, new EnvironmentRules(Optional.ofNullable(allows.get(name)),
                    Collections.unmodifiableSortedMap(new TreeMap<>(rewrites.getOrDefault(name, Map.of())))));
        }
        return new PathRules(Collections.unmodifiableSortedMap(environments), defaultStorage, localRoot, source);
    }
}
