package dev.nbmigrate.converter.cli;

import dev.nbmigrate.converter.assess.AssessmentReport;
import dev.nbmigrate.converter.assess.Assessor;
import dev.nbmigrate.converter.read.NotebookFinder;
import dev.nbmigrate.converter.assess.NotebookOutcome;
import dev.nbmigrate.converter.assess.ReportFormat;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

import dev.nbmigrate.converter.render.TemplateException;
import dev.nbmigrate.converter.render.TemplateRenderer;

/**
 * {@code nbmigrate assess <paths...> [--format md|json|html|csv] [--out DIR] [--templates DIR]}: what is in a batch of notebooks and how
 * much of it will migrate, before anything is converted. Exit status: 0 when all notebooks were analysed, 1 when some
 * finding reaches {@code --fail-on}, 2 for bad usage or when a notebook could not be read.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assesses notebooks before conversion: readiness per notebook and cell, PySpark API inventory, "
                + "inputs and outputs, parameters and hard-coded secrets (kind and location only).",
                "Folders are searched for .ipynb, .zpln, note.json and Databricks source exports."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all notebooks analysed (findings are in the report)",
                "1:some finding reaches --fail-on (e.g. --fail-on error: some code cannot be converted as is)",
                "2:bad usage, or a notebook could not be read (reported, the others are assessed)",
                "3:internal error: one line names the log file with the stack trace"})
final class AssessCommand implements Callable<Integer> {


    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Notebook files or folders of notebooks.")
    private List<Path> paths;

    @Option(names = "--format", paramLabel = "md|json|html|csv", defaultValue = "md",
            description = "Report format (default: ${DEFAULT-VALUE}); csv is one row per notebook with its verdict"
                    + " and effort.")
    private ReportFormat format;

    @Option(names = "--templates", paramLabel = "DIR", description = "A template folder whose assessment.md.ftl or"
            + " assessment.html.ftlh replaces the built-in one.")
    private Path templates;

    @Mixin
    private FailOnOption failOn;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    private boolean quiet;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write the report to DIR/assessment.<format> instead of printing it.")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            err.println("nbmigrate assess: --out " + out + " is a file, not a folder");
            return ExitCodes.BAD_INPUT;
        }
        List<Path> notebooks;
        try {
            notebooks = NotebookFinder.find(paths);
        } catch (UncheckedIOException e) {
            err.println("nbmigrate assess: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (notebooks.isEmpty()) {
            err.println("nbmigrate assess: no notebooks found in " + paths);
            return ExitCodes.BAD_INPUT;
        }
        TemplateRenderer renderer;
        try {
            renderer = new TemplateRenderer(templates);
        } catch (TemplateException e) {
            err.println("nbmigrate assess: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Progress progress = Progress.of(err, quiet, "assessing");
        List<NotebookOutcome> outcomes;
        try {
            outcomes = new Assessor().assess(notebooks, progress);
        } finally {
            progress.done();
        }
        String report;
        try {
            report = format.render(AssessmentReport.of(outcomes), renderer);
        } catch (TemplateException e) {
            err.println("nbmigrate assess: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(report);
            stdout.flush();
        } else {
            try {
                Path file = write(out, format.fileName(), report);
                LoggerFactory.getLogger(AssessCommand.class).info("Wrote {}", file);
            } catch (IOException e) {
                err.println("nbmigrate assess: cannot write the report to " + out + ": " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        List<NotebookOutcome> failed = outcomes.stream().filter(o -> o.program().isEmpty()).toList();
        if (!failed.isEmpty()) {
            err.println("nbmigrate assess: " + failed.size() + " of " + outcomes.size()
                    + " notebook(s) could not be analysed:");
            failed.forEach(o -> err.println("  " + o.name() + ": " + o.failure().orElseThrow().message()));
            err.flush();
        }
        boolean unreadable = !failed.isEmpty();
        boolean failing = outcomes.stream().flatMap(o -> o.program().stream())
                .anyMatch(p -> p.diagnostics().stream().anyMatch(failOn.failOn::failsOn));
        return unreadable ? ExitCodes.BAD_INPUT : failing ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** Writes through a temporary file and a move, so that a reader never sees half a report. */
    private static Path write(Path folder, String name, String content) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        Path temporary = folder.resolve("." + name + ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }
}
