package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.JobSection;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.testing.FakeTranslator;
import dev.nbmigrate.converter.testing.SampleJobs;
import dev.nbmigrate.converter.translate.Translators;

/** {@code nbmigrate convert} in a copy of the sample project, with hand-built job models for translation. */
class ConvertCommandTest {

    @TempDir
    Path project;

    private FakeTranslator translator;

    @BeforeEach
    void sampleProject() {
        SampleJobs.copySampleProject(project);
        translator = new FakeTranslator().with(SampleJobs.NOTEBOOK, SampleJobs::dailySiteCovers);
    }

    private CliRunner.Run convert(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "convert";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRunner.run(project, translator, all);
    }

    private SortedMap<String, String> tree(Path root) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    @Test
    void twoJobsWritingTheSameDataAreALineageFinding() throws IOException {
        String other = "notebooks/other_site_covers.ipynb";
        translator.with(other, t -> SampleJobs.renamed(SampleJobs.dailySiteCovers(t), other));

        CliRunner.Run run = convert(SampleJobs.NOTEBOOK, other);

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.out()).contains("portfolio   generated/portfolio: multi-task job, Data Factory pipeline, CI/CD"
                + " pipelines, monitoring queries (4 lineage findings)")
                .contains("    NBM320 warning at notebooks/daily_site_covers.ipynb: 'reporting.site_covers' is written"
                        + " by jobs daily-site-covers, other-site-covers");
        assertThat(Files.readString(project.resolve("generated/portfolio/README.md"))).contains("NBM320");
    }

    @Test
    void writesTheModuleAndTheAggregatorAndSaysSo() throws IOException {
        CliRunner.Run run = convert(SampleJobs.NOTEBOOK);

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.out()).isEqualTo("""
                written     notebooks/daily_site_covers.ipynb -> daily-site-covers 1.0.0 (0 errors, 1 warnings, 0 infos)
                1 notebooks: 1 written, 0 not written, 0 rejected
                portfolio   generated/portfolio: multi-task job, Data Factory pipeline, CI/CD pipelines, monitoring queries (0 lineage findings)
                """);
        Path module = project.resolve("generated/daily-site-covers");
        assertThat(project.resolve("generated/portfolio")).isDirectoryContaining("glob:**/databricks.yml")
                .isDirectoryContaining("glob:**/adf-pipeline.json").isDirectoryContaining("glob:**/environments.properties");
        assertThat(Files.readString(module.resolve("databricks.yml"))).as("targets from the environments file")
                .contains("  uat:\n    mode: production\n", "storage_account: nbmigratelakeuat",
                        "--storage-account=${var.storage_account}");
        assertThat(module.resolve("src/main/java/dev/nbmigrate/jobs/dailysitecovers/DailySiteCoversJob.java")).isRegularFile();
        assertThat(module.resolve("src/test/resources/lake/sales/daily/2024-01-01.csv")).isRegularFile();
        assertThat(Files.readString(project.resolve("generated/pom.xml")))
                .contains("<module>daily-site-covers</module>").doesNotContain("<parent>");
        assertThat(Files.readString(module.resolve("migration.json")))
                .contains("\"path\": \"notebooks/daily_site_covers.ipynb\"")
                .contains("\"expectations\": \"notebooks/daily_site_covers.expect.json\"")
                .contains("\"dataRoot\": \"data\"");
    }

    @Test
    void sameInputsGiveTheSameBytesAndKeepTheVersion() throws IOException {
        convert(SampleJobs.NOTEBOOK);
        SortedMap<String, String> first = tree(project.resolve("generated"));
        CliRunner.Run again = convert(SampleJobs.NOTEBOOK);
        assertThat(again.out()).contains("daily-site-covers 1.0.0");
        assertThat(tree(project.resolve("generated"))).isEqualTo(first);

        Scratch.delete(project.resolve("generated"));
        convert(SampleJobs.NOTEBOOK);
        assertThat(tree(project.resolve("generated"))).isEqualTo(first);
    }

    @Test
    void aContentChangeBumpsThePatchVersion() throws IOException {
        convert(SampleJobs.NOTEBOOK);
        translator.with(SampleJobs.NOTEBOOK, t -> withShufflePartitions(SampleJobs.dailySiteCovers(t), "8"));

        CliRunner.Run run = convert(SampleJobs.NOTEBOOK);

        assertThat(run.out()).contains("daily-site-covers 1.0.1");
        Path module = project.resolve("generated/daily-site-covers");
        assertThat(Files.readString(module.resolve("pom.xml"))).contains("<version>1.0.1</version>");
        assertThat(Files.readString(module.resolve("databricks.yml"))).contains("daily-site-covers-1.0.1.jar");
    }

    @Test
    void errorFindingsAreReportedButExitOneOnlyAtTheFailOnThreshold() {
        translator.with(SampleJobs.NOTEBOOK, t -> withDiagnostic(SampleJobs.dailySiteCovers(t),
                Diagnostic.of(Code.NBM203, Location.of(SampleJobs.NOTEBOOK, 4, 1), "rdd.map is not translated")));

        CliRunner.Run partial = convert(SampleJobs.NOTEBOOK);
        assertThat(partial.exit()).as(partial.all()).isEqualTo(ExitCodes.OK);
        assertThat(partial.out()).contains("daily-site-covers 1.0.0 (1 errors, 1 warnings, 0 infos)")
                .contains("NBM203 error at notebooks/daily_site_covers.ipynb, cell 4");

        assertThat(convert(SampleJobs.NOTEBOOK, "--fail-on", "error").exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(convert(SampleJobs.NOTEBOOK, "--fail-on", "warning").exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(convert(SampleJobs.NOTEBOOK, "--fail-on", "never").exit()).isEqualTo(ExitCodes.OK);
        CliRunner.Run bad = convert(SampleJobs.NOTEBOOK, "--fail-on", "sometimes");
        assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("Invalid value for option '--fail-on'").doesNotContain("\tat ");
    }

    @Test
    void jsonFormatGivesToolsEveryOutcomeAndFinding() throws IOException {
        translator.with(SampleJobs.NOTEBOOK, t -> withDiagnostic(SampleJobs.dailySiteCovers(t),
                Diagnostic.of(Code.NBM203, Location.of(SampleJobs.NOTEBOOK, 4, 1), "rdd.map is not translated")));

        CliRunner.Run run = convert(SampleJobs.NOTEBOOK, "--format", "json", "--fail-on", "error");

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.FAILED);
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(root.path("schema").asText()).isEqualTo("nbmigrate-convert/1");
        assertThat(root.path("totals").path("written").asInt()).isEqualTo(1);
        assertThat(root.path("totals").path("exitCode").asInt()).isEqualTo(ExitCodes.FAILED);
        var notebook = root.path("notebooks").get(0);
        assertThat(notebook.path("module").asText()).isEqualTo("daily-site-covers");
        assertThat(notebook.path("outcome").asText()).isEqualTo("written");
        assertThat(notebook.path("findings").path("error").asInt()).isEqualTo(1);
        assertThat(notebook.path("diagnostics")).anySatisfy(d -> {
            assertThat(d.path("code").asText()).isEqualTo("NBM203");
            assertThat(d.path("cell").asInt()).isEqualTo(4);
            assertThat(d.path("suggestion").asText()).isNotEmpty();
        });
        assertThat(run.out()).doesNotContain("written     ");
        assertThat(convert(SampleJobs.NOTEBOOK, "--format", "json").out()).isEqualTo(convert(SampleJobs.NOTEBOOK,
                "--format", "json").out());
        CliRunner.Run bad = convert(SampleJobs.NOTEBOOK, "--format", "xml");
        assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("--format must be text or json, not xml");
    }

    @Test
    void shellCompletionCoversTheCommands() {
        CliRunner.Run run = CliRunner.run(project, translator, "generate-completion");
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("complete -F").contains("convert").contains("--timeout-per-notebook")
                .contains("--format");
    }

    @Test
    void warningsFailOnlyAtTheWarningThreshold() {
        assertThat(convert(SampleJobs.NOTEBOOK, "--fail-on", "error").exit()).isEqualTo(ExitCodes.OK);
        assertThat(convert(SampleJobs.NOTEBOOK, "--fail-on", "warning").exit()).isEqualTo(ExitCodes.FAILED);
    }

    @Test
    void targetDbr164BuildsWithTheSpark35VersionsSelectedInTheModuleItself() throws IOException {
        CliRunner.Run run = convert(SampleJobs.NOTEBOOK, "--target", "dbr-16.4");

        assertThat(run.exit()).isZero();
        Path module = project.resolve("generated/daily-site-covers");
        assertThat(Files.readString(module.resolve("databricks.yml")))
                .contains("spark_version: 16.4.x-scala2.13")
                .contains("build: \"./mvnw -B -q package -DskipTests\"");
        assertThat(module.resolve(".mvn/maven.config")).hasContent("-Dnbmigrate.target=dbr-16.4");
        assertThat(Files.readString(module.resolve("migration.json"))).contains("\"target\": \"dbr-16.4\"");
        assertThat(convert(SampleJobs.NOTEBOOK, "--target", "dbr-9.1").exit()).isEqualTo(2);
        assertThat(convert(SampleJobs.NOTEBOOK).exit()).isZero();
        assertThat(module.resolve(".mvn/maven.config")).as("the default target needs no option").doesNotExist();
    }

    @Test
    void outWritesTheSameStandaloneModuleOutsideTheProject() throws IOException {
        assertThat(convert(SampleJobs.NOTEBOOK).exit()).isZero();
        // a sibling of the temporary project, named after it so that no other run shares it; removed at the end
        String elsewhere = project.getFileName() + "-elsewhere";
        Path outsideDir = project.resolveSibling(elsewhere);
        try {
            CliRunner.Run outside = convert(SampleJobs.NOTEBOOK, "--out", "../" + elsewhere);

            assertThat(outside.exit()).as(outside.all()).isZero();
            Path inside = project.resolve("generated/daily-site-covers");
            Path there = outsideDir.resolve("daily-site-covers");
            SortedMap<String, String> insideFiles = texts(inside);
            assertThat(texts(there)).as("a module does not depend on where it is written").isEqualTo(insideFiles);
            assertThat(there.resolve("mvnw")).isExecutable();
            assertThat(insideFiles.get("pom.xml")).doesNotContain("<parent>").doesNotContain("relativePath")
                    .contains("<artifactId>nbmigrate-bom</artifactId>").contains("<scope>import</scope>");
            assertThat(Files.readString(outsideDir.resolve("pom.xml")))
                    .contains("<module>daily-site-covers</module>").doesNotContain("<parent>");
            assertThat(outsideDir.resolve("mvnw")).as("the folder builds with ./mvnw at its top, as its CI pipelines do")
                    .isExecutable();
            assertThat(outsideDir.resolve(".mvn/wrapper/maven-wrapper.properties"))
                    .hasSameTextualContentAs(there.resolve(".mvn/wrapper/maven-wrapper.properties"));
            assertThat(project.resolve("generated/mvnw")).as("inside the project, the project's wrapper serves")
                    .doesNotExist();
            CliRunner.Run check = CliRunner.run(project, translator,
                    "check", "--out", "../" + elsewhere);
            assertThat(check.exit()).as(check.all()).isZero();
            insideFiles.forEach((path, text) -> assertThat(text).as(path).doesNotContain(project.toString()));
            CliRunner.Run root = convert(SampleJobs.NOTEBOOK, "--out", ".");
            assertThat(root.exit()).isEqualTo(2);
            assertThat(root.err()).contains("--out . is the project folder itself");
        } finally {
            if (Files.exists(outsideDir)) {
                try (Stream<Path> walk = Files.walk(outsideDir)) {
                    for (Path file : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    private static SortedMap<String, String> texts(Path module) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(module)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(module.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    @Test
    void anUnreadableNotebookStopsOnlyItself() throws IOException {
        Files.writeString(project.resolve("notebooks/broken.ipynb"), "{ not json");

        CliRunner.Run run = convert("notebooks/broken.ipynb", SampleJobs.NOTEBOOK);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("rejected    notebooks/broken.ipynb: NBM001 unreadable notebook:"
                + " notebooks/broken.ipynb is not a notebook")
                .contains("1 written, 0 not written, 1 rejected");
        assertThat(project.resolve("generated/daily-site-covers/pom.xml")).isRegularFile();
    }

    @Test
    void twoNotebooksMakingOneModuleAreAnErrorNamingBothAndNothingIsOverwritten() throws IOException {
        String twin = "other/daily_site_covers.ipynb";
        translator.with(twin, t -> SampleJobs.renamed(SampleJobs.dailySiteCovers(t), twin));

        CliRunner.Run run = convert(SampleJobs.NOTEBOOK, twin);

        assertThat(run.out()).contains("rejected    other/daily_site_covers.ipynb: other/daily_site_covers.ipynb and"
                + " notebooks/daily_site_covers.ipynb both make module 'daily-site-covers'")
                .contains("    NBM020 error at other/daily_site_covers.ipynb: ")
                .contains("1 written, 0 not written, 1 rejected");
        assertThat(Files.readString(project.resolve("generated/daily-site-covers/migration.json")))
                .contains("\"path\": \"notebooks/daily_site_covers.ipynb\"");

        CliRunner.Run later = convert(twin);

        assertThat(later.out()).contains("rejected    other/daily_site_covers.ipynb: other/daily_site_covers.ipynb and"
                + " notebooks/daily_site_covers.ipynb both make module 'daily-site-covers'");
        assertThat(Files.readString(project.resolve("generated/daily-site-covers/migration.json")))
                .contains("\"path\": \"notebooks/daily_site_covers.ipynb\"");
    }

    @Test
    void aNotebookTheConverterFailsOnStopsOnlyItself() {
        String crashing = "notebooks/crashing.ipynb";
        translator.with(crashing, t -> {
            throw new IllegalStateException("boom");
        });

        CliRunner.Run run = convert(crashing, SampleJobs.NOTEBOOK);

        assertThat(run.out()).contains("rejected    notebooks/crashing.ipynb: translating notebooks/crashing.ipynb"
                + " failed: java.lang.IllegalStateException: boom")
                .contains("    NBM512 error at notebooks/crashing.ipynb: ")
                .contains("1 written, 0 not written, 1 rejected");
    }

    @Test
    void aPlainFileWhereTheModuleGoesIsAnErrorFindingAndIsNeverReplaced() throws IOException {
        Files.createDirectories(project.resolve("generated"));
        Files.writeString(project.resolve("generated/daily-site-covers"), "someone's notes\n");

        CliRunner.Run run = convert(SampleJobs.NOTEBOOK);

        assertThat(run.out()).as(run.all()).contains("    NBM022 error at notebooks/daily_site_covers.ipynb: cannot write"
                + " module daily-site-covers: generated/daily-site-covers is a file, not a module folder")
                .contains("not written notebooks/daily_site_covers.ipynb -> daily-site-covers: cannot write module"
                        + " daily-site-covers: generated/daily-site-covers is a file, not a module folder")
                .contains("0 written, 1 not written, 0 rejected");
        assertThat(Files.readString(project.resolve("generated/daily-site-covers"))).isEqualTo("someone's notes\n");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theNextRunRecoversWhatAKilledRunLeftBeforeAnythingElse() throws IOException {
        assertThat(convert(SampleJobs.NOTEBOOK).exit()).isZero();
        Path out = project.resolve("generated");
        SortedMap<String, String> before = tree(out.resolve("daily-site-covers"));
        // A run killed between moving the old module aside and moving the new one in, with its staging folder
        // and the aggregator's temporary file.
        Files.move(out.resolve("daily-site-covers"), out.resolve(".nbmigrate-previous-daily-site-covers"));
        Files.createDirectories(out.resolve(".nbmigrate-staging-daily-site-covers/src"));
        Files.writeString(out.resolve(".nbmigrate-staging-daily-site-covers/pom.xml"), "<half");
        Files.writeString(out.resolve(".nbmigrate-staging-pom.xml"), "<half");

        // The next run converts nothing that makes this module (an unreadable notebook), yet restores it.
        CliRunner.Run run = convert("notebooks/broken.ipynb");

        assertThat(run.exit()).as(run.all()).isEqualTo(2);
        assertThat(tree(out.resolve("daily-site-covers"))).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
        assertThat(Files.readString(out.resolve("pom.xml"))).contains("<module>daily-site-covers</module>");
    }

    @Test
    void theAggregatorListsTheModulesWrittenBeforeTheBatchCrashed() throws IOException {
        String crashing = "notebooks/crashing.ipynb";
        translator.with(crashing, t -> {
            throw new InternalError("the JVM is unwell");
        });

        // An Error is not a notebook's failure: it ends the batch (the CLI reports it as an internal error).
        assertThatThrownBy(() -> convert(SampleJobs.NOTEBOOK, crashing)).isInstanceOf(InternalError.class);

        assertThat(Files.readString(project.resolve("generated/pom.xml"))).contains("<module>daily-site-covers</module>");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aNotebookOverTheTimeLimitIsReportedAndTheBatchGoesOn() throws InterruptedException {
        String blocking = "notebooks/blocking.ipynb";
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        translator.with(blocking, t -> {
            started.countDown();
            // A translation that never ends, and ignores interrupts: it can only be abandoned.
            while (true) {
                try {
                    release.await();
                    throw new IllegalStateException("released");
                } catch (InterruptedException ignored) {
                    // keep blocking
                }
            }
        });
        try {
            long start = System.nanoTime();
            CliRunner.Run run = convert("--timeout-per-notebook", "1", blocking, SampleJobs.NOTEBOOK);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;

            assertThat(started.await(0, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(run.out()).as(run.all()).contains("rejected    notebooks/blocking.ipynb: translating"
                    + " notebooks/blocking.ipynb took longer than 1 s (--timeout-per-notebook); it was abandoned")
                    .contains("    NBM514 error at notebooks/blocking.ipynb: ")
                    .contains("written     notebooks/daily_site_covers.ipynb -> daily-site-covers")
                    .contains("1 written, 0 not written, 1 rejected");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(seconds).isLessThan(60);
        } finally {
            release.countDown();
        }
    }

    @Test
    void aTimeLimitThatIsNotPositiveIsBadUsage() {
        CliRunner.Run run = convert("--timeout-per-notebook", "0", SampleJobs.NOTEBOOK);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--timeout-per-notebook must be a positive number of seconds, not 0");
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> entries = Files.list(project.resolve("generated"))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void aNotebookWithAVeryLongNameMakesAShortStableModule() throws IOException {
        String longName = "notebooks/Azure-Samples__modern-data-warehouse-dataops__archive__e2e_samples__parking"
                + "_sensors_synapse__synapse__notebook__02_standardize.ipynb";
        translator.with(longName, t -> SampleJobs.renamed(SampleJobs.dailySiteCovers(t), longName));

        CliRunner.Run run = convert(longName);

        String module = run.out().replaceAll("(?s).*-> (\\S+) 1\\.0\\.0.*", "$1");
        assertThat(module).matches("azure-samples-modern-data-warehouse-[0-9a-f]{8}");
        assertThat(project.resolve("generated/" + module + "/pom.xml")).isRegularFile();
        assertThat(convert(longName).out()).contains("-> " + module + " 1.0.0");
    }

    @Test
    void javaThatDoesNotCompileKeepsThePreviousModuleAndNamesTheCell() throws IOException {
        convert(SampleJobs.NOTEBOOK);
        Path job = project.resolve("generated/daily-site-covers/src/main/java/dev/nbmigrate/jobs/dailysitecovers/DailySiteCoversJob.java");
        String before = Files.readString(job);
        translator.with(SampleJobs.NOTEBOOK, t -> withSectionBody(SampleJobs.dailySiteCovers(t), "coversPerSite", """
                // cell 4
                Dataset<Row> sites = ctx.spark().table("reference.sites");
                return sales.groupBy("site_id").agg(sum("covers").as("total_covers")).joinn(sites, "site_id");
                """));

        CliRunner.Run run = convert(SampleJobs.NOTEBOOK);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("not written notebooks/daily_site_covers.ipynb -> daily-site-covers")
                .contains("NBM502 error at notebooks/daily_site_covers.ipynb, cell 4: DailySiteCoversJob.java line")
                .contains("cannot find symbol")
                .contains("(generated line: return sales.groupBy(\"site_id\").agg(sum(\"covers\").as(\"total_covers\")).joinn(sites, \"site_id\");)");
        assertThat(Files.readString(job)).isEqualTo(before);
    }

    @Test
    void aBrokenUserTemplateStopsTheBatchNamingTemplateAndLine() throws IOException {
        Path templates = Files.createDirectories(project.resolve("my-templates"));
        Files.writeString(templates.resolve("README.md.ftl"), "# ${module.name}\n\n<#if>\n");

        CliRunner.Run run = convert(SampleJobs.NOTEBOOK, "--templates", "my-templates");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("template " + templates.resolve("README.md.ftl") + ", line 3");
        assertThat(project.resolve("generated/daily-site-covers")).doesNotExist();
    }

    @Test
    void aUserTemplateOverridesOneFileOnly() throws IOException {
        Path templates = Files.createDirectories(project.resolve("my-templates"));
        Files.writeString(templates.resolve("README.md.ftl"), "# ${module.name} (our template)\n");

        assertThat(convert(SampleJobs.NOTEBOOK, "--templates", "my-templates").exit()).isZero();

        Path module = project.resolve("generated/daily-site-covers");
        assertThat(Files.readString(module.resolve("README.md"))).isEqualTo("# daily-site-covers (our template)\n");
        assertThat(Files.readString(module.resolve("MIGRATION.md"))).startsWith("# Migration report");
    }

    @Test
    void aBadExpectationsFileRejectsTheNotebookNamingTheJsonPath() throws IOException {
        Path expectations = project.resolve("notebooks/daily_site_covers.expect.json");
        Files.writeString(expectations, Files.readString(expectations).replace("\"rowCount\": 2", "\"rowCont\": 2"));

        CliRunner.Run run = convert(SampleJobs.NOTEBOOK);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("rejected    notebooks/daily_site_covers.ipynb: notebooks/daily_site_covers"
                + ".expect.json: outputs[0]: unknown field 'rowCont'");
    }

    @Test
    void aBadExpectationsFileIsReportedAsNbm511() throws IOException {
        Path expectations = project.resolve("notebooks/daily_site_covers.expect.json");
        Files.writeString(expectations, "{ not json");

        CliRunner.Run run = convert(SampleJobs.NOTEBOOK, "--format", "json");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("\"NBM511\"");
    }

    @Test
    void aBadEnvironmentsFileStopsTheConversionWithNbm322() throws IOException {
        convert(SampleJobs.NOTEBOOK);
        Path environments = project.resolve("generated/portfolio/environments.properties");
        Files.writeString(environments, Files.readString(environments) + "qa.workers = 1\n");

        CliRunner.Run run = convert(SampleJobs.NOTEBOOK);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out() + run.err()).contains("NBM322").contains("unknown key 'qa.workers'");
    }

    @Test
    void theRegisteredTranslatorReadsTheNotebookItself() {
        // The sample project's notebook is a stand-in the fake translators accept; the real one reads the file.
        CliRunner.Run registered = runWithRegisteredTranslator("convert", SampleJobs.NOTEBOOK);
        assertThat(registered.exit()).isEqualTo(2);
        assertThat(registered.out()).contains("rejected    " + SampleJobs.NOTEBOOK + ": NBM001 unreadable notebook: "
                + SampleJobs.NOTEBOOK + ": not a Jupyter notebook");
    }

    private CliRunner.Run runWithRegisteredTranslator(String... args) {
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        var cli = NbmigrateCli.commandLine(new CliContext(project, () -> Translators.load(getClass().getClassLoader())));
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        return new CliRunner.Run(cli.execute(args), out.toString(), err.toString());
    }

    private static JobModel withShufflePartitions(JobModel model, String partitions) {
        return new JobModel(model.names(), model.title(), model.source(), model.target(),
                new TreeMap<>(Map.of("spark.sql.shuffle.partitions", partitions)), model.config(), model.sections(),
                model.imports(), model.inputs(), model.outputs(), model.diagnostics(), model.fields(), model.helpers(), model.cells());
    }

    private static JobModel withDiagnostic(JobModel model, Diagnostic finding) {
        List<Diagnostic> diagnostics = new java.util.ArrayList<>(model.diagnostics());
        diagnostics.add(finding);
        return new JobModel(model.names(), model.title(), model.source(), model.target(), model.sparkConf(),
                model.config(), model.sections(), model.imports(), model.inputs(), model.outputs(), diagnostics, List.of(), List.of(), List.of());
    }

    static JobModel withSectionBody(JobModel model, String method, String body) {
        List<JobSection> sections = model.sections().stream().map(s -> !s.methodName().equals(method) ? s
                : new JobSection(s.title(), s.methodName(), s.cells(), s.parameters(), s.returnType(), s.returnName(),
                        body)).toList();
        return new JobModel(model.names(), model.title(), model.source(), model.target(), model.sparkConf(),
                model.config(), sections, model.imports(), model.inputs(), model.outputs(), model.diagnostics(), model.fields(), model.helpers(), model.cells());
    }
}
