package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.assess.Assessor;
import dev.nbmigrate.converter.assess.NotebookOutcome;
import dev.nbmigrate.converter.convert.Conversion;
import dev.nbmigrate.converter.convert.NotebookResult;
import dev.nbmigrate.converter.convert.ProjectPaths;
import dev.nbmigrate.converter.convert.RunLibraries;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.model.CellOutcomes;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.read.NotebookFinder;
import dev.nbmigrate.converter.translate.Translators;

/**
 * The in-project measurement of how real notebooks convert: every notebook of {@code shared/corpus/notebooks} (found
 * by walking up from the working folder; skipped without it) is converted in one batch into a temporary folder, as
 * {@code nbmigrate convert} does (a module is written only when its Java compiles). Prints notebooks, modules
 * written, code cells by outcome and the top reasons; fails below the floor in {@code corpus/floor.properties}.
 * On this corpus and on {@code legacy-notebooks/}, {@code assess} must give every cell the verdict {@code convert}
 * gives it ({@link CellAgreement}).
 */
class RealNotebookCorpusTest {

    private static final String FLOOR = "/corpus/floor.properties";

    @TempDir
    Path project;

    @Test
    void theRealNotebooksConvertAtLeastAsWellAsTheFloorSays() throws Exception {
        Optional<Path> corpus = corpus();
        Assumptions.assumeTrue(corpus.isPresent(), "shared/corpus/notebooks not found above "
                + Path.of("").toAbsolutePath() + ": real-notebook corpus test skipped");
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(corpus.get())) {
            notebooks = files.filter(Files::isRegularFile).sorted().toList();
        }
        ProjectPaths paths = new ProjectPaths(project);
        Path data = Files.createDirectories(project.resolve("no-data"));
        List<NotebookResult> results = new Conversion(Translators.load(getClass().getClassLoader()),
                Pipeline.renderer(paths, null), paths).convert(notebooks, Target.DBR_17_3, data, Path.of("out"));

