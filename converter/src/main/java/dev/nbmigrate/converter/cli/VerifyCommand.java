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
import dev.nbmigrate.converter.verify.ModuleBuild;
import dev.nbmigrate.converter.verify.ModuleVerifier;
import dev.nbmigrate.converter.verify.VerifyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nbmigrate verify [modules...]}: builds and tests generated modules in one Maven reactor run. */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Builds and tests generated modules (all of them by default) in one Maven reactor run from the"
                + " project root, and prints module, build, tests and time.",
                "Exit code 0 when every module built and passed its tests, 1 otherwise, 2 on bad usage."})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    @Parameters(arity = "0..*", paramLabel = "MODULE", description = "Module names (or folders) to verify.")
    private List<String> modules = List.of();

    @Option(names = "--out", defaultValue = "generated", paramLabel = "DIR",
            description = "The folder of the generated modules (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--offline", description = "Run Maven offline (everything must be in the local repository).")
    private boolean offline;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default: a table of module, build, tests and time) or json (schema "
                    + VerifyJson.SCHEMA + ": each module's build, tests and time, Maven's exit code).")
    private String format;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    private boolean quiet;

    VerifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.util.Optional<String> badFormat = JsonOutput.formatProblem("verify", format);
        if (badFormat.isPresent()) {
            err.println(badFormat.get());
            return ExitCodes.BAD_INPUT;
        }
        ProjectPaths paths = new ProjectPaths(context.workingDir());
        List<String> names = modules.isEmpty() ? Conversion.moduleFolders(paths.resolve(out))
                : modules.stream().map(m -> Path.of(m).getFileName().toString()).toList();
        if (names.isEmpty()) {
            err.println("nbmigrate verify: " + paths.display(out) + " holds no generated modules; run 'nbmigrate convert'");
            return ExitCodes.BAD_INPUT;
        }
        List<String> projects = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (String name : names) {
            Path folder = paths.resolve(out).resolve(name);
            if (!Files.isRegularFile(folder.resolve("pom.xml"))) {
                err.println("nbmigrate verify: no module '" + name + "' in " + paths.display(out));
                return ExitCodes.BAD_INPUT;
            }
            folders.add(folder);
            projects.add(paths.display(folder));
        }
        try {
            List<String> profiles = ModuleTargets.profiles(folders);
            Progress progress = Progress.of(err, quiet, "building");
            VerifyResult result;
            try {
                result = new ModuleVerifier(paths.workingDir()).verify(projects, profiles, offline, progress);
            } finally {
                progress.done();
            }
            boolean stoppedEarly = result.modules().stream().allMatch(b -> b.outcome() == ModuleBuild.Outcome.NOT_BUILT)
                    && result.exitCode() != 0;
            int code = result.passed() ? ExitCodes.OK : ExitCodes.FAILED;
            if (format.equals("json")) {
                stdout.print(VerifyJson.render(result, stoppedEarly, code));
                stdout.flush();
                return code;
            }
            stdout.print(ModuleVerifier.table(result.modules()));
            if (stoppedEarly) {
                stdout.println("Maven stopped before building any module; its last lines:");
                result.outputTail().forEach(stdout::println);
            }
            stdout.flush();
            return code;
        } catch (IllegalArgumentException | IOException e) {
            err.println("nbmigrate verify: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
