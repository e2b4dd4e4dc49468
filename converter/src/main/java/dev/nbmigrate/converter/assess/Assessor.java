package dev.nbmigrate.converter.assess;

import dev.nbmigrate.converter.analyze.Analyzer;
import dev.nbmigrate.converter.analyze.Program;
import dev.nbmigrate.converter.cells.CellClassifier;
import dev.nbmigrate.converter.check.InMemoryCompiler;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.read.NotebookReadException;
import dev.nbmigrate.converter.read.NotebookReader;
import dev.nbmigrate.converter.model.CellOutcomes;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.progress.ProgressListener;
import dev.nbmigrate.converter.render.ModuleRenderer;
import dev.nbmigrate.converter.render.RenderOptions;
import dev.nbmigrate.converter.render.RenderedModule;
import dev.nbmigrate.converter.render.TemplateException;
import dev.nbmigrate.converter.render.TemplateRenderer;
import dev.nbmigrate.converter.translate.NotebookTranslator;
import dev.nbmigrate.converter.translate.Translators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Assesses a batch of notebooks: reads, classifies and analyses each one, logging progress, and never stops on one
 * bad notebook (an unreadable one, or one nbmigrate fails on, is reported and the batch goes on).
 */
public final class Assessor {

    private static final Logger LOG = LoggerFactory.getLogger(Assessor.class);

    private final Analyzer analyzer = new Analyzer(new FileRunTargets());
    private final NotebookReader reader = new NotebookReader();
    /** The translator that gives the per-cell outcomes, loaded on first use. */
    private NotebookTranslator translator;
    /** The render stage {@code convert} uses, with its compile check: it decides the per-cell outcomes. */
    private final Supplier<ModuleRenderer> renderer;
    private ModuleRenderer loadedRenderer;

    /** An assessor whose per-cell verdicts come from the built-in templates' render stage. */
    public Assessor() {
        this(Assessor::builtInRenderer);
    }

    /** An assessor whose per-cell verdicts come from {@code renderer}, the one {@code convert} would use. */
    public Assessor(Supplier<ModuleRenderer> renderer) {
        this.renderer = renderer;
    }

    private static ModuleRenderer builtInRenderer() {
        try {
            return new ModuleRenderer(new TemplateRenderer(null), new InMemoryCompiler(), "assess");
        } catch (TemplateException e) {
            throw new IllegalStateException("the built-in templates do not load: " + e.getMessage(), e);
        }
    }

    private ModuleRenderer renderer() {
        if (loadedRenderer == null) {
            loadedRenderer = renderer.get();
        }
        return loadedRenderer;
    }

    private NotebookTranslator translator() {
        if (translator == null) {
            translator = Translators.load(Assessor.class.getClassLoader());
        }
        return translator;
    }

    /** Assesses every notebook, in the order given; the report sorts them by name. */
    public List<NotebookOutcome> assess(List<Path> notebooks) {
        return assess(notebooks, ProgressListener.NONE);
    }

    /** {@link #assess(List)}, telling {@code progress} of each notebook. */
    public List<NotebookOutcome> assess(List<Path> notebooks, ProgressListener progress) {
        List<NotebookOutcome> outcomes = new ArrayList<>();
        for (int index = 0; index < notebooks.size(); index++) {
            Path path = notebooks.get(index);
            String name = path.toString().replace('\\', '/');
            progress.started(index, notebooks.size(), name);
            LOG.debug("[{}/{}] Assessing {}", index + 1, notebooks.size(), name);
            outcomes.add(assess(path, name));
        }
        outcomes.sort(Comparator.comparing(NotebookOutcome::name));
        long unreadable = outcomes.stream().filter(o -> o.program().isEmpty()).count();
        LOG.info("Assessed {} notebook(s){}", outcomes.size(), unreadable == 0 ? "" : ", " + unreadable
                + " could not be analysed");
        return outcomes;
    }

    /**
     * Each cell's outcome as {@code convert} decides it ({@link CellOutcomes}): the notebook translated and rendered
     * as {@code convert} does, with the compile check that turns a step whose Java does not compile into a failing
     * cell, and nothing written; empty when the notebook cannot be translated.
     */
    private Map<Integer, String> cellOutcomes(Path path, String name) {
        try {
            JobModel model = translator().translate(path, Target.DBR_17_3);
            Map<Integer, String> outcomes = new TreeMap<>();
            RenderedModule rendered = renderer().render(model, new RenderOptions(Optional.empty(), null, null,
                    Optional.empty(), "assess"));
            for (CellOutcomes.Outcome cell : rendered.cells()) {
                outcomes.put(cell.index(), cell.outcome() + (cell.reason().isEmpty() ? "" : " " + cell.reason()));
            }
            return outcomes;
        } catch (IOException | TemplateException | RuntimeException | StackOverflowError e) {
            LOG.warn("{}: no per-cell outcome, translation failed ({}: {})", name, e.getClass().getSimpleName(),
                    e.getMessage());
            return Map.of();
        }
    }

    private NotebookOutcome assess(Path path, String name) {
        try {
            Program program = analyzer.analyze(CellClassifier.classify(reader.read(path, name)));
            LOG.debug("{}: {} findings", name, program.diagnostics().size());
            return NotebookOutcome.analysed(program, cellOutcomes(path, name));
        } catch (NotebookReadException e) {
            LOG.error("{}", e.getMessage());
            return NotebookOutcome.unreadable(name, e.toDiagnostic());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("{}: nbmigrate failed on this notebook ({}: {}); please report it", name,
                    e.getClass().getSimpleName(), e.getMessage());
            LOG.debug("Failure on " + name, e);
            return NotebookOutcome.failed(name, Diagnostic.of(Code.NBM001, Location.ofNotebook(name),
                    "nbmigrate failed on this notebook (" + e.getClass().getSimpleName() + "); this is a bug in "
                            + "nbmigrate, please report it"));
        }
    }
}
