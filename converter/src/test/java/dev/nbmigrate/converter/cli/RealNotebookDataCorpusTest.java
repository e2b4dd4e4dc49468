package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.nbmigrate.converter.convert.Conversion;
import dev.nbmigrate.converter.convert.NotebookResult;
import dev.nbmigrate.converter.convert.ProjectPaths;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.reconcile.ModuleReconciler;
import dev.nbmigrate.converter.reconcile.PySpark;
import dev.nbmigrate.converter.reconcile.Reconciliation;
import dev.nbmigrate.converter.reconcile.SideFailure;
import dev.nbmigrate.converter.translate.Translators;
import dev.nbmigrate.converter.write.ModuleWriter;

/**
 * The real notebooks that have data ({@code has_data = y} in {@code shared/corpus/MANIFEST.tsv}) converted, run and
 * reconciled with a real PySpark: every notebook is converted in one batch (Spark 3.5, the line of the PySpark it is
 * compared with), all modules are built in one Maven reactor, and each job runs on a copy of its repository's data
 * with its relative paths taken from the notebook's folder ({@code --working-dir}), as the notebook ran beside its
 * data. Prints, per notebook, whether the job ran to its end (else the cell and message it stopped at) and how many
 * cells reconciled equal; fails below the floors of {@code corpus/data-floor.properties}. Skipped, saying why,
 * without {@code shared/corpus} or a PySpark. Each reconciliation costs a PySpark run and a job run, so the build
 * reconciles the notebooks the floor file names ({@code reconciled}); {@code -Dnbmigrate.dataCorpus.all=true}
 * reconciles all of them (the floors then still hold, as the others only add).
 */
class RealNotebookDataCorpusTest {

    private static final Logger LOG = LoggerFactory.getLogger(RealNotebookDataCorpusTest.class);
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String FLOOR = "/corpus/data-floor.properties";

    /** One notebook of the manifest that has data. */
    record DataNotebook(Path file, String repository, String folder) {
    }

    /** What the corpus gave for one notebook. */
    record Row(String notebook, String module, boolean ranToEnd, long cellsEqual, String stop) {
    }

    @Test
    void theDataNotebooksRunAndReconcileAtLeastAsTheFloorSays() throws Exception {
        dev.nbmigrate.converter.testing.BuildTarget.requireDefault("reconciling the data notebooks");
        Optional<Path> corpus = RealNotebookCorpusTest.corpus().map(Path::getParent);
        Assumptions.assumeTrue(corpus.isPresent(), "shared/corpus not found above " + Path.of("").toAbsolutePath()
                + ": data-notebook corpus test skipped");
        PySpark pyspark;
        try {
            pyspark = PySpark.locate(PySpark.AUTO, ROOT, System.getenv());
        } catch (PySpark.NotFound e) {
            Assumptions.abort("needs a PySpark to run the corpus notebooks: " + e.getMessage());
            return;
        }
        Instant start = Instant.now();
        Properties floor = new Properties();
        try (InputStream in = getClass().getResourceAsStream(FLOOR)) {
            floor.load(in);
        }
        List<DataNotebook> all = dataNotebooks(corpus.get());
        assertThat(all.size()).as("notebooks with data in the manifest")
                .isGreaterThanOrEqualTo(Integer.parseInt(floor.getProperty("notebooks").strip()));
        // CI reconciles the notebooks the floor file names (each costs a PySpark run and a job run);
        // -Dnbmigrate.dataCorpus.all=true reconciles every one of them
        List<String> named = List.of(floor.getProperty("reconciled", "").strip().split("\\s*,\\s*"));
        List<DataNotebook> notebooks = Boolean.getBoolean("nbmigrate.dataCorpus.all") ? all : all.stream()
                .filter(n -> named.contains(n.file().getFileName().toString())).toList();
        Path work = ROOT.resolve("converter/target/data-corpus");
        ModuleWriter.deleteRecursively(work);
        // the notebooks are linked into the project so that each module names its notebook by a project path
        Path linked = Files.createDirectories(work.resolve("notebooks"));
        List<Path> files = new ArrayList<>();
        for (DataNotebook notebook : notebooks) {
            Path link = linked.resolve(notebook.file().getFileName());
            try {
                Files.createSymbolicLink(link, notebook.file().toAbsolutePath());
            } catch (UnsupportedOperationException | IOException e) {
                Assumptions.abort("cannot link the corpus notebooks into " + linked + ": " + e.getMessage());
            }
            files.add(link);
        }
        ProjectPaths paths = new ProjectPaths(ROOT);
        Path out = work.resolve("out");
        List<NotebookResult> converted = new Conversion(Translators.load(getClass().getClassLoader()),
                Pipeline.renderer(paths, null), paths).convert(files, Target.DBR_16_4,
                Files.createDirectories(work.resolve("no-data")), ROOT.relativize(out));
        int maven = build(out);
        LOG.info("one reactor build of the data notebooks' modules: Maven exit code {}", maven);
        Duration built = Duration.between(start, Instant.now());

        ModuleReconciler reconciler = new ModuleReconciler(ROOT, pyspark, true, Map.of(), LOG::debug, true);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < notebooks.size(); i++) {
            DataNotebook notebook = notebooks.get(i);
            NotebookResult result = converted.get(i);
            if (result.outcome() != NotebookResult.Outcome.WRITTEN) {
                rows.add(new Row(notebook.file().getFileName().toString(), result.module(), false, 0,
                        "module not written: " + result.outcome()));
                continue;
            }
            Path module = out.resolve(result.module());
            if (!Files.isRegularFile(module.resolve("target/run-job.classpath"))) {
                rows.add(new Row(notebook.file().getFileName().toString(), result.module(), false, 0,
                        "module did not build with Maven (-Werror: see its javac warnings)"));
                continue;
            }
            Path data = corpus.get().resolve("data").resolve(notebook.repository());
            Reconciliation reconciliation = reconciler.reconcile(module, data, notebook.folder(),
                    ModuleTargets.profiles(List.of(module)), Files.createDirectories(work.resolve("scratch")
                            .resolve(result.module()))).reconciliation();
            Optional<SideFailure> job = reconciliation.failures().stream().filter(f -> f.side().equals("job"))
                    .findFirst();
            String stop = reconciliation.failures().stream().map(RealNotebookDataCorpusTest::stop)
                    .reduce((a, b) -> a + "; " + b).orElse("");
            rows.add(new Row(notebook.file().getFileName().toString(), result.module(), job.isEmpty(),
                    reconciliation.cellsEqual(), stop));
        }
        long ranToEnd = rows.stream().filter(Row::ranToEnd).count();
        long cellsEqual = rows.stream().mapToLong(Row::cellsEqual).sum();
        StringBuilder report = new StringBuilder("data notebooks: " + all.size() + ", reconciled: "
                + notebooks.size() + ", jobs run to their end: "
                + ranToEnd + ", cells reconciled equal: " + cellsEqual + " (converted and built in "
                + built.toSeconds() + " s, in all " + Duration.between(start, Instant.now()).toSeconds() + " s)\n");
        rows.forEach(row -> report.append(String.format("  %-5s %3d  %s  %s%n", row.ranToEnd() ? "end" : "stop",
                row.cellsEqual(), row.module(), row.stop())));
        System.out.println(report);

