package dev.nbmigrate.converter.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.nbmigrate.converter.escape.Xml;

/**
 * Draws a {@link LineageGraph} as a self-contained SVG: one column per depth (jobs that depend on nothing on the
 * left), one box per job labelled without the folder all jobs share, one arrow per dependency with the data it
 * carries as its tooltip. No external reference, no script: the same graph gives the same bytes. Reports embed the text inline ({@code <svg>...</svg>} is valid HTML5); the portfolio keeps it as
 * {@code lineage.svg}.
 */
public final class LineageSvg {

    private static final int BOX_WIDTH = 220;
    private static final int BOX_HEIGHT = 36;
    private static final int COLUMN_GAP = 90;
    private static final int ROW_GAP = 24;
    private static final int MARGIN = 20;
    private static final int MAX_LABEL = 30;

    private LineageSvg() {
    }

    /** The SVG of {@code graph}, titled {@code title}. */
    public static String render(LineageGraph graph, String title) {
        Map<String, Integer> depths = graph.depths();
        Map<Integer, List<String>> columns = new TreeMap<>();
        for (String job : graph.order()) {
            columns.computeIfAbsent(depths.get(job), d -> new ArrayList<>()).add(job);
        }
        Map<String, int[]> position = new HashMap<>();
        int rows = 0;
        for (Map.Entry<Integer, List<String>> column : columns.entrySet()) {
            List<String> jobs = column.getValue();
            rows = Math.max(rows, jobs.size());
            for (int row = 0; row < jobs.size(); row++) {
                position.put(jobs.get(row), new int[] {MARGIN + column.getKey() * (BOX_WIDTH + COLUMN_GAP),
                        MARGIN + 24 + row * (BOX_HEIGHT + ROW_GAP)});
            }
        }
        int width = MARGIN * 2 + Math.max(1, columns.size()) * BOX_WIDTH + Math.max(0, columns.size() - 1) * COLUMN_GAP;
        int height = MARGIN * 2 + 24 + Math.max(1, rows) * BOX_HEIGHT + Math.max(0, rows - 1) * ROW_GAP;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\""
                + " font-size=\"12\">%n", width, height, width, height, Xml.text(title)));
        svg.append("  <title>").append(Xml.text(title)).append("</title>\n");
        svg.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", MARGIN,
                MARGIN + 6, Xml.text(title)));
        for (LineageGraph.Edge edge : graph.edges()) {
            int[] from = position.get(edge.from());
            int[] to = position.get(edge.to());
            int x1 = from[0] + BOX_WIDTH;
            int y1 = from[1] + BOX_HEIGHT / 2;
            int x2 = to[0];
            int y2 = to[1] + BOX_HEIGHT / 2;
            int bend = Math.max(20, (x2 - x1) / 2);
            svg.append(String.format(Locale.ROOT, "  <g class=\"edge\" data-from=\"%s\" data-to=\"%s\"><path"
                    + " d=\"M %d %d C %d %d, %d %d, %d %d\" fill=\"none\" stroke=\"#555\"/><polygon"
                    + " points=\"%d,%d %d,%d %d,%d\" fill=\"#555\"/><title>%s</title></g>%n", Xml.text(edge.from()),
                    Xml.text(edge.to()), x1, y1, x1 + bend, y1, x2 - bend, y2, x2 - 8, y2, x2 - 8, y2 - 4, x2, y2,
                    x2 - 8, y2 + 4, Xml.text(edge.from() + " -> " + edge.to() + ": "
                            + String.join(", ", edge.data()))));
        }
        int common = commonFolder(graph.order());
        for (String job : graph.order()) {
            int[] at = position.get(job);
            svg.append(String.format(Locale.ROOT, "  <g class=\"job\" data-job=\"%s\"><rect x=\"%d\" y=\"%d\""
                    + " width=\"%d\" height=\"%d\" rx=\"6\" fill=\"#eef3fb\" stroke=\"#3b6db3\"/><text x=\"%d\""
                    + " y=\"%d\" text-anchor=\"middle\" dominant-baseline=\"middle\">%s</text><title>%s</title></g>%n",
                    Xml.text(job), at[0], at[1], BOX_WIDTH, BOX_HEIGHT, at[0] + BOX_WIDTH / 2, at[1] + BOX_HEIGHT / 2,
                    Xml.text(label(job.substring(common))), Xml.text(job)));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** The length of the folder all names share ({@code ../legacy-notebooks/}), left out of the labels. */
    private static int commonFolder(List<String> names) {
        if (names.size() < 2) {
            return names.isEmpty() ? 0 : names.get(0).lastIndexOf('/') + 1;
        }
        String first = names.get(0);
        int length = first.length();
        for (String name : names) {
            int i = 0;
            while (i < Math.min(length, name.length()) && name.charAt(i) == first.charAt(i)) {
                i++;
            }
            length = i;
        }
        return first.substring(0, length).lastIndexOf('/') + 1;
    }

    private static String label(String job) {
        return job.length() <= MAX_LABEL ? job : job.substring(0, MAX_LABEL - 1) + "\u2026";
    }
}
