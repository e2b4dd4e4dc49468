package dev.nbmigrate.converter.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A module's version: {@value #FIRST} for a new module; the patch grows by one only when the module's content
 * changes, as told by the content hash recorded in the previous {@code migration.json}.
 *
 * <p>Files are rendered with {@link #PLACEHOLDER} where the version goes; the content hash is taken over that
 * text, so the version itself never changes the hash.
 */
public final class ModuleVersion {

    public static final String FIRST = "1.0.0";
    /** Stands for the version in rendered files until the version is known. */
    public static final String PLACEHOLDER = "@@NBMIGRATE_MODULE_VERSION@@";
    /** The {@code migration.json} fields this class reads. */
    public static final String VERSION_FIELD = "version";
    public static final String CONTENT_HASH_FIELD = "contentSha256";

    private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

    private ModuleVersion() {
    }

    /** What {@code migration.json} of an existing module says, if the module and the file exist. */
    public record Recorded(String version, String contentHash) {
    }

    /**
     * The notebook an existing module was made from ({@code source.path} of its {@code migration.json}), if the
     * module has one that says so; an unreadable file says nothing here ({@link #recorded} reports it).
     */
    public static Optional<String> recordedSource(Path moduleDir) {
        Path file = moduleDir.resolve("migration.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String source = new ObjectMapper().readTree(file.toFile()).path("source").path("path").asText("");
            return source.isEmpty() ? Optional.empty() : Optional.of(source);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static Optional<Recorded> recorded(Path moduleDir) throws IOException {
        Path file = moduleDir.resolve("migration.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not valid JSON (" + e.getMessage() + "); fix or delete it to start at " + FIRST, e);
        }
        String version = json.path(VERSION_FIELD).asText("");
        if (!SEMVER.matcher(version).matches()) {
            throw new IOException(file + ": '" + VERSION_FIELD + "' is not a version like 1.0.3: '" + version + "'");
        }
        return Optional.of(new Recorded(version, json.path(CONTENT_HASH_FIELD).asText("")));
    }

    /** The version for content with hash {@code contentHash}, given what the previous module recorded. */
    public static String next(Optional<Recorded> previous, String contentHash) {
        if (previous.isEmpty()) {
            return FIRST;
        }
        Recorded recorded = previous.get();
        if (recorded.contentHash().equals(contentHash)) {
            return recorded.version();
        }
        Matcher m = SEMVER.matcher(recorded.version());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a version: " + recorded.version());
        }
        return m.group(1) + "." + m.group(2) + "." + (Long.parseLong(m.group(3)) + 1);
    }

    /** SHA-256 over every file's path and text (sorted by path), with the version still a placeholder. */
    public static String contentHash(SortedMap<String, String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
