package dev.nbmigrate.converter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;

import dev.nbmigrate.converter.check.JavaUnits;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.expect.Expectations;
import dev.nbmigrate.converter.expect.ExpectationsReader;
import dev.nbmigrate.converter.model.ConfigField;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.JobSection;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.testing.SampleJobs;
import dev.nbmigrate.converter.write.GeneratedModule;
import dev.nbmigrate.converter.write.ModuleVersion;

/** The render stage on the hand-built sample job: the files, their structure, and every NBM5xx finding. */
class ModuleRendererTest {

    private static final String PKG = "dev/nbmigrate/jobs/dailysitecovers/";
    private static final String JOB = "src/main/java/" + PKG + "DailySiteCoversJob.java";
    private static final String CONFIG = "src/main/java/" + PKG + "DailySiteCoversConfig.java";
    private static final String TEST = "src/test/java/" + PKG + "DailySiteCoversJobTest.java";
    private static final String LOCAL_RUN = "src/test/java/" + PKG + "DailySiteCoversJobLocalRun.java";
    /** Run with -Dnbmigrate.golden.update=true to rewrite the golden files after a deliberate template change. */
    private static final boolean UPDATE_GOLDEN = Boolean.getBoolean("nbmigrate.golden.update");

    @TempDir
    Path dir;

    @TempDir
    static Path shared;

    private static GeneratedModule sampleModule;

    /** The sample module, rendered once for the tests that only read it. */
    private static synchronized GeneratedModule sample() throws Exception {
        if (sampleModule == null) {
            RenderedModule rendered = new RenderFixture(shared).render(SampleJobs.dailySiteCovers(Target.DBR_17_3));
            assertThat(rendered.hasErrors()).as(rendered.diagnostics().toString()).isFalse();
            sampleModule = rendered.module().orElseThrow();
        }
        return sampleModule;
    }

    private GeneratedModule sample(RenderFixture fixture) throws Exception {
        RenderedModule rendered = fixture.render(SampleJobs.dailySiteCovers(Target.DBR_17_3));
        assertThat(rendered.hasErrors()).as(rendered.diagnostics().toString()).isFalse();
        return rendered.module().orElseThrow();
    }

    private static List<Code> codes(RenderedModule rendered) {
        return rendered.diagnostics().stream().map(Diagnostic::code).toList();
    }

    private static Diagnostic only(RenderedModule rendered, Code code) {
        List<Diagnostic> found = rendered.diagnostics().stream().filter(d -> d.code() == code).toList();
        assertThat(found).as(rendered.diagnostics().toString()).hasSize(1);
        return found.get(0);
    }

    @Test
    void theModuleHasEveryFileOfItsLayout() throws Exception {
        GeneratedModule module = sample();

        assertThat(module.name()).isEqualTo("daily-site-covers");
        assertThat(module.files().keySet()).containsExactly(".mvn/wrapper/maven-wrapper.properties", "MIGRATION.md",
                "README.md", "databricks.yml", "migration.json", "mvnw", "mvnw.cmd", "pom.xml", CONFIG, JOB, LOCAL_RUN, TEST, "src/test/resources/lake/ref/sites.csv",
                "src/test/resources/lake/sales/daily/2024-01-01.csv", "src/test/resources/lake/sales/daily/2024-01-02.csv",
                "src/test/resources/log4j2-test.properties");
        assertThat(module.files().get("src/test/resources/lake/ref/sites.csv"))
                .isEqualTo("site_id,site_name\nS1,The Brass Kettle\nS2,Riverside Bistro\n");
    }

