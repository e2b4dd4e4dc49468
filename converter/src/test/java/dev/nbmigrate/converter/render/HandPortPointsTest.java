package dev.nbmigrate.converter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.JobSection;
import dev.nbmigrate.converter.model.JobStep;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.testing.SampleJobs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandPortPointsTest {

    private static final String NB = SampleJobs.NOTEBOOK;

    private static JobModel withLastSection(String body, List<JobStep> steps) {
        JobModel model = SampleJobs.dailySiteCovers(Target.DBR_17_3);
        List<JobSection> sections = new ArrayList<>(model.sections());
        JobSection last = sections.get(sections.size() - 1);
        sections.set(sections.size() - 1, last.withBody(body, steps));
        return new JobModel(model.names(), model.title(), model.source(), model.target(), model.sparkConf(),
                model.config(), sections, model.imports(), model.inputs(), model.outputs(), model.diagnostics(),
                model.fields(), model.helpers(), model.cells());
    }

    private static JobModel withImport(JobModel model, String name) {
        java.util.SortedSet<String> imports = new java.util.TreeSet<>(model.imports());
        imports.add(name);
        return new JobModel(model.names(), model.title(), model.source(), model.target(), model.sparkConf(),
                model.config(), model.sections(), imports, model.inputs(), model.outputs(), model.diagnostics(),
                model.fields(), model.helpers(), model.cells());
    }

    private static JobStep step(int first, int cell, int line, String python) {
        return new JobStep(first, 1, Location.of(NB, cell, line), List.of(python), List.of(), false);
    }

    private static String lastBody(HandPortPoints.Result result) {
        List<JobSection> sections = result.model().sections();
        return sections.get(sections.size() - 1).body();
    }

    @Test
    void aTopLevelPlaceholderBecomesAHandPortCallWithTheLocalsItsPythonNames() {
        JobModel model = withLastSection("""
                // cell 5
                long badLines = 3L;
                String label = "x";
                // TODO(NBM219): dict.iteritems is not translated
                NotTranslated.fail("NBM219", "daily_site_covers.ipynb cell 5, line 3", "dict.iteritems is not translated");
                //   for k, v in counts.iteritems(): print(k, v, bad_lines)
                if (ctx.environment().equals("local")) {
                    NotTranslated.fail("NBM223", "daily_site_covers.ipynb cell 6, line 1", "Delta Lake");
                }
                """, List.of(step(0, 5, 1, "bad_lines = 3"), step(1, 5, 2, "label = 'x'"),
                step(2, 5, 3, "for k, v in counts.iteritems(): print(k, v, bad_lines)"),
                step(3, 6, 1, "df.write.format('delta')")));

        HandPortPoints.Result result = HandPortPoints.of(withImport(model, "dev.nbmigrate.runtime.NotTranslated"),
                "DailySiteCoversHandPorts");

        assertThat(result.points()).singleElement().satisfies(point -> {
            assertThat(point.method()).isEqualTo("cell5Line3");
            assertThat(point.code()).isEqualTo("NBM219");
            assertThat(point.where()).isEqualTo("daily_site_covers.ipynb cell 5, line 3");
            assertThat(point.parameters()).containsExactly(new JobSection.Parameter("long", "badLines"));
        });
        assertThat(lastBody(result))
                .contains("// TODO(NBM219): dict.iteritems is not translated\n"
                        + "handPorts.cell5Line3(ctx, config, badLines);\n"
                        + "//   for k, v in counts.iteritems(): print(k, v, bad_lines)")
                .contains("    NotTranslated.fail(\"NBM223\"");
        assertThat(result.model().fields()).last().isEqualTo("private final DailySiteCoversHandPorts handPorts ="
                + " HandPorts.load(DailySiteCoversHandPorts.class, new DailySiteCoversHandPorts() { });");
        assertThat(result.model().imports()).contains("dev.nbmigrate.runtime.HandPorts")
                .as("the nested placeholder still needs its class").contains("dev.nbmigrate.runtime.NotTranslated");
    }

    @Test
    void aJobWithoutTopLevelPlaceholdersIsLeftAsItIs() {
        JobModel model = withLastSection("""
                // cell 5
                long covers = 3L;
                """, List.of(step(0, 5, 1, "covers = 3")));

        HandPortPoints.Result result = HandPortPoints.of(model, "DailySiteCoversHandPorts");

        assertThat(result.points()).isEmpty();
        assertThat(result.model()).isSameAs(model);
    }

    @Test
    void callsOfAnEarlierRenderingKeepTheirPointsAndNewPlaceholdersGetFreshNames() {
        HandPortPoints.Point earlier = new HandPortPoints.Point("cell5Line1", "NBM513", "daily_site_covers.ipynb cell"
                + " 5, line 1", "did not compile", List.of(), List.of("shown = totals.show()"));
        JobModel model = withLastSection("""
                handPorts.cell5Line1(ctx, config);
                NotTranslated.fail("NBM513", "daily_site_covers.ipynb cell 5, line 1", "again");
                NotTranslated.fail("NBM220", "utils.ipynb cell 2", "from a %run notebook");
                """, List.of(step(0, 5, 1, "shown = totals.show()"), step(1, 5, 1, "x = shown"),
                step(2, 2, 0, "y")));

        HandPortPoints.Result result = HandPortPoints.of(withImport(model, "dev.nbmigrate.runtime.NotTranslated"),
                "DailySiteCoversHandPorts", List.of(earlier));

        assertThat(result.points()).extracting(HandPortPoints.Point::method)
                .containsExactly("cell5Line1", "cell5Line1Step2", "utilsCell2");
        assertThat(result.points().get(0)).isEqualTo(earlier);
        assertThat(lastBody(result)).contains("handPorts.cell5Line1Step2(ctx, config);")
                .contains("handPorts.utilsCell2(ctx, config);").doesNotContain("NotTranslated");
        assertThat(result.model().imports()).doesNotContain("dev.nbmigrate.runtime.NotTranslated");
    }

    @Test
    void aPlaceholderThatGivesAVariableItsValueBecomesAHandPortMethodReturningThatType() {
        JobModel model = withLastSection("""
                // cell 5
                long badLines = 3L;
                // TODO(NBM219): DataFrame.replace is not translated yet
                Dataset<Row> swapped = NotTranslated.fail("NBM219", "daily_site_covers.ipynb cell 5, line 2", "replace");
                //   swapped = sales.replace({'a': 'b'}).limit(bad_lines)
                // TODO(NBM219): DataFrame.replace is not translated yet
                badLines = NotTranslated.fail("NBM219", "daily_site_covers.ipynb cell 5, line 3", "replace");
                //   bad_lines = swapped.count() + bad_lines
                long kept = swapped.count();
                """, List.of(step(0, 5, 1, "bad_lines = 3"),
                step(1, 5, 2, "swapped = sales.replace({'a': 'b'}).limit(bad_lines)"),
                step(2, 5, 3, "bad_lines = swapped.count() + bad_lines"), step(3, 5, 4, "kept = swapped.count()")));

        HandPortPoints.Result result = HandPortPoints.of(model, "DailySiteCoversHandPorts");

        assertThat(result.points()).extracting(HandPortPoints.Point::method, HandPortPoints.Point::returnType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cell5Line2", "Dataset<Row>"),
                        org.assertj.core.groups.Tuple.tuple("cell5Line3", "long"));
        assertThat(result.points().get(1).parameters()).containsExactly(new JobSection.Parameter("long", "badLines"),
                new JobSection.Parameter("Dataset<Row>", "swapped"));
        assertThat(lastBody(result))
                .contains("Dataset<Row> swapped = handPorts.cell5Line2(ctx, config, badLines);\n")
                .contains("badLines = handPorts.cell5Line3(ctx, config, badLines, swapped);\n")
                .contains("long kept = swapped.count();").doesNotContain("NotTranslated");
    }

    @Test
    void methodNamesComeFromThePlace() {
        assertThat(HandPortPoints.methodName("daily_site_covers.ipynb cell 12, line 4", "daily_site_covers.ipynb"))
                .isEqualTo("cell12Line4");
        assertThat(HandPortPoints.methodName("cell 3", "daily_site_covers.ipynb")).isEqualTo("cell3");
        assertThat(HandPortPoints.methodName("shared-utils v2.ipynb cell 3, line 1", "daily_site_covers.ipynb"))
                .isEqualTo("sharedUtilsV2Cell3Line1");
        assertThat(HandPortPoints.methodName("2024_report.py cell 1", "daily_site_covers.ipynb"))
                .isEqualTo("notebook2024ReportCell1");
        assertThat(HandPortPoints.methodName("my-file name.ipynb cell 2", "main.ipynb")).isEqualTo("myFileNameCell2");
        assertThat(HandPortPoints.methodName("HTTPPort.ipynb cell 2", "main.ipynb")).isEqualTo("httpPortCell2");
    }
}
