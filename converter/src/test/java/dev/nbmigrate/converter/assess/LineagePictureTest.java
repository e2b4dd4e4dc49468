package dev.nbmigrate.converter.assess;

import dev.nbmigrate.converter.read.NotebookFinder;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import dev.nbmigrate.converter.portfolio.LineageGraph;
import dev.nbmigrate.converter.portfolio.LineageSvg;

/** The job dependency picture of the legacy corpus's assessment, from the report's own lineage. */
class LineagePictureTest {

    private static final String NB = "../legacy-notebooks/";
    private static AssessmentReport report;

    @BeforeAll
    static void assessTheCorpus() {
        report = AssessmentReport.of(new Assessor().assess(NotebookFinder.find(List.of(Path.of("..",
                "legacy-notebooks")))));
    }

    @Test
    void writersOfATableRunBeforeItsReadersAndIncludesAreNoJobs() {
        LineageGraph graph = LineagePicture.graph(report);

        assertThat(graph.order()).doesNotContain(NB + "utils.ipynb").hasSize(9);
        assertThat(graph.dependencies().get(NB + "food_waste_costing.ipynb"))
                .contains(NB + "supplier_price_normalisation.ipynb");
        assertThat(graph.edges()).anySatisfy(e -> {
            assertThat(e.from()).isEqualTo(NB + "food_waste_costing.ipynb");
            assertThat(e.data()).contains("foodops.waste_daily");
        });
        assertThat(graph.order().indexOf(NB + "food_waste_costing.ipynb"))
                .isLessThan(graph.order().indexOf(NB + "site_weekly_kpi_databricks.py"));
    }

    @Test
    void theHtmlReportShowsTheGraphAsAnInlineSvgWithABoxPerJobAndAnArrowPerDependency() throws Exception {
        String html = ReportFormat.HTML.render(report);
        LineageGraph graph = LineagePicture.graph(report);

        int heading = html.indexOf(">Job dependencies</h2>");
        assertThat(heading).isPositive();
        int start = html.indexOf("<svg", heading);
        String svg = html.substring(start, html.indexOf("</svg>", start) + "</svg>".length());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(graph.order().size());
        assertThat(doc.getElementsByTagName("path").getLength()).as("one path per edge")
                .isEqualTo(graph.edges().size());
        assertThat(svg + "\n").isEqualTo(LineageSvg.render(graph, "Job dependencies"));
    }
}
