package dev.nbmigrate.converter.portfolio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.render.TemplateException;
import dev.nbmigrate.converter.write.GeneratedModule;
import dev.nbmigrate.converter.write.ModuleWriter;

/**
 * Writes {@code <out>/portfolio/}: the lineage graph of the output folder's modules, the multi-task job, the Data
 * Factory pipeline, the CI/CD pipelines, the monitoring queries and the environments file, replaced as a whole
 * (atomically, like a module). The environments file is the one input: it is read from the committed folder and
 * written back unchanged, or, when there is none, the documented defaults are written.
 */
public final class Portfolio {

    /** The portfolio's folder in the output folder. */
    public static final String FOLDER = "portfolio";

    private final PortfolioRenderer renderer;
    private final ModuleWriter writer = new ModuleWriter();

    public Portfolio(PortfolioRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * The environments of the portfolio in {@code committedOut}: its {@code portfolio/environments.properties}, or
     * the defaults when it has none.
     *
     * @throws Environments.BadEnvironmentsException if the file is there but cannot be used
     */
    public Environments environments(Path committedOut) throws TemplateException, IOException {
        Path file = committedOut.resolve(FOLDER).resolve(Environments.FILE);
        if (Files.isRegularFile(file)) {
            return Environments.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        }
        return Environments.parse(renderer.defaultEnvironments(), "the default " + Environments.FILE);
    }

    /**
     * Writes the portfolio of {@code modules} (module folders of {@code outDir}) when there is at least one module.
     *
     * @param outPath the output folder relative to the project root, forward slashes ({@code generated})
     * @return the lineage findings (NBM320, NBM321)
     */
    public List<Diagnostic> write(Path outDir, List<String> modules, Environments environments, String outPath)
            throws TemplateException, IOException {
        List<String> jobsModules = modules.stream().filter(m -> !m.equals(FOLDER)).toList();
        if (jobsModules.isEmpty()) {
            return List.of();
        }
        List<PortfolioJob> jobs = PortfolioJobs.read(outDir, jobsModules);
        LineageGraph graph = graphOf(jobs);
        SortedMap<String, String> files = new TreeMap<>(renderer.render(jobs, graph, environments, outPath));
        writer.write(outDir, new GeneratedModule(FOLDER, files));
        return graph.findings();
    }

    /** The lineage graph of {@code jobs}. */
    public static LineageGraph graphOf(List<PortfolioJob> jobs) {
        return LineageGraph.of(jobs.stream().map(j -> new LineageGraph.Node(j.module(), j.source(),
                j.inputs().stream().map(PortfolioJob.DataRef::location).toList(),
                j.outputs().stream().map(PortfolioJob.DataRef::location).toList())).toList());
    }
}
