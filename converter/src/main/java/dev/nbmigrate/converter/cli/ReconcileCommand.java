package dev.nbmigrate.converter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nbmigrate.converter.convert.Conversion;
import dev.nbmigrate.converter.convert.ProjectPaths;
import dev.nbmigrate.converter.reconcile.ExpectationsRecorder;
import dev.nbmigrate.converter.reconcile.ModuleReconciler;
import dev.nbmigrate.converter.reconcile.PySpark;
import dev.nbmigrate.converter.reconcile.Reconciliation;
import dev.nbmigrate.converter.reconcile.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nbmigrate reconcile <module or notebook>...}: runs the legacy notebook under a local PySpark and the
 * generated job on local Spark on the same data, and reports, cell by cell, whether they wrote and displayed the
 * same.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Proves a migration against the notebook itself: runs the legacy notebook under a local"
                + " PySpark (kernel semantics: %%sql as spark.sql, %%local left out, %%run inlined, widgets at their"
                + " defaults, storage URLs mapped onto the data folder) and the generated job on local Spark, on"
                + " copies of the same data, and compares every written output and every displayed result.",
                "Give module names or folders, notebooks (their module is found in --out), or the folder of the"
                        + " modules (all of them)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything compared is equal, or differs as <notebook>.accepted.json accepts",
                "1:something differs, or is written or displayed on one side only, and is not accepted",
                "2:a side could not run (PySpark not found, the notebook failed at a cell, the job failed), or bad"
                        + " usage",
                "3:internal error: one line names the log file with the stack trace"})
final class ReconcileCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "MODULE|NOTEBOOK", description = "What to reconcile.")
    private List<Path> targets = new ArrayList<>();

    @Option(names = "--pyspark", defaultValue = PySpark.AUTO, paramLabel = "auto|PATH",
            description = "The PySpark to run notebooks with: auto (python3's own, else ../shared/pyspark/setup"
                    + " beside the project), a setup script printing export lines, or a site-packages folder"
                    + " (default: ${DEFAULT-VALUE}). The interpreter is PYSPARK_PYTHON when set, else python3 or"
                    + " /usr/bin/python3, one with pandas preferred (toPandas() needs it).")
    private String pyspark;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The data folder storage URLs map onto (default: the module's dataRoot).")
    private Path data;

    @Option(names = "--working-dir", paramLabel = "DIR",
            description = "The notebook's folder inside the data folder, where its relative paths (data/x.csv,"
                    + " ../data/x.csv) start on both sides (default: the data folder itself).")
    private String workingDir;

    @Option(names = "--record", description = "Write the notebook's expectations file from the PySpark run (all"
            + " columns of every output), replacing hand-written values; reconvert to update the generated test.")
    private boolean record;

    @Option(names = "--format", defaultValue = "md", paramLabel = "md|html|json",
            description = "Report format (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the report here instead of standard output.")
    private Path report;

    @Option(names = "--out", defaultValue = "generated", paramLabel = "DIR",
            description = "The folder of the generated modules (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--offline", description = "Run Maven offline.")
    private boolean offline;

    @Option(names = "--keep", description = "Keep the scratch folder of each run (its path is printed).")
    private boolean keep;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    private boolean quiet;

    ReconcileCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        ProjectPaths paths = new ProjectPaths(context.workingDir());
        Path modulesDir = paths.resolve(out);
        List<Path> modules = new ArrayList<>();
        for (Path target : targets) {
            Optional<List<Path>> found = modules(paths.resolve(target), modulesDir, context.workingDir());
            if (found.isEmpty()) {
                err.println("nbmigrate reconcile: " + target + " is no generated module, no notebook converted into"
                        + " " + paths.display(out) + ", and no folder of modules");
                return ExitCodes.BAD_INPUT;
            }
            modules.addAll(found.get());
        }
        PySpark python;
        try {
            python = PySpark.locate(pyspark, context.workingDir(), context.environment());
        } catch (PySpark.NotFound e) {
            err.println("nbmigrate reconcile: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        ModuleReconciler reconciler = new ModuleReconciler(context.workingDir(), python, offline,
                context.environment(), line -> {
                    err.println(line);
                    err.flush();
                });
        List<Reconciliation> results = new ArrayList<>();
        Progress progress = Progress.of(err, quiet, "reconciling");
        for (int i = 0; i < modules.size(); i++) {
            Path module = modules.get(i);
            progress.started(i, modules.size(), paths.display(module));
            Path scratch = Files.createTempDirectory("nbmigrate-reconcile-");
            try {
                ModuleReconciler.Run run = reconciler.reconcile(module, data == null ? null : paths.resolve(data),
                        workingDir, ModuleTargets.profiles(List.of(module)), scratch);
                results.add(run.reconciliation());
                // the module keeps its latest result, which nbmigrate review shows beside each cell
                Path kept = module.resolve(dev.nbmigrate.converter.review.ReconcileResults.FILE);
                Files.createDirectories(kept.getParent());
                Files.writeString(kept, dev.nbmigrate.converter.reconcile.ReportFormat.JSON.render(
                        List.of(run.reconciliation())), StandardCharsets.UTF_8);
                if (record) {
                    Path written = ExpectationsRecorder.write(run, context.workingDir());
                    err.println("nbmigrate reconcile: wrote " + paths.display(written) + "; run 'nbmigrate convert "
                            + run.reconciliation().notebook() + "' to update the module's test");
                }
            } finally {
                if (keep) {
                    err.println("nbmigrate reconcile: kept " + scratch);
                } else {
                    Scratch.delete(scratch);
                }
            }
        }
        progress.done();
        String text = format.render(results);
        if (report != null) {
            Path file = paths.resolve(report).toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        if (results.stream().anyMatch(r -> !r.failures().isEmpty())) {
            return ExitCodes.BAD_INPUT;
        }
        return results.stream().allMatch(Reconciliation::equal) ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** The modules a target names: a module folder or name, a notebook converted into one, a folder of modules. */
    private static Optional<List<Path>> modules(Path target, Path modulesDir, Path root) throws IOException {
        if (Files.isRegularFile(target.resolve("migration.json"))) {
            return Optional.of(List.of(target));
        }
        Path named = modulesDir.resolve(target.getFileName().toString());
        if (Files.isRegularFile(named.resolve("migration.json"))) {
            return Optional.of(List.of(named));
        }
        List<String> names = Files.isDirectory(target) ? Conversion.moduleFolders(target) : List.of();
        if (!names.isEmpty()) {
            return Optional.of(names.stream().map(target::resolve).toList());
        }
        if (Files.isRegularFile(target)) {
            ObjectMapper json = new ObjectMapper();
            for (String name : Conversion.moduleFolders(modulesDir)) {
                JsonNode migration = json.readTree(modulesDir.resolve(name).resolve("migration.json").toFile());
                Path source = root.resolve(migration.path("source").path("path").asText());
                if (Files.exists(source) && Files.isSameFile(source, target)) {
                    return Optional.of(List.of(modulesDir.resolve(name)));
                }
            }
        }
        return Optional.empty();
    }
}
