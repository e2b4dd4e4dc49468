package dev.nbmigrate.converter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import dev.nbmigrate.converter.assess.Assessor;
import dev.nbmigrate.converter.bench.BenchReport;
import dev.nbmigrate.converter.bench.ChildJvm;
import dev.nbmigrate.converter.bench.ProcessCost;
import dev.nbmigrate.converter.bench.PythonFloor;
import dev.nbmigrate.converter.convert.Conversion;
import dev.nbmigrate.converter.convert.ProjectPaths;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.read.NotebookFinder;
import dev.nbmigrate.converter.render.ModuleRenderer;
import dev.nbmigrate.converter.render.TemplateException;
import dev.nbmigrate.converter.translate.NotebookTranslator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nbmigrate bench FOLDER [--format text|json] [--jobs N]}: what {@code convert} and {@code assess} cost on a
 * folder of notebooks, in CPU seconds (so other load on the machine does not count), against a floor: what CPython
 * takes to load the same notebooks and parse their code cells. Converts into a temporary folder in
 * the project's {@code target/}, removed after.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures the CPU seconds of convert and assess per notebook on a folder, of start-up in a"
                + " fresh JVM, and of a floor (python3 loading the notebooks' JSON and parsing their code cells), the"
                + " ratios to that floor, and this JVM's peak resident memory.",
                "Modules are written to a temporary folder in target/, removed afterwards."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "2:bad usage, or no notebooks in the folder",
                "3:internal error: one line names the log file with the stack trace"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "A folder of notebooks (searched like convert's).")
    private Path folder;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default: a table) or json (schema " + BenchReport.SCHEMA + ").")
    private String format;

    @Option(names = "--jobs", defaultValue = "1", paramLabel = "N",
            description = "Notebooks converted at once (default: ${DEFAULT-VALUE}; CPU seconds add up over them).")
    private int jobs;

    @Option(names = "--no-startup",
            description = "Leave out the start-up measures (each starts a JVM of its own).")
    private boolean noStartup;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, TemplateException {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("nbmigrate bench: --format must be text or json, not " + format);
            return ExitCodes.BAD_INPUT;
        }
        if (jobs < 1) {
            err.println("nbmigrate bench: --jobs must be at least 1, not " + jobs);
            return ExitCodes.BAD_INPUT;
        }
        ProjectPaths paths = new ProjectPaths(context.workingDir());
        Path resolved = paths.resolve(folder);
        if (!Files.isDirectory(resolved)) {
            err.println("nbmigrate bench: " + folder + " is not a folder");
            return ExitCodes.BAD_INPUT;
        }
        List<Path> notebooks = NotebookFinder.find(List.of(resolved), paths.workingDir());
        if (notebooks.isEmpty()) {
            err.println("nbmigrate bench: no notebooks in " + folder);
            return ExitCodes.BAD_INPUT;
        }
        List<BenchReport.Row> rows = new ArrayList<>();
        if (!noStartup) {
            startup(rows, List.of("--help"), "start-up", "start-up: --help in a fresh JVM", err);
            startup(rows, List.of("assess", notebooks.get(0).toString()), "assessStartup",
                    "start-up: assess of one notebook, fresh JVM", err);
        }
        StringBuilder why = new StringBuilder();
        PythonFloor.Result floor = new PythonFloor().measure(notebooks, why).orElse(null);

        long before = ProcessCost.cpuNanos();
        NotebookTranslator translator = context.translator().get();
        ModuleRenderer renderer = Pipeline.renderer(paths, null);
        rows.add(new BenchReport.Row("convertSetup", "convert set-up (translator, templates, compiler)",
                seconds(before), false));
        // Inside the project's target/ folder: generated modules name their build paths from the project.
        Path scratch = Files.createDirectories(paths.resolve(Path.of("target")));
        Path out = Files.createTempDirectory(scratch, "nbmigrate-bench");
        try {
            before = ProcessCost.cpuNanos();
            new Conversion(translator, renderer, paths).withJobs(jobs).convert(notebooks, Target.fromId("dbr-17.3"),
                    null, out);
            rows.add(new BenchReport.Row("convert", "convert", seconds(before), true));
        } finally {
            deleteTree(out);
        }
        before = ProcessCost.cpuNanos();
        new Assessor().assess(notebooks);
        rows.add(new BenchReport.Row("assess", "assess (after convert: the JVM is warm)", seconds(before), true));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        BenchReport.Machine machine = new BenchReport.Machine(Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize(), System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
                + ")", Runtime.getRuntime().maxMemory());
        BenchReport report = new BenchReport(folder.toString().replace('\\', '/'), notebooks.size(), machine, floor,
                why.toString(), rows, ProcessCost.peakResidentBytes());
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(format.equals("json") ? report.json() : report.text());
        stdout.flush();
        return ExitCodes.OK;
    }

    private static void startup(List<BenchReport.Row> rows, List<String> args, String key, String label,
            PrintWriter err) {
        StringBuilder why = new StringBuilder();
        OptionalDouble cpu = new ChildJvm().cpuSeconds(args, why);
        if (cpu.isPresent()) {
            rows.add(new BenchReport.Row(key, label, cpu.getAsDouble(), false));
        } else {
            err.println("nbmigrate bench: " + label + " not measured: " + why);
        }
    }

    private static double seconds(long beforeNanos) {
        return (ProcessCost.cpuNanos() - beforeNanos) / 1e9;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
