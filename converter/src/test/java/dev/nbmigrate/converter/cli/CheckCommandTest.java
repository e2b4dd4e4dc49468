package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.testing.FakeTranslator;
import dev.nbmigrate.converter.testing.SampleJobs;

/** {@code nbmigrate check}: the committed output against a fresh regeneration. */
class CheckCommandTest {

    @TempDir
    Path project;

    private FakeTranslator translator;

    @BeforeEach
    void convertedSampleProject() {
        SampleJobs.copySampleProject(project);
        translator = new FakeTranslator().with(SampleJobs.NOTEBOOK, SampleJobs::dailySiteCovers);
        assertThat(CliRunner.run(project, translator, "convert", SampleJobs.NOTEBOOK).exit()).isZero();
    }

    @Test
    void freshOutputIsUpToDateAndBuildOutputIsIgnored() throws IOException {
        Files.createDirectories(project.resolve("generated/daily-site-covers/target/classes"));
        Files.writeString(project.resolve("generated/daily-site-covers/target/classes/x.txt"), "build output");

        CliRunner.Run run = CliRunner.run(project, translator, "check");

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.out()).isEqualTo("generated is up to date (1 modules)\n");
    }

    @Test
    void jsonSaysUpToDateWithTheModulesRegenerated() throws IOException {
        CliRunner.Run run = CliRunner.run(project, translator, "check", "--format", "json");

        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.path("schema").asText()).isEqualTo("nbmigrate-check/1");
        assertThat(report.path("out").asText()).isEqualTo("generated");
        assertThat(report.path("upToDate").asBoolean()).isTrue();
        assertThat(report.path("exitCode").asInt()).isZero();
        assertThat(report.path("modules")).hasSize(1);
        assertThat(report.path("modules").get(0).path("module").asText()).isEqualTo("daily-site-covers");
        assertThat(report.path("modules").get(0).path("notebook").asText()).isEqualTo(SampleJobs.NOTEBOOK);
        assertThat(report.path("differences")).isEmpty();
        assertThat(report.path("problems")).isEmpty();
        assertThat(CliRunner.run(project, translator, "check", "--format", "json").out()).as("same bytes")
                .isEqualTo(run.out());
    }

    @Test
    void jsonListsEachDifferingFileWithItsChangeAndDiff() throws IOException {
        Path module = project.resolve("generated/daily-site-covers");
        Files.delete(module.resolve("README.md"));
        Files.writeString(module.resolve("pom.xml"), Files.readString(module.resolve("pom.xml")) + "<!-- edited -->\n");

        CliRunner.Run run = CliRunner.run(project, translator, "check", "--format", "json");

        assertThat(run.exit()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.path("upToDate").asBoolean()).isFalse();
        assertThat(report.path("exitCode").asInt()).isEqualTo(1);
        assertThat(report.path("differences").findValuesAsText("path"))
                .containsExactly("daily-site-covers/README.md", "daily-site-covers/pom.xml");
        assertThat(report.path("differences").findValuesAsText("change")).containsExactly("added", "changed");
        assertThat(report.path("differences").get(1).path("diff").asText()).contains("-<!-- edited -->");
        assertThat(CliRunner.run(project, translator, "check", "--format", "yaml").err())
                .contains("--format must be text or json, not yaml");
    }

    @Test
    void anEditedFileFailsWithAUnifiedDiff() throws IOException {
        Path job = project.resolve("generated/daily-site-covers/src/main/java/dev/nbmigrate/jobs/dailysitecovers/DailySiteCoversJob.java");
        Files.writeString(job, Files.readString(job).replace("\"spark.sql.shuffle.partitions\", \"4\"",
                "\"spark.sql.shuffle.partitions\", \"400\""));

        CliRunner.Run run = CliRunner.run(project, translator, "check");

        assertThat(run.exit()).isEqualTo(1);
        String path = "daily-site-covers/src/main/java/dev/nbmigrate/jobs/dailysitecovers/DailySiteCoversJob.java";
        assertThat(run.out()).contains("--- a/" + path + "\n+++ b/" + path + "\n@@ ")
                .containsPattern("\n-\\s+.*\\.with\\(\"spark\\.sql\\.shuffle\\.partitions\", \"400\"\\);\n"
                        + "\\+\\s+.*\\.with\\(\"spark\\.sql\\.shuffle\\.partitions\", \"4\"\\);\n")
                .contains("generated differs from what the converter makes now (1 files)");
    }

    @Test
    void thePortfolioIsCheckedAndAnEditedEnvironmentsFileMakesTheBundlesStale() throws IOException {
        Path portfolio = project.resolve("generated/portfolio");
        Files.createDirectories(portfolio.resolve("jars"));
        Files.writeString(portfolio.resolve("jars/daily-site-covers-1.0.0.jar"), "collected build output");
        assertThat(CliRunner.run(project, translator, "check").exit()).as("collected jars are build output").isZero();

        Path kql = portfolio.resolve("monitoring.kql");
        Files.writeString(kql, Files.readString(kql).replace("ago(7d)", "ago(70d)"));
        CliRunner.Run edited = CliRunner.run(project, translator, "check");
        assertThat(edited.exit()).isEqualTo(1);
        assertThat(edited.out()).contains("--- a/portfolio/monitoring.kql\n+++ b/portfolio/monitoring.kql\n");

        assertThat(CliRunner.run(project, translator, "convert", SampleJobs.NOTEBOOK).exit()).isZero();
        Path environments = portfolio.resolve("environments.properties");
        Files.writeString(environments, Files.readString(environments).replace("uat.workers = 2", "uat.workers = 3"));
        CliRunner.Run stale = CliRunner.run(project, translator, "check");
        assertThat(stale.exit()).isEqualTo(1);
        assertThat(stale.out()).contains("+++ b/daily-site-covers/databricks.yml", "+      cluster_workers: 3",
                "+++ b/portfolio/databricks.yml").doesNotContain("b/portfolio/environments.properties");
    }

    @Test
    void aNotebookChangeAndAMissingFileAndAStrayFileAreDifferences() throws IOException {
        translator.with(SampleJobs.NOTEBOOK, t -> ConvertCommandTest.withSectionBody(SampleJobs.dailySiteCovers(t),
                "writeOutputs", """
                // cell 5
                totals.write().mode("overwrite").parquet(ctx.path("wasbs://curated@acct.blob.core.windows.net/site_covers/"));
                // cell 6
                totals.withColumn("label", lit(config.runLabel())).write().mode("overwrite").saveAsTable("reporting.site_covers");
                """));
        Files.delete(project.resolve("generated/daily-site-covers/README.md"));
        Files.writeString(project.resolve("generated/daily-site-covers/NOTES.md"), "hand-written\n");

        CliRunner.Run run = CliRunner.run(project, translator, "check");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("--- /dev/null\n+++ b/daily-site-covers/README.md")
                .contains("--- a/daily-site-covers/NOTES.md\n+++ /dev/null")
                .contains("-        ctx.spark().sql(\"CREATE DATABASE IF NOT EXISTS reporting\");")
                .contains("+++ b/daily-site-covers/migration.json")
                .contains("-    <version>1.0.0</version>".replace("    <version>", "  <version>"));
    }

    @Test
    void missingAndHalfWrittenModulesAndInterruptedWritesAreNamed() throws IOException {
        String other = "notebooks/other_site_covers.ipynb";
        translator.with(other, t -> SampleJobs.renamed(SampleJobs.dailySiteCovers(t), other));
        assertThat(CliRunner.run(project, translator, "convert", SampleJobs.NOTEBOOK, other).exit()).isZero();
        Path out = project.resolve("generated");
        Files.delete(out.resolve("other-site-covers/pom.xml"));
        Files.createDirectories(out.resolve(".nbmigrate-staging-daily-site-covers"));

        CliRunner.Run run = CliRunner.run(project, translator, "check");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("nbmigrate check: other-site-covers: listed in generated/pom.xml but"
                + " half-written (no pom.xml)")
                .contains("nbmigrate check: generated/.nbmigrate-staging-daily-site-covers: left by an interrupted"
                        + " convert");

        ModuleWriterAccess.delete(out.resolve("other-site-covers"));
        Files.delete(out.resolve("daily-site-covers/pom.xml"));

        CliRunner.Run missing = CliRunner.run(project, translator, "check");

        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nbmigrate check: other-site-covers: listed in generated/pom.xml but missing")
                .contains("nbmigrate check: daily-site-covers: listed in generated/pom.xml but half-written");
    }

    /** Deletes a folder tree. */
    private static final class ModuleWriterAccess {
        static void delete(Path dir) throws IOException {
            dev.nbmigrate.converter.write.ModuleWriter.deleteRecursively(dir);
        }
    }

    @Test
    void anEmptyOutputFolderIsBadUsage() {
        CliRunner.Run run = CliRunner.run(project, translator, "check", "--out", "nothing-here");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("nothing-here holds no generated modules");
    }
}
