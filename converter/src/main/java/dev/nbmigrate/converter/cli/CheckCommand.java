package dev.nbmigrate.converter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.nbmigrate.converter.convert.Conversion;
import dev.nbmigrate.converter.convert.OutputCheck;
import dev.nbmigrate.converter.convert.ProjectPaths;
import dev.nbmigrate.converter.render.TemplateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nbmigrate check [--out generated]}: regenerates every module from its notebook into a scratch folder and
 * fails with a unified diff when the committed output differs.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Regenerates every module of the output folder from its notebook and fails, printing a unified"
                + " diff, if the committed output differs from what the current converter makes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the output folder is up to date",
                "1:it differs from what the converter makes now (the diff is printed)",
                "2:bad usage, or a notebook that cannot be regenerated",
                "3:internal error: one line names the log file with the stack trace"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    @Option(names = "--out", defaultValue = "generated", paramLabel = "DIR",
            description = "The committed output folder (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--templates", paramLabel = "DIR", description = "The template folder the output was made with.")
    private Path templates;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Sample data folder (default: the one each module's migration.json records).")
    private Path data;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default: the diff and a summary line) or json (schema " + CheckJson.SCHEMA
                    + ": up to date or not, the modules, each differing file with its diff, the problems).")
    private String format;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> badFormat = JsonOutput.formatProblem("check", format);
        if (badFormat.isPresent()) {
            err.println(badFormat.get());
            return ExitCodes.BAD_INPUT;
        }
        ProjectPaths paths = new ProjectPaths(context.workingDir());
        if (Conversion.moduleFolders(paths.resolve(out)).isEmpty()
                && !Files.isRegularFile(paths.resolve(out).resolve(Conversion.AGGREGATOR))) {
            err.println("nbmigrate check: " + paths.display(out) + " holds no generated modules");
            return ExitCodes.BAD_INPUT;
        }
        Path scratch = null;
        try {
            Conversion conversion = new Conversion(context.translator().get(), Pipeline.renderer(paths, templates), paths);
            scratch = Files.createTempDirectory("nbmigrate-check");
            OutputCheck.Result result = new OutputCheck(conversion, paths).check(out, data, scratch);
            if (format.equals("json")) {
                int code = !result.problems().isEmpty() ? ExitCodes.BAD_INPUT
                        : result.differences().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
                stdout.print(CheckJson.render(paths.display(out), result, code));
                return code;
            }
            result.differences().forEach(stdout::print);
            result.problems().forEach(p -> err.println("nbmigrate check: " + p));
            if (!result.problems().isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            if (!result.differences().isEmpty()) {
                stdout.printf("%s differs from what the converter makes now (%d files): run 'nbmigrate convert' on the"
                        + " notebooks and commit the result%n", paths.display(out), result.differences().size());
                return ExitCodes.FAILED;
            }
            stdout.printf("%s is up to date (%d modules)%n", paths.display(out), result.regenerated().size());
            return ExitCodes.OK;
        } catch (IllegalStateException | TemplateException | IOException e) {
            err.println("nbmigrate check: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            stdout.flush();
            Scratch.delete(scratch);
        }
    }
}
