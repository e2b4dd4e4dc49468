package dev.nbmigrate.converter.assess;

import dev.nbmigrate.converter.analyze.Analyzer;
import dev.nbmigrate.converter.analyze.Program;
import dev.nbmigrate.converter.cells.CellClassifier;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.read.NotebookReadException;
import dev.nbmigrate.converter.read.NotebookReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Assesses a batch of notebooks: reads, classifies and analyses each one, logging progress, and never stops on one
 * bad notebook (an unreadable one, or one nbmigrate fails on, is reported and the batch goes on).
 */
public final class Assessor {

    private static final Logger LOG = LoggerFactory.getLogger(Assessor.class);

    private final Analyzer analyzer = new Analyzer(new FileRunTargets());
    private final NotebookReader reader = new NotebookReader();

    /** Assesses every notebook, in the order given; the report sorts them by name. */
    public List<NotebookOutcome> assess(List<Path> notebooks) {
        List<NotebookOutcome> outcomes = new ArrayList<>();
        int index = 0;
        for (Path path : notebooks) {
            index++;
            String name = path.toString().replace('\\', '/');
            LOG.info("[{}/{}] Assessing {}", index, notebooks.size(), name);
            outcomes.add(assess(path, name));
        }
        outcomes.sort(Comparator.comparing(NotebookOutcome::name));
        long unreadable = outcomes.stream().filter(o -> o.program().isEmpty()).count();
        LOG.info("Assessed {} notebook(s){}", outcomes.size(), unreadable == 0 ? "" : ", " + unreadable
                + " could not be analysed");
        return outcomes;
    }

    private NotebookOutcome assess(Path path, String name) {
        try {
            Program program = analyzer.analyze(CellClassifier.classify(reader.read(path, name)));
            LOG.debug("{}: {} findings", name, program.diagnostics().size());
            return NotebookOutcome.analysed(program);
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
