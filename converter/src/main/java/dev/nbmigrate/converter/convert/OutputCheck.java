package dev.nbmigrate.converter.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.render.TemplateException;
import dev.nbmigrate.converter.write.HandWritten;

/**
 * {@code nbmigrate check}: regenerates every module of the output folder from the notebook its
 * {@code migration.json} names (same target, same sample data) into a scratch folder, and compares it, file by
 * file, with what is there. Any difference is printed as a unified diff: the committed output must be exactly what
 * the current converter makes, so a converter change that alters output comes with the new output for review. The
 * portfolio folder ({@code portfolio/}) is regenerated from the regenerated modules and compared the same way.
 */
public final class OutputCheck {

    private static final Logger LOG = LoggerFactory.getLogger(OutputCheck.class);

    /** The outcome: the regenerations, the differences as unified diffs (sorted by path), what could not be redone. */
    public record Result(List<NotebookResult> regenerated, List<String> differences, List<String> problems) {
        public boolean clean() {
            return differences.isEmpty() && problems.isEmpty();
        }
    }

    private final Conversion conversion;
    private final ProjectPaths paths;

    public OutputCheck(Conversion conversion, ProjectPaths paths) {
        this.conversion = conversion;
        this.paths = paths;
    }

    /**
     * @param outDir   the committed output folder
     * @param dataRoot the sample data folder, or {@code null} for each module's recorded one
     * @param scratch  an empty folder to regenerate into
     */
    public Result check(Path outDir, Path dataRoot, Path scratch) throws IOException, TemplateException {
        Path out = paths.resolve(outDir);
        conversion.loadEnvironments(out);
        List<NotebookResult> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        var claimed = new HashMap<String, String>();
        List<String> modules = Conversion.moduleFolders(out);
        problems.addAll(incompleteModules(out, modules));
        for (int i = 0; i < modules.size(); i++) {
            String module = modules.get(i);
            Path record = out.resolve(module).resolve("migration.json");
            JsonNode json;
            try {
                json = new ObjectMapper().readTree(record.toFile());
            } catch (IOException e) {
                problems.add(paths.display(record) + ": cannot be read (" + e.getMessage() + ")");
                continue;
            }
            String source = json.path("source").path("path").asText("");
            String target = json.path("target").asText("");
            if (source.isEmpty() || target.isEmpty()) {
                problems.add(paths.display(record) + ": names no source notebook or target");
                continue;
            }
            Path data = dataRoot;
            if (data == null && !json.path("dataRoot").isNull() && !json.path("dataRoot").asText("").isEmpty()) {
                data = Path.of(json.path("dataRoot").asText());
            }
            LOG.info("[{}/{}] regenerating {} from {}", i + 1, modules.size(), module, source);
            NotebookResult result;
            try {
                result = conversion.convertOne(Path.of(source), Target.fromId(target), data, scratch, out, claimed);
            } catch (IllegalArgumentException e) {
                problems.add(paths.display(record) + ": " + e.getMessage());
                continue;
            }
            results.add(result);
            if (result.outcome() != NotebookResult.Outcome.WRITTEN) {
                problems.add(module + ": cannot be regenerated from " + source + ": " + Conversion.summary(result));
            }
        }
        conversion.writeAggregator(scratch);
        conversion.writePortfolio(scratch, out);
        return new Result(results, differences(out, scratch), problems);
    }

    private static final java.util.regex.Pattern MODULE_ENTRY = java.util.regex.Pattern.compile(
            "<module>\\s*([^<\\s]+)\\s*</module>");

    /**
     * Modules that are missing or half-written: listed in the aggregator, or holding a {@code migration.json}, but
     * without a {@code pom.xml}; and what an interrupted convert left (staging folders, a module moved aside).
     */
    List<String> incompleteModules(Path out, List<String> modules) throws IOException {
        SortedSet<String> problems = new TreeSet<>();
        Path aggregator = out.resolve(Conversion.AGGREGATOR);
        if (Files.isRegularFile(aggregator)) {
            var matcher = MODULE_ENTRY.matcher(Files.readString(aggregator, StandardCharsets.UTF_8));
            while (matcher.find()) {
                String module = matcher.group(1);
                if (!modules.contains(module)) {
                    problems.add(module + ": listed in " + paths.display(aggregator) + " but "
                            + (Files.isDirectory(out.resolve(module)) ? "half-written (no pom.xml)" : "missing"));
                }
            }
        }
        if (Files.isDirectory(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                for (Path entry : entries.sorted().toList()) {
                    String name = entry.getFileName().toString();
                    if (name.startsWith(dev.nbmigrate.converter.write.ModuleWriter.STAGING_PREFIX)
                            || name.startsWith(dev.nbmigrate.converter.write.ModuleWriter.PREVIOUS_PREFIX)) {
                        problems.add(paths.display(entry) + ": left by an interrupted convert (the next convert "
                                + "recovers it)");
                    } else if (!name.startsWith(".") && Files.isDirectory(entry) && !modules.contains(name)
                            && Files.exists(entry.resolve("migration.json"))) {
                        problems.add(name + ": half-written (no pom.xml)");
                    }
                }
            }
        }
        return new ArrayList<>(problems);
    }

    /** Unified diffs between the committed folder and the regenerated one, by path. */
    static List<String> differences(Path committed, Path regenerated) throws IOException {
        SortedMap<String, Path> before = files(committed);
        SortedMap<String, Path> after = files(regenerated);
        SortedSet<String> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        List<String> diffs = new ArrayList<>();
        for (String path : all) {
            List<String> old = before.containsKey(path) ? lines(before.get(path)) : List.of();
            List<String> now = after.containsKey(path) ? lines(after.get(path)) : List.of();
            if (before.containsKey(path) && after.containsKey(path) && old.equals(now)) {
                continue;
            }
            int slash = path.indexOf('/');
            if (!after.containsKey(path) && slash > 0 && HandWritten.is(path.substring(slash + 1), Set.of())) {
                continue; // a team's hand-written file: convert carries it over, it is not the converter's to check
            }
            Patch<String> patch = DiffUtils.diff(old, now);
            String from = before.containsKey(path) ? "a/" + path : "/dev/null";
            String to = after.containsKey(path) ? "b/" + path : "/dev/null";
            diffs.add(String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(from, to, old, patch, 3)) + "\n");
        }
        return diffs;
    }

    /**
     * The generated files under {@code root}: the aggregator pom and everything in module folders but build output
     * and staging leftovers (other top-level files, such as a hand-written README, are not the converter's).
     */
    private static SortedMap<String, Path> files(Path root) throws IOException {
        SortedMap<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String[] parts = relative.split("/");
                boolean buildOutput = parts.length > 1 && (parts[1].equals("target")
                        || parts[0].equals(dev.nbmigrate.converter.portfolio.Portfolio.FOLDER) && parts[1].equals("jars"));
                boolean foreign = parts.length == 1 && !parts[0].equals(Conversion.AGGREGATOR)
                        || parts[0].equals(".mvn"); // the wrapper of a folder outside the project, not a module
                if (!buildOutput && !foreign && !relative.startsWith(".nbmigrate-staging") && !relative.contains("/.nbmigrate-staging")) {
                    files.put(relative, file);
                }
            }
        }
        return files;
    }

    private static List<String> lines(Path file) throws IOException {
        return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
    }
}
