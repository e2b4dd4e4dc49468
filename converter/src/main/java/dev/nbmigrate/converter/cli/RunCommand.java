package dev.nbmigrate.converter.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
import dev.nbmigrate.converter.verify.ModuleRunner;
import dev.nbmigrate.converter.verify.ReactorMembership;
import dev.nbmigrate.converter.verify.RunOutcome;
import dev.nbmigrate.runtime.paths.PathResolver;
import dev.nbmigrate.runtime.paths.PathRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nbmigrate run <module> [job options]}: builds a generated module and runs its job on embedded local Spark,
 * with the module's sample data as the lake; then says where the outputs went.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Builds a generated module and runs its job on local Spark. Lake locations map to"
                + " <module>/target/local-lake (a copy of the module's test data) unless the job options give"
                + " --local-root; tables go to <module>/target/spark-warehouse (emptied at the start of each run).",
                "Everything after MODULE is passed to the job (MODULE --help lists the job's options)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the job ran and succeeded",
                "1:the module did not build, or the job failed",
                "2:bad usage: an unknown module, a job option the job refuses, a --local-root that is no folder",
                "3:internal error: one line names the log file with the stack trace"})
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Where a module keeps the sample data its tests and local runs use as the lake. */
    private static final String SAMPLE_DATA = "src/test/resources/lake";

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "MODULE", description = "The module name (or folder).")
    private String module;

    @Parameters(index = "1..*", paramLabel = "JOB_OPTION", description = "Options for the job.")
    private List<String> jobArgs = new ArrayList<>();

    @Option(names = "--out", defaultValue = "generated", paramLabel = "DIR",
            description = "The folder of the generated modules, in the project or anywhere else (a module outside"
                    + " the project builds alone, with its own wrapper) (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--offline", description = "Run Maven offline.")
    private boolean offline;

    RunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProjectPaths paths = new ProjectPaths(context.workingDir());
        Path folder = paths.resolve(out).resolve(Path.of(module).getFileName().toString());
        if (!Files.isRegularFile(folder.resolve("migration.json"))) {
            List<String> modules = Conversion.moduleFolders(paths.resolve(out));
            err.println("nbmigrate run: no generated module '" + module + "' in " + paths.display(out) + (modules.isEmpty()
                    ? "; run 'nbmigrate convert' first" : "; the modules are: " + String.join(", ", modules)));
            return ExitCodes.BAD_INPUT;
        }
        Optional<String> localRoot = option("--local-root");
        if (localRoot.isPresent() && !Files.isDirectory(context.workingDir().resolve(localRoot.get()))) {
            err.println("nbmigrate run: --local-root " + localRoot.get() + " is not a folder (give the folder that lake"
                    + " locations map to)");
            return ExitCodes.BAD_INPUT;
        }
        if (localRoot.isEmpty() && !Files.isDirectory(folder.resolve(SAMPLE_DATA))) {
            err.println("nbmigrate run: module " + folder.getFileName() + " has no sample data (" + SAMPLE_DATA
                    + "); give the job's data with --local-root DIR");
            return ExitCodes.BAD_INPUT;
        }
        try {
            List<String> profiles = ModuleTargets.profiles(List.of(folder));
            // A module of the project's reactor builds there; one elsewhere (another folder, even inside the
            // project such as target/jobs) is a project of its own.
            boolean inProject = ReactorMembership.inReactor(paths.workingDir(), folder);
            ModuleRunner runner = new ModuleRunner(inProject ? paths.workingDir() : folder);
            RunOutcome outcome = runner.run(inProject ? paths.display(folder) : ModuleRunner.STANDALONE, jobArgs, profiles,
                    offline, context.environment(), context.workingDir(), line -> {
                        err.println(line);
                        err.flush();
                    });
            if (outcome.stage() == RunOutcome.Stage.BUILD) {
                err.println("nbmigrate run: module " + folder.getFileName() + " did not build (Maven exit code "
                        + outcome.exitCode() + "); the lines above say why");
                return ExitCodes.FAILED;
            }
            if (outcome.exitCode() == ExitCodes.BAD_INPUT) {
                err.println("nbmigrate run: the job refused its options (above); 'nbmigrate run "
                        + folder.getFileName() + " --help' lists them");
                return ExitCodes.BAD_INPUT;
            }
            if (!outcome.succeeded()) {
                err.println("nbmigrate run: the job failed (exit code " + outcome.exitCode() + "); its log is above");
                return ExitCodes.FAILED;
            }
            if (!jobArgs.contains("--help") && !jobArgs.contains("-h")) {
                printOutputs(folder, stdout);
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("nbmigrate run: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("nbmigrate run: interrupted");
            return ExitCodes.FAILED;
        }
    }

    /** Where each output of the job is now, by the local lake-path rule of this run. */
    private void printOutputs(Path folder, PrintWriter stdout) throws IOException {
        JsonNode record = new ObjectMapper().readTree(folder.resolve("migration.json").toFile());
        Optional<String> env = option("--env");
        if (env.isPresent() && !env.get().equals(PathResolver.LOCAL)) {
            stdout.println("outputs went where environment '" + env.get() + "' maps them");
            stdout.flush();
            return;
        }
        String root = option("--local-root").map(r -> context.workingDir().resolve(r).toString())
                .orElse(folder.resolve("target/local-lake").toString());
        PathResolver resolver = PathResolver.create(PathResolver.LOCAL, PathRules.none(), root, null,
                option("--working-dir").map(w -> context.workingDir().resolve(w).toString()).orElse(null));
        Path warehouse = folder.resolve("target/spark-warehouse");
        stdout.println("outputs:");
        for (JsonNode output : record.path("outputs")) {
            String location = output.path("location").asText();
            Path where;
            if (output.path("format").asText().equals("table")) {
                int dot = location.lastIndexOf('.');
                where = dot < 0 ? warehouse.resolve(location)
                        : warehouse.resolve(location.substring(0, dot) + ".db").resolve(location.substring(dot + 1));
            } else {
                try {
                    where = Path.of(resolver.resolve(location));
                } catch (RuntimeException e) {
                    stdout.printf("  %s: not mapped locally (%s)%n", location, e.getMessage());
                    continue;
                }
            }
            stdout.printf("  %s -> %s%s%n", location, where, Files.exists(where) ? "" : " (not written)");
        }
        stdout.flush();
    }

    /** The value the job options give {@code name} ({@code --x v} or {@code --x=v}), the last one winning. */
    private Optional<String> option(String name) {
        String value = null;
        for (int i = 0; i < jobArgs.size(); i++) {
            String arg = jobArgs.get(i);
            if (arg.equals(name) && i + 1 < jobArgs.size()) {
                value = jobArgs.get(i + 1);
            } else if (arg.startsWith(name + "=")) {
                value = arg.substring(name.length() + 1);
            }
        }
        return Optional.ofNullable(value);
    }
}
