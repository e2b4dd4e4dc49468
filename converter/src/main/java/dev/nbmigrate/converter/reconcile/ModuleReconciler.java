package dev.nbmigrate.converter.reconcile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nbmigrate.converter.assess.FileRunTargets;
import dev.nbmigrate.converter.cells.CellClassifier;
import dev.nbmigrate.converter.read.NotebookReadException;
import dev.nbmigrate.converter.read.NotebookReader;
import dev.nbmigrate.converter.render.ModuleRenderer;
import dev.nbmigrate.converter.verify.ModuleRunner;
import dev.nbmigrate.converter.verify.ReactorMembership;
import dev.nbmigrate.converter.verify.RunOutcome;
import dev.nbmigrate.runtime.inspect.Capture;
import dev.nbmigrate.runtime.paths.PathResolver;
import dev.nbmigrate.runtime.paths.PathRules;
import dev.nbmigrate.runtime.secrets.Redactor;

/**
 * Reconciles one generated module with the notebook its {@code migration.json} names: runs the notebook under
 * PySpark and the job on local Spark, each on its own copy of the same data folder, and compares what they wrote and
 * displayed ({@link Reconciler}).
 *
 * @param projectRoot the project folder (aggregator pom, {@code mvnw}, the notebooks)
 * @param pyspark     the PySpark to run notebooks with
 * @param offline     whether Maven runs offline
 * @param environment variables for Maven and the job
 * @param log         where both sides' output lines go
 * @param prebuilt    whether the modules are already built with the run-job profile (one reactor build of many
 *                    modules): the job then runs without a Maven build of its own
 */
