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

    /** One job from its {@code migration.json}. */
    static PortfolioJob parse(JsonNode json, String module) {
        List<PortfolioJob.JobOption> options = new ArrayList<>();
        for (JsonNode option : json.path("options")) {
            JsonNode value = option.path("default");
            options.add(new PortfolioJob.JobOption(option.path("option").asText(),
                    value.isNull() || value.isMissingNode() ? null : value.asText()));
        }
        List<String> secrets = new ArrayList<>();
        json.path("secretKeys").forEach(key -> secrets.add(key.asText()));
        return new PortfolioJob(module, json.path("version").asText(), json.path("target").asText(),
                json.path("source").path("path").asText(),
                json.path("mainClass").asText(), json.path("jar").asText(module + ".jar"), options, secrets,
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
