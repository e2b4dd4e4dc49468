package dev.nbmigrate.converter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.nbmigrate.converter.convert.Conversion;
import dev.nbmigrate.converter.convert.NotebookResult;
import dev.nbmigrate.converter.convert.ProjectPaths;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.read.NotebookFinder;
import dev.nbmigrate.converter.render.ModuleRenderer;
import dev.nbmigrate.converter.render.TemplateException;
import dev.nbmigrate.converter.translate.NotebookTranslator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nbmigrate convert <notebooks...> --out generated [--target dbr-17.3|dbr-16.4] [--templates DIR] [--data DIR]}:
 * one tested job module per notebook, written atomically, and the output folder's {@code pom.xml} listing them all.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Converts notebooks into versioned, tested Java Spark job modules.",
                "Each notebook becomes <out>/<job-name>/ (written atomically: on any error the previous module stays);"
                        + " <out>/pom.xml lists every module. Findings are in each module's MIGRATION.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every notebook was read and its module written (findings are in the reports)",
                "1:a module was not written (its Java does not build), or a finding reaches --fail-on",
                "2:bad usage or an unreadable notebook (reported; the others are converted)",
                "3:internal error: one line names the log file with the stack trace"})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "NOTEBOOK",
            description = "Notebooks (.ipynb, Zeppelin note.json/.zpln, Databricks .py/.sql/.scala/.r exports) or"
                    + " folders of them.")
    private List<Path> notebooks;

    @Mixin
    private FailOnOption failOn;

    @Option(names = "--out", defaultValue = "generated", paramLabel = "DIR",
            description = "Output folder of the modules, in the project or anywhere else: each module builds on its own"
                    + " (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--target", defaultValue = "dbr-17.3", paramLabel = "TARGET",
            description = "dbr-17.3 (Spark 4.0, default) or dbr-16.4 (Spark 3.5).")
    private String target;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Folder of templates overriding the built-in ones, file by file.")
    private Path templates;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Sample data folder for the generated tests (default: the nearest data/ folder beside or"
                    + " above each notebook).")
    private Path data;

    @Option(names = "--timeout-per-notebook", defaultValue = "300", paramLabel = "SECONDS",
            description = "Time limit of one notebook's translation (default: ${DEFAULT-VALUE}); past it the notebook"
                    + " is reported (NBM514) and the batch goes on.")
    private long timeoutSeconds;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default: a line per notebook, its errors under it) or json (schema "
                    + ConvertJson.SCHEMA + ": every notebook's outcome, findings and cells).")
    private String format;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Notebooks converted at once (default: the available processors). Modules, output and"
                    + " logs are the same, in the same order, whatever N is.")
    private Integer jobs;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    private boolean quiet;

    ConvertCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Target chosen;
        try {
            chosen = Target.fromId(target);
        } catch (IllegalArgumentException e) {
            err.println("nbmigrate convert: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (!format.equals("text") && !format.equals("json")) {
            err.println("nbmigrate convert: --format must be text or json, not " + format);
            return ExitCodes.BAD_INPUT;
        }
        boolean json = format.equals("json");
        if (timeoutSeconds <= 0) {
            err.println("nbmigrate convert: --timeout-per-notebook must be a positive number of seconds, not "
                    + timeoutSeconds);
            return ExitCodes.BAD_INPUT;
        }
        int parallel = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (parallel < 1) {
            err.println("nbmigrate convert: --jobs must be at least 1, not " + parallel);
            return ExitCodes.BAD_INPUT;
        }
        ProjectPaths paths = new ProjectPaths(context.workingDir());
        if (paths.resolve(out).equals(paths.workingDir())) {
            err.println("nbmigrate convert: --out " + out + " is the project folder itself; give a folder of its own"
                    + " for the modules (inside the project or anywhere else)");
            return ExitCodes.BAD_INPUT;
        }
        try {
            NotebookTranslator translator = context.translator().get();
            ModuleRenderer renderer = Pipeline.renderer(paths, templates);
            List<Path> found = NotebookFinder.find(notebooks, paths.workingDir());
            java.util.Map<Path, List<String>> libraries = dev.nbmigrate.converter.convert.RunLibraries.find(found,
                    paths.workingDir());
            if (!json) {
                libraries.forEach((library, users) -> stdout.printf("included    %s: run with %%run by %s, so its code"
                        + " is part of those jobs, not a job of its own%n", library.toString().replace('\\', '/'),
                        String.join(", ", users)));
            }
            List<Path> files = found.stream().filter(f -> !libraries.containsKey(f)).toList();
            Progress progress = Progress.of(err, quiet, "converting");
            Conversion conversion = new Conversion(translator, renderer, paths)
                    .withTimeout(java.time.Duration.ofSeconds(timeoutSeconds)).withJobs(parallel).withListener(progress);
            List<NotebookResult> results;
            try {
                results = conversion.convert(files, chosen, data, out);
            } finally {
                progress.done();
            }
            int code = exitCode(results, failOn.failOn);
            boolean lineageFails = conversion.portfolioFindings().stream().anyMatch(failOn.failOn::failsOn);
            code = code == ExitCodes.OK && lineageFails ? ExitCodes.FAILED : code;
            if (json) {
                stdout.print(ConvertJson.render(results, libraries, conversion.portfolioFindings(), code));
                stdout.flush();
            } else {
                print(results, stdout);
                printPortfolio(conversion.portfolioFindings(), paths.resolve(out), paths.display(paths.resolve(out)),
                        stdout);
            }
            return code;
        } catch (IllegalStateException | TemplateException | IOException e) {
            err.println("nbmigrate convert: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    /**
     * 2 when a notebook was rejected (unreadable), else 1 when a module was not written or some finding reaches
     * {@code failOn}, else 0.
     */
    static int exitCode(List<NotebookResult> results, FailOn failOn) {
        if (results.stream().anyMatch(r -> r.outcome() == NotebookResult.Outcome.REJECTED)) {
            return ExitCodes.BAD_INPUT;
        }
        boolean failed = results.stream().anyMatch(r -> r.outcome() != NotebookResult.Outcome.WRITTEN
                || r.diagnostics().stream().anyMatch(failOn::failsOn));
        return failed ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** The portfolio line and its lineage findings (like the modules' findings, they count for --fail-on). */
    static void printPortfolio(List<Diagnostic> findings, Path outDir, String shown, PrintWriter out) {
        if (!java.nio.file.Files.isDirectory(outDir.resolve("portfolio")) && findings.isEmpty()) {
            return;
        }
        out.printf("portfolio   %s/portfolio: multi-task job, Data Factory pipeline, CI/CD pipelines, monitoring"
                + " queries (%d lineage findings)%n", shown, findings.size());
        for (Diagnostic d : findings) {
            out.println("    " + d.render());
        }
        out.flush();
    }

    static void print(List<NotebookResult> results, PrintWriter out) {
        int written = 0;
        int notWritten = 0;
        int rejected = 0;
        for (NotebookResult result : results) {
            switch (result.outcome()) {
                case WRITTEN -> {
                    written++;
                    out.printf("written     %s -> %s %s (%d errors, %d warnings, %d infos)%n", result.notebook(),
                            result.module(), result.version(), result.count(Severity.ERROR),
                            result.count(Severity.WARNING), result.count(Severity.INFO));
                }
                case NOT_WRITTEN -> {
                    notWritten++;
                    out.printf("not written %s -> %s: %s; the previous module is kept%n", result.notebook(),
                            result.module(), result.problem().isEmpty() ? "its Java does not build" : result.problem());
                }
                case REJECTED -> {
                    rejected++;
                    out.printf("rejected    %s: %s%n", result.notebook(), result.problem());
                }
            }
            for (Diagnostic d : result.diagnostics()) {
                if (d.severity() == Severity.ERROR) {
                    out.println("    " + d.render());
                }
            }
        }
        out.printf("%d notebooks: %d written, %d not written, %d rejected%n", results.size(), written, notWritten,
                rejected);
        out.flush();
    }
}
