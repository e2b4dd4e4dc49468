package dev.nbmigrate.converter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.model.CellRecord;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.JobSection;
import dev.nbmigrate.converter.model.JobStep;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.testing.SampleJobs;

/** A step javac refuses becomes a failing placeholder; the module is still written and compiles. */
class StepRepairTest {

    private static final String NB = SampleJobs.NOTEBOOK;

    @TempDir
    Path dir;

    /** The sample job with its last section replaced by {@code body} and {@code steps}. */
    private static JobModel withLastSection(String body, List<JobStep> steps) {
        JobModel model = SampleJobs.dailySiteCovers(Target.DBR_17_3);
        List<JobSection> sections = new ArrayList<>(model.sections());
        JobSection last = sections.get(sections.size() - 1);
        sections.set(sections.size() - 1, last.withBody(body, steps));
        return new JobModel(model.names(), model.title(), model.source(), model.target(), model.sparkConf(),
                model.config(), sections, model.imports(), model.inputs(), model.outputs(), model.diagnostics(), model.fields(), model.helpers(), model.cells());
    }

    private static JobStep step(int first, int count, int cell, int line, String python, String... declarations) {
        return new JobStep(first, count, Location.of(NB, cell, line), List.of(python), List.of(declarations), false);
    }

    @Test
    void aStepThatDoesNotCompileBecomesAFailingPlaceholderAndTheRestIsKept() throws Exception {
        JobModel model = withLastSection("""
                // cell 5
                Object shown = totals.show();
                totals.write().mode("overwrite").parquet(ctx.path("wasbs://curated@acct.blob.core.windows.net/site_covers/"));
                // cell 6
                ctx.spark().sql("CREATE DATABASE IF NOT EXISTS reporting");
                totals.withColumn("label", lit(String.valueOf(shown)))
                        .write().mode("overwrite").saveAsTable("reporting.site_covers");
                """, List.of(step(0, 1, 5, 1, "shown = totals.show()", "Object shown"),
                step(1, 1, 5, 2, "totals.write.parquet(OUT)"), step(2, 1, 6, 1, "spark.sql(...)"),
                step(3, 1, 6, 2, "totals.withColumn(...).write.saveAsTable(...)")));

        RenderedModule rendered = new RenderFixture(dir).render(model);

        assertThat(rendered.module()).isPresent();
        assertThat(rendered.diagnostics()).noneMatch(d -> d.code() == Code.NBM502);
        Diagnostic refused = rendered.diagnostics().stream().filter(d -> d.code() == Code.NBM513).findFirst()
                .orElseThrow();
        assertThat(refused.location()).isEqualTo(Location.of(NB, 5, 1));
        assertThat(refused.message()).startsWith("the generated Java did not compile: incompatible types: void")
                .contains("(generated line: Object shown = totals.show();)");
        assertThat(rendered.diagnostics()).filteredOn(d -> d.code() == Code.NBM513).hasSize(1);
        String job = rendered.module().get().files().get(
                "src/main/java/dev/nbmigrate/jobs/dailysitecovers/DailySiteCoversJob.java");
        assertThat(job).contains("        // TODO(NBM513): the generated Java did not compile: incompatible types: void cannot"
                        + " be converted to\n"
                        + "        // java.lang.Object\n"
                        + "        handPorts.cell5Line1(ctx, config, totals);\n"
                        + "        //   shown = totals.show()\n"
                        + "        Object shown = null;\n"
                        + "        totals.write().mode(\"overwrite\")")
                .contains("import dev.nbmigrate.runtime.HandPorts;")
                .contains("lit(String.valueOf(shown))");
        String ports = rendered.module().get().files().get(
                "src/main/java/dev/nbmigrate/jobs/dailysitecovers/DailySiteCoversHandPorts.java");
        assertThat(ports).contains("default void cell5Line1(JobContext ctx, DailySiteCoversConfig config,"
                        + " Dataset<Row> totals) throws Exception {\n"
                        + "        // shown = totals.show()\n")
                .contains("NotTranslated.fail(\n                \"NBM513\",\n"
                        + "                \"daily_site_covers.ipynb cell 5, line 1\",");
    }

