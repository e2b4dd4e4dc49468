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
 * drawn by {@link LineageSvg}, with the lineage findings. The HTML assessment ({@code assessment.html.ftlh}) shows it after the summary table.
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

    /** The picture of a portfolio: its dependency count, the SVG (markup, escaped by its renderer) and findings. */
    public record Picture(int dependencies, String svg, List<Diagnostic> findings) {
    }

    /** The picture the HTML assessment shows; empty when no notebook was analysed. */
    public static java.util.Optional<Picture> of(AssessmentReport report) {
        LineageGraph graph = graph(report);
        if (graph.order().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Picture(graph.edges().size(), LineageSvg.render(graph, "Job dependencies"),
                graph.findings()));
    }
}
