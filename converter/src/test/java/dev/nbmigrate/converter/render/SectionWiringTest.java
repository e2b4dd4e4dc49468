package dev.nbmigrate.converter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.JobSection;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.render.ModuleViews.RunCall;
import dev.nbmigrate.converter.testing.SampleJobs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectionWiringTest {

    @TempDir
    Path dir;

    @Test
    void eachSectionRunsAsAStepNamedByItsTitle() {
        SectionWiring.Result wiring = SectionWiring.wire(SampleJobs.dailySiteCovers(Target.DBR_17_3));

        assertThat(wiring.diagnostics()).isEmpty();
        assertThat(wiring.calls()).extracting(RunCall::step)
                .containsExactly("Load the daily sales", "Covers per site", "Write the outputs");
        assertThat(wiring.calls()).extracting(RunCall::declaration, RunCall::variable, RunCall::arguments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Dataset<Row> ", "sales", "ctx, config"),
                        org.assertj.core.groups.Tuple.tuple("Dataset<Row> ", "totals", "ctx, config, sales"),
                        org.assertj.core.groups.Tuple.tuple("", null, "ctx, config, totals"));
    }

    @Test
    void aNameReturnedAgainIsANewVariableSoEveryStepLambdaCompiles() throws Exception {
        JobModel model = SampleJobs.dailySiteCovers(Target.DBR_17_3);
        List<JobSection> sections = new ArrayList<>(model.sections());
        JobSection totals = sections.get(1);
        JobSection write = sections.get(2);
        // the second section returns 'sales' again, and the third takes it
        sections.set(1, new JobSection(totals.title(), totals.methodName(), totals.cells(), totals.parameters(),
                totals.returnType(), "sales", totals.body()));
        sections.set(2, new JobSection(write.title(), write.methodName(), write.cells(),
                List.of(new JobSection.Parameter("Dataset<Row>", "sales")), write.returnType(), write.returnName(),
                write.body().replace("totals", "sales")));
        JobModel reassigning = new JobModel(model.names(), model.title(), model.source(), model.target(),
                model.sparkConf(), model.config(), sections, model.imports(), model.inputs(), model.outputs(),
                model.diagnostics(), model.fields(), model.helpers(), model.cells());

        SectionWiring.Result wiring = SectionWiring.wire(reassigning);

        assertThat(wiring.calls()).extracting(RunCall::variable).containsExactly("sales", "sales2", null);
        assertThat(wiring.calls().get(2).arguments()).isEqualTo("ctx, config, sales2");
        RenderedModule rendered = new RenderFixture(dir).render(reassigning);
        assertThat(rendered.diagnostics()).noneMatch(d -> d.code() == Code.NBM502 || d.code() == Code.NBM513);
        assertThat(rendered.module()).isPresent();
        assertThat(rendered.module().get().files().get(
                "src/main/java/dev/nbmigrate/jobs/dailysitecovers/DailySiteCoversJob.java"))
                .contains("Dataset<Row> sales2 = ctx.step(\"Covers per site\", () -> coversPerSite(ctx, config, sales));")
                .contains("ctx.step(\"Write the outputs\", () -> writeOutputs(ctx, config, sales2));");
    }
}