        List<NotebookOutcome> assessed = new Assessor().assess(notebooks);
        Measure measure = Measure.of(results, RddCells.of(assessed));
        System.out.println(measure.report());
        Properties floor = floor();
        assertThat(results).as("one result per notebook").hasSize(notebooks.size());
        assertThat(notebooks.size()).as("notebooks").isGreaterThanOrEqualTo(intOf(floor, "notebooks"));
        assertThat(measure.written()).as("modules written (their Java compiles)%n%s", measure.report())
                .isGreaterThanOrEqualTo(intOf(floor, "modulesWritten"));
        assertThat(measure.java()).as("code cells that became Java%n%s", measure.report())
                .isGreaterThanOrEqualTo(intOf(floor, "javaCells"));
        assertThat(measure.rddJava()).as("code cells using the RDD API that became Java%n%s", measure.report())
                .isGreaterThanOrEqualTo(intOf(floor, "rddJavaCells"));
        assertThat(Conversion.moduleFolders(project.resolve("out"))).hasSize((int) measure.written());
        assertThat(CellAgreement.disagreementsOf(assessed, results))
                .as("cells where assess's verdict is not convert's outcome").isEmpty();
    }

    @Test
    void assessSaysOfEveryLegacyNotebookCellWhatConvertDoes() throws Exception {
        Path legacy = Path.of("..", "legacy-notebooks").toAbsolutePath().normalize();
        List<Path> found = NotebookFinder.find(List.of(legacy));
        Map<Path, List<String>> libraries = RunLibraries.find(found, project);
        List<Path> notebooks = found.stream().filter(f -> !libraries.containsKey(f)).toList();
        ProjectPaths paths = new ProjectPaths(project);
        List<NotebookResult> results = new Conversion(Translators.load(getClass().getClassLoader()),
                Pipeline.renderer(paths, null), paths).convert(notebooks, Target.DBR_17_3, null, Path.of("out"));

        assertThat(results).as("one result per notebook").hasSize(notebooks.size());
        assertThat(results).extracting(NotebookResult::cells).allSatisfy(cells -> assertThat(cells).isNotEmpty());
        assertThat(CellAgreement.disagreements(notebooks, results))
                .as("cells where assess's verdict is not convert's outcome").isEmpty();
    }

    /** The numbers of one batch. */
    record Measure(int notebooks, long written, long rejected, int codeCells, long java, long failing, long leftOut,
            long notWrittenCells, Map<String, Long> reasons, long rddCells, long rddJava, Map<String, Long> rddReasons) {

        /** The numbers of {@code results}; {@code rdd} gives, by notebook file name, the cells using the RDD API. */
        static Measure of(List<NotebookResult> results, Map<String, Set<Integer>> rdd) {
            long written = results.stream().filter(r -> r.outcome() == NotebookResult.Outcome.WRITTEN).count();
            long rejected = results.stream().filter(r -> r.outcome() == NotebookResult.Outcome.REJECTED).count();
            int code = 0;
            long java = 0;
            long failing = 0;
            long leftOut = 0;
            long notWritten = 0;
            Map<String, Long> reasons = new TreeMap<>();
            long rddCells = 0;
            long rddJava = 0;
            Map<String, Long> rddReasons = new TreeMap<>();
            for (NotebookResult result : results) {
                Set<Integer> rddIndexes = rdd.getOrDefault(RddCells.fileName(result.notebook()), Set.of());
                for (CellOutcomes.Outcome cell : result.cells()) {
                    if (cell.outcome().equals(CellOutcomes.NOT_CODE)) {
                        continue;
                    }
                    code++;
                    if (rddIndexes.contains(cell.index())) {
                        rddCells++;
                        if (result.outcome() == NotebookResult.Outcome.WRITTEN
                                && cell.outcome().equals(CellOutcomes.JAVA)) {
                            rddJava++;
                        } else if (result.outcome() == NotebookResult.Outcome.WRITTEN) {
                            errorCodes(result, cell.index()).forEach(c -> rddReasons.merge(c, 1L, Long::sum));
                        }
                    }
                    if (result.outcome() != NotebookResult.Outcome.WRITTEN) {
                        notWritten++;
                        continue;
                    }
                    switch (cell.outcome()) {
                        case CellOutcomes.JAVA -> java++;
                        case CellOutcomes.LEFT_OUT -> {
                            leftOut++;
                            reasons.merge("left-out " + cell.reason(), 1L, Long::sum);
                        }
                        default -> {
                            failing++;
                            errorCodes(result, cell.index()).forEach(c -> reasons.merge("failing " + c, 1L, Long::sum));
                        }
                    }
                }
                if (result.outcome() == NotebookResult.Outcome.REJECTED) {
                    reasons.merge("rejected " + result.diagnostics().stream().map(d -> d.code().id()).findFirst()
                            .orElse("NBM001"), 1L, Long::sum);
                }
            }
            return new Measure(results.size(), written, rejected, code, java, failing, leftOut, notWritten, reasons,
                    rddCells, rddJava, rddReasons);
        }

        private static Set<String> errorCodes(NotebookResult result, int cell) {
            return result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR
                    && d.location().cell() == cell && result.notebook().endsWith(d.location().notebook()
                    .substring(d.location().notebook().lastIndexOf('/') + 1)))
                    .map(Diagnostic::code).map(c -> c.id()).collect(Collectors.toSet());
        }

        String report() {
            StringBuilder out = new StringBuilder("real notebook corpus: ").append(notebooks).append(" notebooks, ")
                    .append(written).append(" modules written (= compile), ").append(notebooks - written - rejected)
                    .append(" not written (Java does not compile), ").append(rejected).append(" rejected\n")
                    .append("code cells: ").append(codeCells).append(" = ").append(java).append(" java, ")
                    .append(failing).append(" failing, ").append(leftOut).append(" left-out, ").append(notWrittenCells)
                    .append(" in modules not written\ntop reasons (cells; a failing cell counts each error code once):\n");
            reasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).limit(20)
                    .forEach(e -> out.append(String.format("  %5d  %s%n", e.getValue(), e.getKey())));
            out.append("cells using the RDD API: ").append(rddCells).append(" = ").append(rddJava)
                    .append(" java, the others' error codes (cells):\n");
            rddReasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).limit(20)
                    .forEach(e -> out.append(String.format("  %5d  %s%n", e.getValue(), e.getKey())));
            return out.toString();
        }
    }

    /** {@code shared/corpus/notebooks} in the working folder or one above it. */
    static Optional<Path> corpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path notebooks = dir.resolve("shared/corpus/notebooks");
            if (Files.isDirectory(notebooks)) {
                return Optional.of(notebooks);
            }
        }
        return Optional.empty();
    }

    private static Properties floor() throws IOException {
        Properties floor = new Properties();
        try (InputStream in = RealNotebookCorpusTest.class.getResourceAsStream(FLOOR)) {
            floor.load(in);
        }
        return floor;
    }

    private static int intOf(Properties floor, String key) {
        return Integer.parseInt(floor.getProperty(key).strip());
    }
}
