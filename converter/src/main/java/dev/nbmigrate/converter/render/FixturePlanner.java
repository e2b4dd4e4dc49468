package dev.nbmigrate.converter.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.runtime.paths.PathResolver;
import dev.nbmigrate.runtime.paths.PathRules;

/**
 * Finds the sample data a generated test needs: for every lake location the job reads (and every source of a given
 * table), the files under the sample data folder that the runtime's local lake-path rule maps it to
 * ({@code wasbs://sales@acct.blob.core.windows.net/daily/} is {@code <data>/sales/daily/}); a {@code /mnt/<c>/...}
 * location, which the runtime maps to {@code <root>/mnt/<c>/...}, is also looked up as {@code <data>/<c>/...}
 * (mounts named after their containers). The files are copied to the module's {@code src/test/resources/lake/} at
 * the path the job will read them from in the test, and nowhere else.
 */
final class FixturePlanner {

    /** Where fixtures go in a module. */
    static final String RESOURCE_ROOT = "src/test/resources/lake/";
    private static final String PROBE_ROOT = "/nbmigrate-test-lake";

    /** One lake location to provide: where the notebook names it and where it is used. */
    record Need(String location, Location origin) {
    }

    /** The fixture files by module path, what each location got (for the report), and what is missing. */
    record Plan(SortedMap<String, String> files, Map<String, String> notes, List<Diagnostic> diagnostics) {
    }

    private final Path dataRoot;
    private final String dataRootDisplay;

    /**
     * @param dataRoot        the sample data folder, or {@code null} when there is none
     * @param dataRootDisplay how the report names it (relative, forward slashes)
     */
    FixturePlanner(Path dataRoot, String dataRootDisplay) {
        this.dataRoot = dataRoot == null ? null : dataRoot.toAbsolutePath().normalize();
        this.dataRootDisplay = dataRootDisplay;
    }

    Plan plan(List<Need> needs) {
        SortedMap<String, String> files = new TreeMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Need need : needs) {
            if (notes.containsKey(need.location())) {
                continue;
            }
            String note;
            try {
                note = provide(need.location(), files);
            } catch (MissingFixture e) {
                note = "none: " + e.getMessage();
                diagnostics.add(Diagnostic.of(Code.NBM504, need.origin(), "no sample data for '" + need.location()
                        + "': " + e.getMessage()));
            }
            notes.put(need.location(), note);
        }
        return new Plan(files, notes, diagnostics);
    }

    private String provide(String location, SortedMap<String, String> files) throws MissingFixture {
        String relative = lakeRelative(location);
        if (dataRoot == null) {
            throw new MissingFixture("there is no sample data folder (give one with --data)");
        }
        List<String> candidates = new ArrayList<>(List.of(relative));
        if (relative.startsWith("mnt/")) {
            candidates.add(relative.substring("mnt/".length()));
        }
        for (String candidate : candidates) {
            Path source = dataRoot.resolve(candidate).normalize();
            if (!source.startsWith(dataRoot) || !Files.exists(source)) {
                continue;
            }
            List<Path> found = filesAt(source);
            if (found.isEmpty()) {
                throw new MissingFixture(display(candidate) + " holds no files");
            }
            for (Path file : found) {
                String below = Files.isDirectory(source) ? source.relativize(file).toString().replace('\\', '/') : "";
                String destination = below.isEmpty() ? stripSlash(relative)
                        : stripSlash(relative) + "/" + below;
                files.put(RESOURCE_ROOT + destination, text(file, candidate));
            }
            return display(candidate) + (Files.isDirectory(source) ? " (" + found.size()
                    + (found.size() == 1 ? " file)" : " files)") : "");
        }
        throw new MissingFixture("nothing at " + String.join(" or ", candidates.stream().map(this::display).toList()));
    }

    /** The path below the local root that the runtime maps {@code location} to in the local environment. */
    static String lakeRelative(String location) throws MissingFixture {
        String resolved;
        try {
            resolved = PathResolver.create(PathResolver.LOCAL, PathRules.none(), PROBE_ROOT).resolve(location);
        } catch (RuntimeException e) {
            throw new MissingFixture("the local lake-path rule does not map it (" + e.getMessage() + ")");
        }
        if (!resolved.startsWith(PROBE_ROOT + "/") || resolved.length() == PROBE_ROOT.length() + 1) {
            throw new MissingFixture("it is not a lake location (a local path stays as it is)");
        }
        return resolved.substring(PROBE_ROOT.length() + 1);
    }

    private static List<Path> filesAt(Path source) {
        if (Files.isRegularFile(source)) {
            return List.of(source);
        }
        try (Stream<Path> walk = Files.walk(source)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("_"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file, String candidate) throws MissingFixture {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MissingFixture(file.getFileName() + " under " + candidate
                    + " is not UTF-8 text; generated tests carry text fixtures only (CSV, JSON)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String display(String candidate) {
        return dataRootDisplay + "/" + candidate;
    }

    private static String stripSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Why a location has no fixture. */
    static final class MissingFixture extends Exception {
        private static final long serialVersionUID = 1L;

        MissingFixture(String message) {
            super(message);
        }
    }

    /** Whether {@code location} is something the local lake-path rule maps (for reading outputs back in tests). */
    static Optional<String> lakePath(String location) {
        try {
            return Optional.of(lakeRelative(location));
        } catch (MissingFixture e) {
            return Optional.empty();
        }
    }
}
