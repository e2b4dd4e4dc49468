package dev.nbmigrate.converter.portfolio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the portfolio's jobs from the {@code migration.json} of every module of an output folder: what the analysis
 * found each notebook reads and writes, as conversion recorded it, so no notebook is read again.
 */
public final class PortfolioJobs {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the generated files may hold unquoted (a shell script copies jars by name). */
    private static final java.util.regex.Pattern JAR = java.util.regex.Pattern.compile("[A-Za-z0-9._-]+\\.jar");
    private static final java.util.regex.Pattern CLASS = java.util.regex.Pattern.compile(
            "[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");

    private PortfolioJobs() {
    }

    /**
     * The jobs of {@code modules} (folder names in {@code outDir}, sorted), those without a {@code migration.json}
     * skipped.
     */
    public static List<PortfolioJob> read(Path outDir, List<String> modules) throws IOException {
        List<PortfolioJob> jobs = new ArrayList<>();
        for (String module : modules) {
            Path record = outDir.resolve(module).resolve("migration.json");
            if (Files.isRegularFile(record)) {
                jobs.add(parse(JSON.readTree(record.toFile()), module));
            }
        }
        return List.copyOf(jobs);
    }

    /**
     * One job from its {@code migration.json}.
     *
     * @throws IllegalStateException if the record names a jar, main class or target that generated files cannot
     *                               carry (a hand-edited record)
     */
    static PortfolioJob parse(JsonNode json, String module) {
        String jar = json.path("jar").asText(module + ".jar");
        String mainClass = json.path("mainClass").asText();
        String target = json.path("target").asText();
        if (!JAR.matcher(jar).matches() || !CLASS.matcher(mainClass).matches()) {
            throw new IllegalStateException("module " + module + ": migration.json names jar '" + jar
                    + "' and main class '" + mainClass + "', which are not a jar file name and a Java class name;"
                    + " convert its notebook again");
        }
        try {
            dev.nbmigrate.converter.model.Target.fromId(target);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("module " + module + ": migration.json: " + e.getMessage(), e);
        }
        List<PortfolioJob.JobOption> options = new ArrayList<>();
        for (JsonNode option : json.path("options")) {
            JsonNode value = option.path("default");
            options.add(new PortfolioJob.JobOption(option.path("option").asText(),
                    value.isNull() || value.isMissingNode() ? null : value.asText()));
        }
        List<String> secrets = new ArrayList<>();
        json.path("secretKeys").forEach(key -> secrets.add(key.asText()));
        return new PortfolioJob(module, json.path("version").asText(), target,
                json.path("source").path("path").asText(), mainClass, jar, options, secrets,
                data(json.path("inputs")), data(json.path("outputs")));
    }

    private static List<PortfolioJob.DataRef> data(JsonNode list) {
        List<PortfolioJob.DataRef> refs = new ArrayList<>();
        for (JsonNode ref : list) {
            refs.add(new PortfolioJob.DataRef(ref.path("format").asText(), ref.path("location").asText()));
        }
        return refs;
    }
}