        assertThat(ranToEnd).as("jobs that ran to their end (floor in %s)%n%s", FLOOR, report)
                .isGreaterThanOrEqualTo(Long.parseLong(floor.getProperty("jobsRunToEnd").strip()));
        assertThat(cellsEqual).as("cells reconciled equal with PySpark (floor in %s)%n%s", FLOOR, report)
                .isGreaterThanOrEqualTo(Long.parseLong(floor.getProperty("cellsEqual").strip()));
    }

    /** The manifest rows with data, in manifest order: the file, its repository's data folder, its own folder. */
    static List<DataNotebook> dataNotebooks(Path corpus) throws IOException {
        List<String> lines = Files.readAllLines(corpus.resolve("MANIFEST.tsv"));
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int file = header.indexOf("file");
        int repo = header.indexOf("repo");
        int path = header.indexOf("path");
        int hasData = header.indexOf("has_data");
        assertThat(List.of(file, repo, path, hasData)).as("MANIFEST.tsv columns").doesNotContain(-1);
        List<DataNotebook> notebooks = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            if (fields.length > hasData && fields[hasData].equals("y")) {
                String folder = fields[path].contains("/") ? fields[path].substring(0, fields[path].lastIndexOf('/'))
                        : null;
                notebooks.add(new DataNotebook(corpus.resolve(fields[file]), fields[repo].replace("/", "__"),
                        folder));
            }
        }
        return notebooks;
    }

    /**
     * Builds every module of {@code out} in one reactor, ready to run (the run-job profile), tests skipped; a module
     * that does not build does not stop the others ({@code --fail-at-end}).
     */
    private static int build(Path out) throws IOException, InterruptedException {
        // the runtime of this checkout joins the reactor, so that the jobs run on it and not on whatever runtime the
        // local Maven repository holds
        Path reactor = Files.createDirectories(out.resolveSibling("reactor"));
        Files.writeString(reactor.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.nbmigrate.test</groupId>
                  <artifactId>data-corpus-reactor</artifactId>
                  <version>0</version>
                  <packaging>pom</packaging>
                  <modules>
                    <module>%s</module>
                    <module>%s</module>
                  </modules>
                </project>
                """.formatted(reactor.relativize(ROOT.resolve("runtime")).toString().replace('\\', '/'),
                reactor.relativize(out).toString().replace('\\', '/')));
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("mvnw").toString(), "-B", "-q", "-o", "-fae", "-f",
                reactor.resolve("pom.xml").toString(), "-Prun-job," + Target.DBR_16_4.mavenProfile(), "-DskipTests",
                "-Dnbmigrate.run.exec.skip=true", "-Dnbmigrate.target=" + Target.DBR_16_4.id(), "verify"));
        Process maven = new ProcessBuilder(command).directory(ROOT.toFile()).inheritIO().start();
        return maven.waitFor();
    }

    /** Where a side stopped: its cell and message, and for a job without one its last log line. */
    private static String stop(SideFailure failure) {
        String text = failure.side() + " at cell " + failure.cell() + ": " + firstLine(failure.message());
        if (failure.message().endsWith("see its log")) {
            List<String> lines = failure.traceback().lines().filter(l -> !l.isBlank() && !l.startsWith("\tat "))
                    .toList();
            text += lines.isEmpty() ? "" : " (" + lines.get(lines.size() - 1).strip() + ")";
        }
        return text;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