public record ModuleReconciler(Path projectRoot, PySpark pyspark, boolean offline, Map<String, String> environment,
        Consumer<String> log, boolean prebuilt) {

    /** A reconciler that builds each module before running its job. */
    public ModuleReconciler(Path projectRoot, PySpark pyspark, boolean offline, Map<String, String> environment,
            Consumer<String> log) {
        this(projectRoot, pyspark, offline, environment, log, false);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Output formats Spark reads back as rows; others (ML models, Delta without its jar, JDBC) are not compared. */
    private static final Set<String> READABLE = Set.of("parquet", "csv", "json", "orc", "text", "avro");
    private static final Pattern SECRET_REF = Pattern.compile("@SecretRef\\(\"([^\"]+)\"\\)");
    /** How many of the job's last output lines a failure keeps. */
    private static final int TAIL = 30;

    /** What a reconciliation ran on, besides its result: the notebook's capture feeds {@code --record}. */
    public record Run(Reconciliation reconciliation, JsonNode notebookCapture, JsonNode migration) {
    }

    /**
     * @param module   the module folder
     * @param data     the data folder (null: the module's {@code dataRoot})
     * @param profiles Maven profiles the module needs
     * @param scratch  an empty folder for both runs
     */
    public Run reconcile(Path module, Path data, List<String> profiles, Path scratch)
            throws IOException, InterruptedException {
        return reconcile(module, data, null, profiles, scratch);
    }

    /**
     * As {@link #reconcile(Path, Path, List, Path)}, with relative paths ({@code data/x.csv}, {@code ../data/x.csv})
     * taken on both sides from {@code workingDir}, a folder below the data folder: where the notebook was beside its
     * data (null: the data folder itself).
     */
    public Run reconcile(Path module, Path data, String workingDir, List<String> profiles, Path scratch)
            throws IOException, InterruptedException {
        String below = workingDir == null ? "" : workingDir.replace('\\', '/').replaceAll("^/+|/+$", "");
        if (below.equals("..") || below.startsWith("../") || below.contains("/../")) {
            throw new IOException("--working-dir " + workingDir + " leaves the data folder; give a folder below it");
        }
        environment.forEach((name, value) -> {
            if (name.startsWith("NBM_SECRET_")) {
                Redactor.register(value); // the notebook side may print what it read; reports mask it
            }
        });
        JsonNode migration = JSON.readTree(module.resolve("migration.json").toFile());
        String notebook = migration.path("source").path("path").asText();
        Path dataRoot = data != null ? data : projectRoot.resolve(migration.path("dataRoot").asText("data"));
        if (!Files.isDirectory(dataRoot)) {
            throw new IOException("no data folder " + dataRoot + " for module " + module.getFileName()
                    + "; give one with --data DIR");
        }
        List<SideFailure> failures = new ArrayList<>();
        NotebookSteps steps;
        try {
            steps = NotebookSteps.of(CellClassifier.classify(new NotebookReader().read(projectRoot.resolve(notebook),
                    notebook)), new FileRunTargets(projectRoot));
        } catch (NotebookReadException e) {
            throw new IOException("cannot read " + notebook + ": " + e.getMessage(), e);
        }
        Path notebookSide = scratch.resolve("notebook");
        copy(dataRoot, notebookSide.resolve("lake"));
        JsonNode given = given(migration);
        JsonNode notebookCapture;
        try {
            notebookCapture = NotebookRun.run(steps, given, pyspark, notebookSide, below,
                    line -> log.accept("[notebook] " + line));
        } catch (IOException e) {
            // the notebook side could not run (or wrote no capture): a side failure, and the job is still run
            notebookCapture = JSON.createObjectNode().set("error", JSON.createObjectNode().put("cell", 0)
                    .put("message", e.getMessage()).put("traceback", ""));
        }
        JsonNode error = notebookCapture.path("error");
        if (error.isObject()) {
            failures.add(new SideFailure("notebook", error.path("cell").asInt(0),
                    pyspark.explain(error.path("message").asText()), error.path("traceback").asText()));
        }
        Path jobSide = scratch.resolve("job");
        Path jobLake = jobSide.resolve("lake");
        copy(dataRoot, jobLake);
        Path spec = jobSide.resolve("capture-spec.json");
        Path captureFile = jobSide.resolve("capture.json");
        Path jobWorkingDir = jobLake.resolve(below);
        Files.createDirectories(jobWorkingDir);
        JSON.writeValue(spec.toFile(), jobSpec(notebookCapture, migration, jobLake, jobWorkingDir, captureFile));
        Map<String, String> jobEnvironment = new TreeMap<>(placeholderSecrets(module));
        jobEnvironment.putAll(environment);
        Deque<String> tail = new ArrayDeque<>();
        boolean inReactor = ReactorMembership.inReactor(projectRoot, module);
        Path runnerRoot = inReactor || prebuilt ? projectRoot : module;
        String modulePath = inReactor || prebuilt ? projectRoot.relativize(module.toAbsolutePath().normalize())
                .toString() : ModuleRunner.STANDALONE;
        List<String> jvmOptions = List.of("-D" + Capture.PROPERTY + "=" + spec);
        List<String> jobArgs = List.of("--local-root", jobLake.toString(), "--working-dir", jobWorkingDir.toString());
        Consumer<String> jobLog = line -> {
            log.accept("[job] " + line);
            tail.addLast(line);
            if (tail.size() > TAIL) {
                tail.removeFirst();
            }
        };
        RunOutcome outcome = prebuilt
                ? new ModuleRunner(runnerRoot).runBuilt(modulePath, jvmOptions, jobArgs, jobEnvironment, projectRoot,
                        jobLog)
                : new ModuleRunner(runnerRoot).run(modulePath, jvmOptions, jobArgs, profiles, offline, jobEnvironment,
                        projectRoot, jobLog);
        JsonNode jobCapture = Files.isRegularFile(captureFile) ? JSON.readTree(captureFile.toFile())
                : JSON.createObjectNode();
        if (outcome.stage() == RunOutcome.Stage.BUILD) {
            failures.add(new SideFailure("job", 0, "the module did not build (Maven exit code " + outcome.exitCode()
                    + ")", String.join("\n", tail)));
        } else if (!outcome.succeeded()) {
            failures.add(new SideFailure("job", 0, "the job failed (exit code " + outcome.exitCode() + "): "
                    + jobCapture.path("error").asText("see its log"), String.join("\n", tail)));
        }
        Set<String> inputs = new TreeSet<>();
        given.forEach(table -> inputs.add(table.path("table").asText().toLowerCase(Locale.ROOT)));
        List<Reconciled> compared = Reconciler.reconcile(notebookCapture, jobCapture, migration.path("jobClassLines"),
                inputs);
        Path acceptedFile = AcceptedDifferences.fileFor(projectRoot.resolve(notebook));
        AcceptedDifferences accepted = AcceptedDifferences.read(acceptedFile);
        String acceptedName = Path.of(notebook).resolveSibling(acceptedFile.getFileName()).toString().replace('\\', '/');
        Reconciliation reconciliation = new Reconciliation(migration.path("module").asText(), notebook,
                pyspark.version(), failures, accepted.apply(compared), steps.skipped(), acceptedName,
                accepted.stale(compared));
        return new Run(reconciliation, notebookCapture, migration);
    }

    /** The {@code given} tables of the module's expectations file: created before both runs, not outputs. */
    private JsonNode given(JsonNode migration) throws IOException {
        String expectations = migration.path("expectations").asText("");
        Path file = projectRoot.resolve(expectations);
        if (expectations.isEmpty() || !Files.isRegularFile(file)) {
            return JSON.createArrayNode();
        }
        return JSON.readTree(file.toFile()).path("given");
    }

    /**
     * A placeholder for every secret the job's config declares ({@code @SecretRef("name")}), as its generated test
     * gives them: the notebook side ran without the real ones too. The user's own {@code NBM_SECRET_*} win.
     */
    private static Map<String, String> placeholderSecrets(Path module) throws IOException {
        Map<String, String> secrets = new TreeMap<>();
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return secrets;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Config.java")).sorted().toList()) {
                Matcher m = SECRET_REF.matcher(Files.readString(file));
                while (m.find()) {
                    secrets.put("NBM_SECRET_" + m.group(1).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"),
                            ModuleRenderer.SECRET_PLACEHOLDER);
                }
            }
        }
        return secrets;
    }

    /** The job's capture spec: read back every file output the notebook wrote, and those the module lists. */
    private static ObjectNode jobSpec(JsonNode notebookCapture, JsonNode migration, Path jobLake, Path workingDir,
            Path out) {
        PathResolver resolver = PathResolver.create(PathResolver.LOCAL, PathRules.none(), jobLake.toString(), null,
                workingDir.toString());
        ObjectNode spec = JSON.createObjectNode().put("out", out.toString()).put("maxRows", NotebookRun.MAX_ROWS)
                .put("maxOutputRows", NotebookRun.MAX_OUTPUT_ROWS);
        ArrayNode files = spec.putArray("files");
        Set<String> seen = new HashSet<>();
        for (JsonNode output : notebookCapture.path("outputs")) {
            if (!output.path("format").asText().equals("table") && seen.add(key(output.path("name").asText()))) {
                addFile(files, resolver, output.path("name").asText(), output.path("format").asText(),
                        output.path("options"));
            }
        }
        for (JsonNode output : migration.path("outputs")) {
            String format = output.path("format").asText();
            if (READABLE.contains(format) && seen.add(key(output.path("location").asText()))) {
                addFile(files, resolver, output.path("location").asText(), format, JSON.createObjectNode());
            }
        }
        return spec;
    }

    private static String key(String location) {
        return location.replaceAll("/+$", "");
    }

    private static void addFile(ArrayNode files, PathResolver resolver, String location, String format,
            JsonNode options) {
        try {
            files.addObject().put("name", location).put("format", format).put("path", resolver.resolve(location))
                    .set("options", options.isObject() ? options : JSON.createObjectNode());
        } catch (RuntimeException e) { // not mapped locally: nothing to read back
            files.remove(files.size() - 1);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
