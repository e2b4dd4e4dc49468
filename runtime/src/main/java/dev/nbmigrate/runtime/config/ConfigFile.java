package dev.nbmigrate.runtime.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads a job config file: a {@code .json} object of scalars and arrays, or anything else as a Java properties
 * file (UTF-8). Keys are option names without the leading dashes, in any case style ({@code lookback-days},
 * {@code lookback_days}, {@code lookbackDays}); lists are JSON arrays or comma-separated text.
 */
public final class ConfigFile {
    private ConfigFile() {
    }

    /**
     * The entries of {@code file} by key as written, in a stable order.
     *
     * @throws IllegalArgumentException with a one-line message if the file cannot be read or parsed
     */
    public static Map<String, RawValue> read(Path file) {
        Origin origin = Origin.configFile(file.toString());
        try {
            return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                    ? readJson(file, origin) : readProperties(file, origin);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("config file " + file + " is not valid JSON: "
                    + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e, e);
        }
    }

    private static Map<String, RawValue> readProperties(Path file, Origin origin) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, RawValue> entries = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            entries.put(key, new RawValue(List.of(properties.getProperty(key)), true, origin));
        }
        return entries;
    }

    private static Map<String, RawValue> readJson(Path file, Origin origin) throws IOException {
        JsonNode root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new ObjectMapper().readTree(reader);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("config file " + file + " must hold one JSON object");
        }
        Map<String, RawValue> entries = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode node = field.getValue();
            if (node.isArray()) {
                List<String> items = new ArrayList<>();
                for (JsonNode item : node) {
                    items.add(scalar(file, field.getKey(), item));
                }
                entries.put(field.getKey(), new RawValue(List.copyOf(items), false, origin));
            } else {
                entries.put(field.getKey(), new RawValue(List.of(scalar(file, field.getKey(), node)), true, origin));
            }
        }
        return entries;
    }

    private static String scalar(Path file, String key, JsonNode node) {
        if (node.isContainerNode() || node.isNull()) {
            throw new IllegalArgumentException("config file " + file + ": key '" + key
                    + "' must be a string, number, boolean or an array of them");
        }
        return node.asText();
    }
}