    @Test
    void javaFilesAndTheBundleMatchTheGoldenFiles() throws Exception {
        GeneratedModule module = sample();
        Map<String, String> golden = Map.of(JOB, "DailySiteCoversJob.java", CONFIG, "DailySiteCoversConfig.java",
                TEST, "DailySiteCoversJobTest.java", LOCAL_RUN, "DailySiteCoversJobLocalRun.java",
                "databricks.yml", "databricks.yml", "pom.xml", "pom.xml");
        for (Map.Entry<String, String> file : new TreeMap<>(golden).entrySet()) {
            Path expected = Path.of("src/test/resources/golden/daily-site-covers").resolve(file.getValue());
            if (UPDATE_GOLDEN) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, module.files().get(file.getKey()));
            }
            assertThat(module.files().get(file.getKey())).as(file.getKey()).isEqualTo(Files.readString(expected));
        }
    }

    @Test
    void importsAreSortedStaticFirstAndAllUsed() throws Exception {
        GeneratedModule module = sample();

        for (String file : List.of(JOB, CONFIG, TEST, LOCAL_RUN)) {
            CompilationUnit unit = JavaUnits.parse(module.files().get(file)).unit().orElseThrow();
            List<String> imports = new ArrayList<>();
            for (ImportDeclaration i : unit.getImports()) {
                imports.add((i.isStatic() ? "static " : "") + i.getNameAsString());
            }
            List<String> sorted = new ArrayList<>(imports.stream().filter(i -> i.startsWith("static ")).sorted().toList());
            sorted.addAll(imports.stream().filter(i -> !i.startsWith("static ")).sorted().toList());
            assertThat(imports).as(file).isEqualTo(sorted);
            assertThat(JavaUnits.usedImports(unit, imports)).as(file).containsExactlyElementsOf(new java.util.TreeSet<>(imports));
        }
        // the model's imports include java.util.Map, which no section uses
        assertThat(module.files().get(JOB)).doesNotContain("import java.util.Map;");
        assertThat(module.files().get(CONFIG)).doesNotContain("import java.time.LocalDate;");
    }

    @Test
    void migrationJsonMapsEachCellToTheLinesOfItsBlock() throws Exception {
        GeneratedModule module = sample();
        String[] job = module.files().get(JOB).split("\n", -1);
        JsonNode json = new ObjectMapper().readTree(module.files().get("migration.json"));

        assertThat(json.path("jobClassLines").path("file").asText()).isEqualTo(JOB);
        List<Integer> cells = new ArrayList<>();
        for (JsonNode cell : json.path("jobClassLines").path("cells")) {
            int number = cell.path("cell").asInt();
            cells.add(number);
            JsonNode range = cell.path("lines").get(0);
            int from = range.get(0).asInt();
            int to = range.get(1).asInt();
            assertThat(job[from - 1].strip()).isEqualTo("// cell " + number);
            String next = job[to].strip();
            assertThat(next.equals("}") || next.startsWith("// cell ")).as("line after cell " + number + ": " + next).isTrue();
        }
        assertThat(cells).containsExactly(2, 3, 4, 5, 6);
        assertThat(json.path("version").asText()).isEqualTo("1.0.0");
        assertThat(json.path("contentSha256").asText()).hasSize(64);
        assertThat(json.path("templateSha256").asText()).hasSize(64);
        assertThat(json.path("source").path("path").asText()).isEqualTo(SampleJobs.NOTEBOOK);
    }

    @Test
    void renderingIsDeterministic() throws Exception {
        GeneratedModule first = sample(new RenderFixture(dir.resolve("a")));
        GeneratedModule second = sample(new RenderFixture(dir.resolve("b")));

        assertThat(second.files()).isEqualTo(first.files());
    }

    @Test
    void theVersionStaysWhileTheContentDoesAndItsPatchGrowsWhenItChanges() throws Exception {
        RenderFixture fixture = new RenderFixture(dir);
        JobModel model = SampleJobs.dailySiteCovers(Target.DBR_17_3);
        RenderedModule first = fixture.render(model);

        RenderedModule same = fixture.render(model, Optional.of(fixture.expectations()),
                Optional.of(new ModuleVersion.Recorded("1.0.4", first.contentHash())));
        RenderedModule changed = fixture.render(withTitle(model, "Covers per site, daily"),
                Optional.of(fixture.expectations()), Optional.of(new ModuleVersion.Recorded("1.0.4", first.contentHash())));

        assertThat(same.version()).isEqualTo("1.0.4");
        assertThat(same.contentHash()).isEqualTo(first.contentHash());
        assertThat(same.module().orElseThrow().files().get("pom.xml")).contains("<version>1.0.4</version>");
        assertThat(changed.version()).isEqualTo("1.0.5");
        assertThat(changed.module().orElseThrow().files().get("databricks.yml"))
                .contains("./target/daily-site-covers-1.0.5.jar");
    }

    @Test
    void javaThatDoesNotParseIsNbm501AtItsCellAndNothingIsMade() throws Exception {
        JobModel model = withBody(SampleJobs.dailySiteCovers(Target.DBR_17_3), "coversPerSite", """
                // cell 4
                Dataset<Row> sites = ctx.spark().table("reference.sites"
                return sites;
                """);

        RenderedModule rendered = new RenderFixture(dir).render(model);

        assertThat(rendered.module()).isEmpty();
        Diagnostic parse = rendered.diagnostics().stream().filter(d -> d.code() == Code.NBM501).findFirst().orElseThrow();
        assertThat(parse.location()).isEqualTo(Location.ofCell(SampleJobs.NOTEBOOK, 4));
        assertThat(parse.message()).startsWith(JOB + " line ");
    }

    @Test
    void javaThatDoesNotCompileIsNbm502AtItsCell() throws Exception {
        JobModel model = withBody(SampleJobs.dailySiteCovers(Target.DBR_17_3), "loadSales", """
                // cell 2
                Dataset<Row> raw = ctx.spark().read().csv(ctx.path(config.inputPath()));
                // cell 3
                return raw.filter(col("covers").geq(config.minimumCovers()));
                """);

        RenderedModule rendered = new RenderFixture(dir).render(model);

        assertThat(rendered.module()).isEmpty();
        Diagnostic error = only(rendered, Code.NBM502);
        assertThat(error.location()).isEqualTo(Location.ofCell(SampleJobs.NOTEBOOK, 3));
        assertThat(error.message()).startsWith("DailySiteCoversJob.java line ").contains("cannot find symbol")
                .endsWith("(generated line: return raw.filter(col(\"covers\").geq(config.minimumCovers()));)");
    }

    @Test
    void aParameterRuleThatDoesNotCompilePointsAtTheParameter() throws Exception {
        JobModel model = withConfig(SampleJobs.dailySiteCovers(Target.DBR_17_3), "minCovers",
                f -> new ConfigField(f.name(), f.javaType(), f.defaultValue(), List.of("@Range(minimum = 0)"),
                        f.help(), null, f.origin()));

        RenderedModule rendered = new RenderFixture(dir).render(model);

        Diagnostic error = only(rendered, Code.NBM502);
        assertThat(error.location()).isEqualTo(Location.of(SampleJobs.NOTEBOOK, 1, 2));
        assertThat(error.message()).startsWith("DailySiteCoversConfig.java line ").contains("minimum");
    }

    @Test
    void sectionsThatDoNotConnectAreNbm509() throws Exception {
        JobModel model = SampleJobs.dailySiteCovers(Target.DBR_17_3);
        List<JobSection> sections = new ArrayList<>(model.sections());
        JobSection totals = sections.get(1);
        sections.set(1, new JobSection(totals.title(), totals.methodName(), totals.cells(),
                List.of(new JobSection.Parameter("Dataset<Row>", "dailySales")), totals.returnType(),
                totals.returnName(), totals.body()));
        JobModel broken = new JobModel(model.names(), model.title(), model.source(), model.target(), model.sparkConf(),
                model.config(), sections, model.imports(), model.inputs(), model.outputs(), model.diagnostics(), model.fields(), model.helpers(), model.cells());

        RenderedModule rendered = new RenderFixture(dir).render(broken);

        Diagnostic wiring = rendered.diagnostics().stream().filter(d -> d.code() == Code.NBM509).findFirst().orElseThrow();
        assertThat(wiring.location()).isEqualTo(Location.ofCell(SampleJobs.NOTEBOOK, 4));
        assertThat(wiring.message()).isEqualTo("section coversPerSite takes 'Dataset<Row> dailySales', which no"
                + " earlier section returns");
        assertThat(rendered.module()).isEmpty();
    }

    @Test
    void parametersTheRuntimeRefusesAreNbm503() throws Exception {
        RenderFixture fixture = new RenderFixture(dir);
        JobModel clash = withConfig(SampleJobs.dailySiteCovers(Target.DBR_17_3), "storageKey",
                f -> new ConfigField("runId", "String", "x", List.of(), f.help(), null, f.origin()));
        JobModel badDefault = withConfig(SampleJobs.dailySiteCovers(Target.DBR_17_3), "minCovers",
                f -> new ConfigField(f.name(), f.javaType(), "one", f.constraints(), f.help(), null, f.origin()));

        assertThat(only(fixture.render(clash), Code.NBM503).message()).contains("clashes with the runtime option --run-id");
        assertThat(only(fixture.render(badDefault), Code.NBM503).message()).contains("minCovers").contains("one");
    }

    @Test
    void findingsAboutTheTestsNameTheirPlace() throws Exception {
        RenderFixture fixture = new RenderFixture(dir);
        Expectations noArgsNoGivenWrongOutput = ExpectationsReader.parse("""
                {"outputs": [{"output": "wasbs://curated@acct.blob.core.windows.net/elsewhere/", "rowCount": 1}]}
                """, "x.expect.json");

        RenderedModule rendered = fixture.renderer.render(SampleJobs.dailySiteCovers(Target.DBR_17_3),
                new RenderOptions(Optional.of(noArgsNoGivenWrongOutput), null, null, Optional.empty(),
                        "generated/daily-site-covers"));

        assertThat(only(rendered, Code.NBM508).location()).isEqualTo(Location.of(SampleJobs.NOTEBOOK, 1, 3));
        assertThat(only(rendered, Code.NBM508).message()).isEqualTo("required parameter --run-label has no value for"
                + " the generated test in x.expect.json");
        assertThat(only(rendered, Code.NBM507).message()).isEqualTo("the job reads table 'reference.sites', which no"
                + " fixture provides");
        assertThat(only(rendered, Code.NBM504).message()).startsWith("no sample data for"
                + " 'wasbs://sales@acct.blob.core.windows.net/daily/': there is no sample data folder");
        assertThat(only(rendered, Code.NBM506).message()).contains("names output"
                + " 'wasbs://curated@acct.blob.core.windows.net/elsewhere/', which the job does not write");
        assertThat(codes(rendered)).contains(Code.NBM510, Code.NBM510);
        assertThat(rendered.module()).isPresent();
    }

    @Test
    void theMigrationReportSaysWhatAReviewerNeeds() throws Exception {
        String report = sample().files().get("MIGRATION.md");

        assertThat(report).startsWith("# Migration report: notebooks/daily_site_covers.ipynb\n")
                .contains("| Readiness | **Needs review** |")
                .contains("| NBM001 | warning | cell 3, line 2 | sample finding for the report | sample suggestion |")
                .contains("The notebook ran on HDInsight with ANSI SQL mode off. The job sets spark.sql.ansi.enabled=false")
                .contains("Session time zone UTC, the HDInsight clusters' default")
                .contains("| csv | `wasbs://sales@acct.blob.core.windows.net/daily/` | `--input-path` | cell 2, line 4 |"
                        + " data/sales/daily/ (2 files) |")
                .contains("| table | `reference.sites` |  | cell 4, line 1 | given table in"
                        + " notebooks/daily_site_covers.expect.json |")
                .contains("| `--run-label` | String | required | cell 1, line 3 | Label written with the table rows |")
                .contains("| `--storage-key` | `storage-key` | secret | cell 1, line 4 |")
                .contains("checks its outputs against `notebooks/daily_site_covers.expect.json`")
                .contains("--min-covers out of range is refused");
    }

    @Test
    void clusterSettingsGoToTheJobClustersSparkConfAndSessionSettingsStayInTheCode() throws Exception {
        JobModel model = SampleJobs.dailySiteCovers(Target.DBR_16_4);
        JobModel configured = new JobModel(model.names(), model.title(), model.source(), model.target(),
                new TreeMap<>(Map.of("spark.driver.maxResultSize", "4g", "spark.executor.memory", "8g",
                        "spark.sql.shuffle.partitions", "64")),
                model.config(), model.sections(), model.imports(), model.inputs(), model.outputs(), model.diagnostics(),
                model.fields(), model.helpers(), model.cells());

        GeneratedModule module = new RenderFixture(dir).render(configured).module().orElseThrow();

        assertThat(module.files().get("databricks.yml")).contains("""
                            data_security_mode: SINGLE_USER
                            # Settings the notebook made that Spark takes only when the cluster starts.
                            spark_conf:
                              "spark.driver.maxResultSize": "4g"
                              "spark.executor.memory": "8g"
                """).doesNotContain("spark.sql.shuffle.partitions");
        assertThat(module.files().get(JOB)).contains("spark.sql.shuffle.partitions")
                .doesNotContain("maxResultSize").doesNotContain("spark.executor.memory");
        assertThat(module.files().get("MIGRATION.md")).contains("`spark.driver.maxResultSize` = `4g`, from the"
                + " notebook: Spark takes it only when the cluster starts");
    }

    @Test
    void aDatabricks164JobStatesAnsiAndBuildsWithTheSpark35Versions() throws Exception {
        JobModel model = SampleJobs.dailySiteCovers(Target.DBR_16_4);
        JobModel ansiOn = new JobModel(model.names(), model.title(), model.source(), model.target(),
                new TreeMap<>(Map.of("spark.sql.ansi.enabled", "true", "spark.sql.session.timeZone", "Europe/London")),
                model.config(), model.sections(), model.imports(), model.inputs(), model.outputs(), model.diagnostics(), model.fields(), model.helpers(), model.cells());

        GeneratedModule module = new RenderFixture(dir).render(ansiOn).module().orElseThrow();

        assertThat(module.files().get("databricks.yml")).contains("spark_version: 16.4.x-scala2.13")
                .contains("build: \"./mvnw -B -q package -DskipTests\"");
        assertThat(module.files().get(".mvn/maven.config")).isEqualTo("-Dnbmigrate.target=dbr-16.4\n");
        assertThat(module.files().get("README.md")).contains("`-Dnbmigrate.target=dbr-16.4`");
        assertThat(module.files().get(JOB)).contains("return SparkSettings.ansiOn(\"Europe/London\");");
        assertThat(module.files().get("MIGRATION.md"))
                .contains("The job sets spark.sql.ansi.enabled=true as the notebook did")
                .contains("Session time zone Europe/London, as the notebook set it.");
    }

    @Test
    void aSecretNeverGetsAValueOutsideTheTestsPlaceholder() throws Exception {
        GeneratedModule module = sample();

        module.files().forEach((path, text) -> {
            if (!path.equals(TEST)) {
                assertThat(text).as(path).doesNotContain(ModuleRenderer.SECRET_PLACEHOLDER);
            }
        });
        assertThat(module.files().get(CONFIG)).contains("@SecretRef(\"storage-key\")\n        Secret storageKey");
        assertThat(module.files().get("databricks.yml")).contains("--secret-scope=${var.secret_scope}")
                .doesNotContain("--storage-key");
    }

    @Test
    void theAggregatorListsItsModulesSortedAndIsNoParent() throws Exception {
        String pom = new RenderFixture(dir).renderer.renderAggregator(List.of("b-job", "a-job", "b-job"));

        assertThat(pom).contains("<artifactId>nbmigrate-generated</artifactId>\n  <version>0.1.0-SNAPSHOT</version>")
                .contains("<modules>\n    <module>a-job</module>\n    <module>b-job</module>\n  </modules>")
                .doesNotContain("<parent>").doesNotContain("relativePath");
    }

    private static JobModel withBody(JobModel model, String method, String body) {
        List<JobSection> sections = model.sections().stream().map(s -> !s.methodName().equals(method) ? s
                : new JobSection(s.title(), s.methodName(), s.cells(), s.parameters(), s.returnType(), s.returnName(),
                        body)).toList();
        return new JobModel(model.names(), model.title(), model.source(), model.target(), model.sparkConf(),
                model.config(), sections, model.imports(), model.inputs(), model.outputs(), model.diagnostics(), model.fields(), model.helpers(), model.cells());
    }

    private static JobModel withConfig(JobModel model, String name, java.util.function.UnaryOperator<ConfigField> change) {
        List<ConfigField> config = model.config().stream().map(f -> f.name().equals(name) ? change.apply(f) : f).toList();
        return new JobModel(model.names(), model.title(), model.source(), model.target(), model.sparkConf(), config,
                model.sections(), model.imports(), model.inputs(), model.outputs(), model.diagnostics(), model.fields(), model.helpers(), model.cells());
    }

    private static JobModel withTitle(JobModel model, String title) {
        return new JobModel(model.names(), title, model.source(), model.target(), model.sparkConf(), model.config(),
                model.sections(), model.imports(), model.inputs(), model.outputs(), model.diagnostics(), model.fields(), model.helpers(), model.cells());
    }
}
