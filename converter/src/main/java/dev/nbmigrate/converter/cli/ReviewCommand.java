package dev.nbmigrate.converter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.nbmigrate.converter.convert.Conversion;
import dev.nbmigrate.converter.convert.ProjectPaths;
import dev.nbmigrate.converter.render.TemplateException;
import dev.nbmigrate.converter.render.TemplateRenderer;
import dev.nbmigrate.converter.review.ModuleRecord;
import dev.nbmigrate.converter.review.Reviewer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nbmigrate review [MODULE...] [--out DIR]}: writes each module's review page, every notebook cell beside the
 * Java it became, with its outcome, findings and (when the module has a reconcile report) result comparison.
 */
@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes one self-contained HTML page per module (review.html): each notebook cell beside the"
                + " Java it became, its outcome (java, failing, left-out), its findings with their suggestion and,"
                + " when the module holds target/reconcile/reconcile.json, the result comparison of the cell. Keys"
                + " j and k move between findings."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every page was written (notices such as NBM540 are printed and shown on the page)",
                "2:bad usage or unreadable input: an unknown module, a module without migration.json, a missing"
                        + " notebook",
                "3:internal error: one line names the log file with the stack trace"})
final class ReviewCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    @Parameters(paramLabel = "MODULE", arity = "0..*",
            description = "Module names in the --generated folder, or module folders (default: every module there).")
    private List<String> modules = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write review.html (default: the module's"
            + " target/review/); with several modules, DIR/<module>/review.html.")
    private Path out;

    @Option(names = "--generated", defaultValue = "generated", paramLabel = "DIR",
            description = "The folder of generated modules that MODULE names are looked up in (default:"
                    + " ${DEFAULT-VALUE}).")
    private Path generated;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A template folder whose review.html.ftlh replaces the built-in one.")
    private Path templates;

    ReviewCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProjectPaths paths = new ProjectPaths(context.workingDir());
        List<Path> folders = new ArrayList<>();
        if (modules.isEmpty()) {
            Conversion.moduleFolders(paths.resolve(generated)).forEach(m -> folders.add(paths.resolve(generated)
                    .resolve(m)));
            if (folders.isEmpty()) {
                err.println("nbmigrate review: " + paths.display(generated) + " holds no generated modules");
                return ExitCodes.BAD_INPUT;
            }
        }
        for (String module : modules) {
            Path folder = folder(paths, module);
            if (folder == null) {
                err.println("nbmigrate review: '" + module + "' is neither a module of " + paths.display(generated)
                        + " nor a folder holding " + ModuleRecord.FILE + "; modules there: "
                        + String.join(", ", Conversion.moduleFolders(paths.resolve(generated))));
                return ExitCodes.BAD_INPUT;
            }
            folders.add(folder);
        }
        try {
            Reviewer reviewer = new Reviewer(new TemplateRenderer(templates == null ? null
                    : paths.resolve(templates)), paths);
            for (Path folder : folders) {
                Path target = out == null ? folder.resolve("target").resolve("review")
                        : folders.size() == 1 ? paths.resolve(out)
                        : paths.resolve(out).resolve(folder.getFileName().toString());
                Reviewer.Result result = reviewer.review(folder, target);
                result.notices().forEach(n -> err.println("nbmigrate review: " + folder.getFileName() + ": "
                        + n.code() + " " + n.message()));
                stdout.println(paths.display(result.page()));
            }
            return ExitCodes.OK;
        } catch (IOException | TemplateException e) {
            err.println("nbmigrate review: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            stdout.flush();
        }
    }

    private Path folder(ProjectPaths paths, String module) {
        Path named = paths.resolve(generated).resolve(module);
        if (!module.contains("/") && !module.contains("\\") && Files.isRegularFile(named.resolve(ModuleRecord.FILE))) {
            return named;
        }
        Path given = paths.resolve(Path.of(module));
        return Files.isRegularFile(given.resolve(ModuleRecord.FILE)) ? given : null;
    }
}
