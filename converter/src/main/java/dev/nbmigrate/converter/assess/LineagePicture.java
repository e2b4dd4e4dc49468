package dev.nbmigrate.converter.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.portfolio.LineageGraph;
import dev.nbmigrate.converter.portfolio.LineageSvg;

/**
 * The job dependency picture of an assessment: the {@link LineageGraph} of the analysed notebooks (what each reads
 * and writes, from the report's own I/O rows; notebooks that another one includes with {@code %run} are not jobs)
 * drawn by {@link LineageSvg}, with the lineage findings. {@link HtmlReport} shows it after the summary table.
 */
public final class LineagePicture {

    private LineagePicture() {
    }

    /** The graph of the report's analysed notebooks, %run includes left out. */
    public static LineageGraph graph(AssessmentReport report) {
        Set<String> included = new TreeSet<>();
        report.notebooks().forEach(nb -> nb.runs().forEach(run -> {
            if (!run.resolved().isEmpty()) {
                included.add(run.resolved());
            }
        }));
        List<LineageGraph.Node> nodes = new ArrayList<>();
        for (AssessmentReport.NotebookReport nb : report.notebooks()) {
            if (!nb.analysed() || included.contains(nb.path())) {
                continue;
            }
            nodes.add(new LineageGraph.Node(nb.path(), nb.path(), locations(nb, "read"), locations(nb, "write")));
        }
        return LineageGraph.of(nodes);
    }

    private static List<String> locations(AssessmentReport.NotebookReport nb, String direction) {
        return nb.io().stream().filter(io -> io.direction().equals(direction))
                .map(AssessmentReport.IoRow::location).distinct().toList();
    }

    /**
     * The HTML section of the picture: a heading, the inline SVG and the findings; empty when no notebook was
     * analysed.
     */
    public static String html(AssessmentReport report) {
        LineageGraph graph = graph(report);
        if (graph.order().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2>Job dependencies</h2>\n<p class=\"muted\">");
        html.append(HtmlReport.escape("Each notebook becomes a job that runs after the jobs whose output it reads ("
                + graph.edges().size() + " dependencies; notebooks run with %run are part of the jobs that run them)."))
                .append("</p>\n<figure class=\"lineage\">\n");
        html.append(LineageSvg.render(graph, "Job dependencies")).append("</figure>\n");
        if (!graph.findings().isEmpty()) {
            html.append("<ul>\n");
            for (Diagnostic finding : graph.findings()) {
                html.append("<li><code>").append(HtmlReport.escape(finding.code().id())).append("</code> ")
                        .append(HtmlReport.escape(finding.message())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        return html.toString();
    }
}
