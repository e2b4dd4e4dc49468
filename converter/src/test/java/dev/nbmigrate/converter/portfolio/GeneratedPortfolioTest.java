package dev.nbmigrate.converter.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.nbmigrate.converter.convert.Conversion;

/**
 * The committed portfolio of {@code legacy-notebooks/} ({@code generated/portfolio/}, kept current by
 * {@code nbmigrate check}) and every module's bundle, against the schemas and the lineage of the modules.
 */
class GeneratedPortfolioTest {

    private static final Path GENERATED = Path.of("..", "generated");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path portfolio() {
        Path folder = GENERATED.resolve(Portfolio.FOLDER);
        Assumptions.assumeTrue(Files.isDirectory(folder), "generated/portfolio is not there yet");
        return folder;
    }

    @Test
    void thePortfolioAndEveryModuleBundleAreValid() throws Exception {
        Path folder = portfolio();
        assertThat(PortfolioFilesTest.errors("databricks-bundle.schema.json",
                YAML.readTree(folder.resolve("databricks.yml").toFile()))).isEmpty();
        assertThat(PortfolioFilesTest.errors("adf-pipeline.schema.json",
                JSON.readTree(folder.resolve("adf-pipeline.json").toFile()))).isEmpty();
        assertThat(PortfolioFilesTest.errors("adf-linked-service.schema.json",
                JSON.readTree(folder.resolve("adf-linked-service.json").toFile()))).isEmpty();
        assertThat(PortfolioFilesTest.errors("azure-pipelines.schema.json",
                YAML.readTree(folder.resolve("azure-pipelines.yml").toFile()))).isEmpty();
        assertThat(PortfolioFilesTest.errors("github-workflow.schema.json",
                YAML.readTree(folder.resolve("github-actions.yml").toFile()))).isEmpty();
        List<String> modules = Conversion.moduleFolders(GENERATED);
        assertThat(modules).isNotEmpty();
        for (String module : modules) {
            JsonNode bundle = YAML.readTree(GENERATED.resolve(module).resolve("databricks.yml").toFile());
            assertThat(PortfolioFilesTest.errors("databricks-bundle.schema.json", bundle)).as(module).isEmpty();
            assertThat(bundle.path("targets").fieldNames()).toIterable().as(module)
                    .containsExactlyElementsOf(Environments.NAMES);
        }
    }

    @Test
    void tasksAndActivitiesDependOnTheWritersOfWhatTheyRead() throws Exception {
        Path folder = portfolio();
        LineageGraph graph = Portfolio.graphOf(PortfolioJobs.read(GENERATED, Conversion.moduleFolders(GENERATED)));
        Map<String, List<String>> expected = new TreeMap<>();
        graph.dependencies().forEach((job, deps) -> expected.put(job.replace('-', '_'),
                deps.stream().map(d -> d.replace('-', '_')).toList()));

        Map<String, List<String>> tasks = new TreeMap<>();
        for (JsonNode task : YAML.readTree(folder.resolve("databricks.yml").toFile())
                .at("/resources/jobs/portfolio/tasks")) {
            List<String> deps = new ArrayList<>();
            task.path("depends_on").forEach(d -> deps.add(d.path("task_key").asText()));
            tasks.put(task.path("task_key").asText(), deps);
        }
        Map<String, List<String>> activities = new TreeMap<>();
        for (JsonNode activity : JSON.readTree(folder.resolve("adf-pipeline.json").toFile())
                .at("/properties/activities")) {
            List<String> deps = new ArrayList<>();
            activity.path("dependsOn").forEach(d -> deps.add(d.path("activity").asText()));
            activities.put(activity.path("name").asText(), deps);
        }

        assertThat(tasks).isEqualTo(expected);
        assertThat(activities).isEqualTo(expected);
        assertThat(tasks.get("site_weekly_kpi_databricks")).as("it reads foodops.waste_daily")
                .contains("food_waste_costing");
        assertThat(tasks).doesNotContainKey("utils");
    }
}
