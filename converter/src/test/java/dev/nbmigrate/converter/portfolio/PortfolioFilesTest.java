package dev.nbmigrate.converter.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.render.TemplateRenderer;

/**
 * The portfolio files written for an output folder of three jobs (one reads what another writes, one reads a
 * secret and has an option without default): each is valid against its schema (kept under
 * {@code src/test/resources/schemas/}, subsets of the published ones) and carries the lineage.
 */
class PortfolioFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path out;
    private Portfolio portfolio;

    @BeforeEach
    void writeModules() throws Exception {
        module("food-waste-costing", "dev.jobs.FoodWasteCostingJob",
                "[{\"option\": \"--out-table\", \"default\": \"foodops.waste_daily\"}]", "[]",
                "[{\"format\": \"table\", \"location\": \"foodops.supplier_prices_gbp\"}]",
                "[{\"format\": \"table\", \"location\": \"foodops.waste_daily\"}]");
        module("site-weekly-kpi", "dev.jobs.SiteWeeklyKpiJob",
                "[{\"option\": \"--run-week\", \"default\": null}, {\"option\": \"--note\", \"default\": \"a@b\"}]",
                "[\"sql-password\"]",
                "[{\"format\": \"table\", \"location\": \"FOODOPS.waste_daily\"}]",
                "[{\"format\": \"parquet\", \"location\": \"wasbs://kpi@lake.blob.core.windows.net/weekly/\"}]");
        module("supplier-price-normalisation", "dev.jobs.SupplierPriceNormalisationJob", "[]", "[]", "[]",
                "[{\"format\": \"table\", \"location\": \"foodops.supplier_prices_gbp\"}]");
        Files.createDirectories(out.resolve("not-a-module"));
        portfolio = new Portfolio(new PortfolioRenderer(new TemplateRenderer(null)));
    }

    private void module(String name, String mainClass, String options, String secrets, String inputs,
            String outputs) throws IOException {
        Path folder = Files.createDirectories(out.resolve(name));
        Files.writeString(folder.resolve("pom.xml"), "<project/>");
        Files.writeString(folder.resolve("migration.json"), "{\"module\": \"" + name + "\", \"version\": \"1.0.3\","
                + " \"source\": {\"path\": \"nb/" + name + ".ipynb\"}, \"target\": \"dbr-17.3\", \"mainClass\": \""
                + mainClass + "\", \"jar\": \"" + name + "-1.0.3.jar\", \"options\": " + options + ", \"secretKeys\": "
                + secrets + ", \"inputs\": " + inputs + ", \"outputs\": " + outputs + "}");
    }

    private List<Diagnostic> write() throws Exception {
        return portfolio.write(out, List.of("food-waste-costing", "site-weekly-kpi", "supplier-price-normalisation"),
                portfolio.environments(out), "generated");
    }

    private Path file(String name) {
        return out.resolve(Portfolio.FOLDER).resolve(name);
    }

    static List<String> errors(String schema, JsonNode document) throws IOException {
        try (InputStream in = PortfolioFilesTest.class.getResourceAsStream("/schemas/" + schema)) {
            Schema loaded = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            return loaded.validate(document).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                    .toList();
        }
    }

    @Test
    void everyFileIsValidAgainstItsSchema() throws Exception {
        assertThat(write()).isEmpty();

        assertThat(errors("databricks-bundle.schema.json", YAML.readTree(file("databricks.yml").toFile()))).isEmpty();
        assertThat(errors("adf-pipeline.schema.json", JSON.readTree(file("adf-pipeline.json").toFile()))).isEmpty();
        assertThat(errors("adf-linked-service.schema.json", JSON.readTree(file("adf-linked-service.json").toFile())))
                .isEmpty();
        assertThat(errors("azure-pipelines.schema.json", YAML.readTree(file("azure-pipelines.yml").toFile())))
                .isEmpty();
        assertThat(errors("github-workflow.schema.json", YAML.readTree(file("github-actions.yml").toFile())))
                .isEmpty();
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file("lineage.svg").toFile());
    }

    @Test
    void theSchemasRefuseWhatThePlatformsWouldRefuse() throws Exception {
        write();
        ObjectNode bundle = (ObjectNode) YAML.readTree(file("databricks.yml").toFile());
        ((ObjectNode) bundle.at("/resources/jobs/portfolio/tasks/0")).remove("task_key");
        assertThat(errors("databricks-bundle.schema.json", bundle)).anySatisfy(e -> assertThat(e).contains("task_key"));

        ObjectNode pipeline = (ObjectNode) JSON.readTree(file("adf-pipeline.json").toFile());
        ((ObjectNode) pipeline.at("/properties/activities/0")).put("type", "DatabricksSparkPython");
        ((ObjectNode) pipeline.at("/properties/activities/1/dependsOn/0")).putArray("dependencyConditions")
                .add("Succeded");
        assertThat(errors("adf-pipeline.schema.json", pipeline)).hasSizeGreaterThanOrEqualTo(2);

        ObjectNode ado = (ObjectNode) YAML.readTree(file("azure-pipelines.yml").toFile());
        ((ObjectNode) ado.at("/stages/3/jobs/0")).remove("environment");
        assertThat(errors("azure-pipelines.schema.json", ado)).isNotEmpty();

        ObjectNode workflow = (ObjectNode) YAML.readTree(file("github-actions.yml").toFile());
        ((ObjectNode) workflow.at("/jobs/build")).remove("runs-on");
        assertThat(errors("github-workflow.schema.json", workflow)).isNotEmpty();
    }

    @Test
    void theMultiTaskJobAndThePipelineFollowTheLineage() throws Exception {
        write();
        JsonNode tasks = YAML.readTree(file("databricks.yml").toFile()).at("/resources/jobs/portfolio/tasks");
        Map<String, List<String>> bundleDeps = new TreeMap<>();
        for (JsonNode task : tasks) {
            List<String> deps = new ArrayList<>();
            task.path("depends_on").forEach(d -> deps.add(d.path("task_key").asText()));
            bundleDeps.put(task.path("task_key").asText(), deps);
        }
        JsonNode activities = JSON.readTree(file("adf-pipeline.json").toFile()).at("/properties/activities");
        Map<String, List<String>> adfDeps = new TreeMap<>();
        List<String> adfOrder = new ArrayList<>();
        for (JsonNode activity : activities) {
            List<String> deps = new ArrayList<>();
            activity.path("dependsOn").forEach(d -> deps.add(d.path("activity").asText()));
            adfDeps.put(activity.path("name").asText(), deps);
            adfOrder.add(activity.path("name").asText());
        }
        LineageGraph graph = Portfolio.graphOf(PortfolioJobs.read(out, List.of("food-waste-costing",
                "site-weekly-kpi", "supplier-price-normalisation")));
        Map<String, List<String>> expected = new TreeMap<>();
        graph.dependencies().forEach((job, deps) -> expected.put(job.replace('-', '_'),
                deps.stream().map(d -> d.replace('-', '_')).toList()));

        assertThat(bundleDeps).isEqualTo(expected).containsEntry("site_weekly_kpi", List.of("food_waste_costing"))
                .containsEntry("food_waste_costing", List.of("supplier_price_normalisation"));
        assertThat(adfDeps).isEqualTo(expected);
        assertThat(adfOrder).containsExactly("supplier_price_normalisation", "food_waste_costing", "site_weekly_kpi");

        JsonNode kpi = activities.get(2).path("typeProperties");
        assertThat(kpi.path("mainClassName").asText()).isEqualTo("dev.jobs.SiteWeeklyKpiJob");
        assertThat(kpi.path("parameters").toString()).contains("--secret-scope=@{pipeline().parameters.secretScope}",
                "--run-week=@{pipeline().parameters.site_weekly_kpi__run_week}", "--note=a@@b", "--log-format=json");
        assertThat(kpi.at("/libraries/0/jar").asText())
                .isEqualTo("@{pipeline().parameters.jarFolder}/site-weekly-kpi-1.0.3.jar");
        assertThat(JSON.readTree(file("adf-pipeline.json").toFile()).at("/properties/parameters")
                .has("site_weekly_kpi__run_week")).isTrue();
    }

    @Test
    void releasesDeployTheOneBuildArtifactToEachEnvironmentInTurnProdLast() throws Exception {
        write();
        JsonNode ado = YAML.readTree(file("azure-pipelines.yml").toFile());
        assertThat(ado.path("stages")).extracting(s -> s.path("stage").asText() + "<" + s.path("dependsOn").asText(""))
                .containsExactly("build<", "dev<build", "uat<dev", "prod<uat");
        List<String> builds = new ArrayList<>();
        ado.findValues("script").forEach(script -> {
            if (script.asText().contains("mvnw")) {
                builds.add(script.asText());
            }
        });
        assertThat(builds).as("one build, in the build stage").containsExactly("./mvnw -B verify");
        assertThat(ado.at("/stages/0/jobs/0/steps").toString()).contains("./mvnw -B verify");
        for (String env : Environments.NAMES) {
            JsonNode stage = ado.path("stages").get(Environments.NAMES.indexOf(env) + 1);
            assertThat(stage.at("/jobs/0/environment").asText()).isEqualTo("nbmigrate-" + env);
            assertThat(stage.at("/jobs/0/strategy/runOnce/deploy/steps").toString())
                    .contains("databricks bundle deploy --target " + env).doesNotContain("mvnw");
        }
        JsonNode gh = YAML.readTree(file("github-actions.yml").toFile()).path("jobs");
        assertThat(gh.at("/deploy-prod/environment").asText()).isEqualTo("prod");
        assertThat(gh.at("/deploy-prod/needs").asText()).isEqualTo("deploy-uat");
        assertThat(gh.at("/deploy-dev/steps").toString()).doesNotContain("mvnw")
                .contains("databricks bundle deploy --target dev");
        assertThat(Files.readString(file("github-actions.yml"))).contains("${{ secrets.ARM_CLIENT_SECRET }}");
    }

    @Test
    void bundleTargetsComeFromTheEnvironmentsFileWhichIsKeptAsWritten() throws Exception {
        write();
        String edited = Files.readString(file(Environments.FILE)).replace("uat.workers = 2", "uat.workers = 7")
                + "# my note\n";
        Files.writeString(file(Environments.FILE), edited);
        write();

        assertThat(Files.readString(file(Environments.FILE))).isEqualTo(edited);
        JsonNode targets = YAML.readTree(file("databricks.yml").toFile()).path("targets");
        assertThat(targets.at("/uat/variables/cluster_workers").asInt()).isEqualTo(7);
        assertThat(targets.at("/prod/mode").asText()).isEqualTo("production");
        assertThat(targets.at("/dev/mode").asText()).isEqualTo("development");
        assertThat(targets.at("/uat/variables/storage_account").asText()).isEqualTo("nbmigratelakeuat");
        assertThat(targets.at("/uat/variables/secret_scope").asText()).isEqualTo("nbmigrate-uat");
        assertThat(targets.at("/prod/workspace/root_path").asText()).endsWith("/prod/nbmigrate-portfolio");
    }

    @Test
    void monitoringQueriesUseTheRuntimeLogFieldsAndThePortfolioJobs() throws Exception {
        write();
        String kql = Files.readString(file("monitoring.kql"), StandardCharsets.UTF_8);
        for (String field : dev.nbmigrate.runtime.logging.LogFields.METRICS) {
            assertThat(kql).contains(field);
        }
        assertThat(kql).contains("run_id", "outcome == \"failed\"", "rows_out < previous_rows / 2",
                "| where job in (\"supplier-price-normalisation\", \"food-waste-costing\", \"site-weekly-kpi\")");
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws Exception {
        write();
        Map<String, String> first = contents();
        write();
        assertThat(contents()).isEqualTo(first);
        assertThat(first.keySet()).containsAll(PortfolioRenderer.FILES.keySet())
                .contains(Environments.FILE, PortfolioRenderer.LINEAGE_SVG);
    }

    @Test
    void sharedWritersAreReported() throws Exception {
        module("waste-rewrite", "dev.jobs.WasteRewriteJob", "[]", "[]", "[]",
                "[{\"format\": \"table\", \"location\": \"foodops.waste_daily\"}]");
        List<Diagnostic> findings = portfolio.write(out, List.of("food-waste-costing", "site-weekly-kpi",
                "supplier-price-normalisation", "waste-rewrite"), portfolio.environments(out), "generated");
        assertThat(findings).extracting(Diagnostic::code).containsExactly(Code.NBM320, Code.NBM320);
        assertThat(Files.readString(file("README.md"))).contains("NBM320");
    }

    @Test
    void collectJarsCopiesEveryModulesJarWhereTheBundleTakesThem() throws Exception {
        write();
        for (String module : List.of("food-waste-costing", "site-weekly-kpi", "supplier-price-normalisation")) {
            Path target = Files.createDirectories(out.resolve(module).resolve("target"));
            Files.writeString(target.resolve(module + "-1.0.3.jar"), "jar of " + module);
        }
        Process process = new ProcessBuilder("sh", file("collect-jars.sh").toString()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();

        JsonNode tasks = YAML.readTree(file("databricks.yml").toFile()).at("/resources/jobs/portfolio/tasks");
        assertThat(tasks).hasSize(3);
        for (JsonNode task : tasks) {
            String jar = task.at("/libraries/0/jar").asText();
            assertThat(jar).startsWith("./jars/");
            assertThat(file(jar.substring(2))).isRegularFile();
        }
    }

    @Test
    void aRecordNamingAJarThatIsNoFileNameIsRefused() throws Exception {
        module("hostile", "dev.jobs.HostileJob", "[]", "[]", "[]", "[]");
        Path record = out.resolve("hostile/migration.json");
        Files.writeString(record, Files.readString(record).replace("hostile-1.0.3.jar", "x.jar\\\"; rm -rf ~; \\\".jar"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> portfolio.write(out, List.of("hostile"),
                portfolio.environments(out), "generated")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("module hostile: migration.json names jar");
        assertThat(out.resolve(Portfolio.FOLDER)).doesNotExist();
    }

    private Map<String, String> contents() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (var list = Files.list(out.resolve(Portfolio.FOLDER))) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }
}