    @Test
    void theRepairedModuleKeepsItsPerCellOutcomes() throws Exception {
        JobModel broken = withLastSection("""
                // cell 5
                Object shown = totals.show();
                // cell 6
                ctx.spark().sql("CREATE DATABASE IF NOT EXISTS reporting");
                """, List.of(step(0, 1, 5, 1, "shown = totals.show()", "Object shown"),
                step(1, 1, 6, 1, "spark.sql(...)")));
        List<CellRecord> cells = List.of(new CellRecord(5, "code", "python", false, "", false),
                new CellRecord(6, "code", "python", false, "", false));
        JobModel model = new JobModel(broken.names(), broken.title(), broken.source(), broken.target(),
                broken.sparkConf(), broken.config(), broken.sections(), broken.imports(), broken.inputs(),
                broken.outputs(), broken.diagnostics(), broken.fields(), broken.helpers(), cells);

        RenderedModule rendered = new RenderFixture(dir).render(model);

        String migration = rendered.module().orElseThrow().files().get("migration.json");
        assertThat(migration).contains("{\"index\": 5, \"type\": \"code\", \"language\": \"python\", "
                + "\"outcome\": \"failing\"")
                .contains("{\"index\": 6, \"type\": \"code\", \"language\": \"python\", \"outcome\": \"java\"");
    }

    @Test
    void aPlaceholderWhoseDeclarationStillFailsLosesItAndLaterStepsFollow() throws Exception {
        JobModel model = withLastSection("""
                // cell 5
                NoSuchType shown = totals.show();
                String label = shown.label();
                totals.withColumn("label", lit(label)).write().mode("overwrite").saveAsTable("reporting.site_covers");
                totals.write().mode("overwrite").parquet(ctx.path("wasbs://curated@acct.blob.core.windows.net/site_covers/"));
                """, List.of(step(0, 1, 5, 1, "shown = totals.show()", "NoSuchType shown"),
                step(1, 1, 5, 2, "label = shown.label", "String label"), step(2, 1, 5, 3, "totals.write..."),
                step(3, 1, 5, 4, "totals.write.parquet(OUT)")));

        RenderedModule rendered = new RenderFixture(dir).render(model);

        assertThat(rendered.module()).isPresent();
        assertThat(rendered.diagnostics()).filteredOn(d -> d.code() == Code.NBM513).extracting(Diagnostic::location)
                .containsExactly(Location.of(NB, 5, 1), Location.of(NB, 5, 2));
        String job = rendered.module().get().files().get(
                "src/main/java/dev/nbmigrate/jobs/dailysitecovers/DailySiteCoversJob.java");
        assertThat(job).doesNotContain("NoSuchType shown").contains("String label = null;")
                .contains(".parquet(ctx.path(");
        assertThat(job.split("TODO\\(NBM513\\)", -1)).hasSize(3);
        assertThat(job.split("//   shown = totals.show\\(\\)", -1)).hasSize(2);
    }

    @Test
    void anErrorOutsideAnyKnownStepStillStopsTheModule() throws Exception {
        JobModel model = withLastSection("""
                // cell 5
                Object shown = totals.show();
                """, List.of());

        RenderedModule rendered = new RenderFixture(dir).render(model);

        assertThat(rendered.module()).isEmpty();
        assertThat(rendered.diagnostics()).anyMatch(d -> d.code() == Code.NBM502);
    }

    @Test
    void aPlaceholdersTodoWrappedOverSeveralCommentLinesGoesWithItOnTheNextRound() {
        String[] lines = {
            "void section() {",
            "    // cell 3",
            "    //   y = f(x)",
            "    // TODO(NBM513): the generated Java did not compile: incompatible types: Dataset<Row> cannot be",
            "    // converted to long (the first of two lines of one wrapped comment)",
            "    NotTranslated.fail(\"NBM513\", \"nb.ipynb cell 3, line 2\", \"...\");",
            "}"};
        assertThat(StepRepair.todoAbove(lines, 6, 2)).as("the wrapped TODO starts two lines up").isEqualTo(4);
        String[] otherTodo = {
            "void section() {",
            "    // TODO(NBM220): 'x' comes from a step that was not translated",
            "    NotTranslated.fail(\"NBM513\", \"nb.ipynb cell 3, line 2\", \"...\");",
            "}"};
        assertThat(StepRepair.todoAbove(otherTodo, 3, 2)).as("another finding's TODO stays").isEqualTo(3);
        String[] python = {
            "void section() {",
            "    // TODO(NBM513): an earlier placeholder",
            "    //   z = g(y)",
            "    NotTranslated.fail(\"NBM513\", \"nb.ipynb cell 3, line 2\", \"...\");",
            "}"};
        assertThat(StepRepair.todoAbove(python, 4, 2)).as("an earlier step's Python listing is not crossed")
                .isEqualTo(4);
    }
}
