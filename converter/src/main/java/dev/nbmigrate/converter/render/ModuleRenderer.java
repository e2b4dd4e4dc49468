package dev.nbmigrate.converter.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import com.github.javaparser.ast.CompilationUnit;

import dev.nbmigrate.converter.check.CellMap;
import dev.nbmigrate.converter.check.CompileError;
import dev.nbmigrate.converter.check.CompileResult;
import dev.nbmigrate.converter.check.BatchCompiler;
import dev.nbmigrate.converter.model.ClusterSettings;
import dev.nbmigrate.converter.check.InMemoryCompiler;
import dev.nbmigrate.converter.check.JavaSource;
import dev.nbmigrate.converter.check.JavaUnits;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.expect.Expectations;
import dev.nbmigrate.converter.expect.Expectations.GivenTable;
import dev.nbmigrate.converter.model.ConfigField;
import dev.nbmigrate.converter.model.DataAccess;
import dev.nbmigrate.converter.model.CellOutcomes;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.JobSection;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.render.ModuleViews.AccessView;
import dev.nbmigrate.converter.render.ModuleViews.BadConfigView;
import dev.nbmigrate.converter.render.ModuleViews.BundleVariable;
import dev.nbmigrate.converter.render.ModuleViews.BundleView;
import dev.nbmigrate.converter.render.ModuleViews.CellLines;
import dev.nbmigrate.converter.render.ModuleViews.ConfigView;
import dev.nbmigrate.converter.render.ModuleViews.DiagnosticView;
import dev.nbmigrate.converter.render.ModuleViews.GivenView;
import dev.nbmigrate.converter.render.ModuleViews.JobView;
import dev.nbmigrate.converter.render.ModuleViews.LineRange;
import dev.nbmigrate.converter.render.ModuleViews.MigrationView;
import dev.nbmigrate.converter.render.ModuleViews.ModuleInfo;
import dev.nbmigrate.converter.render.ModuleViews.OutputView;
import dev.nbmigrate.converter.render.ModuleViews.ParameterView;
import dev.nbmigrate.converter.render.ModuleViews.ReportView;
import dev.nbmigrate.converter.render.ModuleViews.SecretView;
import dev.nbmigrate.converter.render.ModuleViews.SectionView;
import dev.nbmigrate.converter.render.ModuleViews.Setting;
import dev.nbmigrate.converter.render.ModuleViews.SourceView;
import dev.nbmigrate.converter.render.ModuleViews.SparkView;
import dev.nbmigrate.converter.render.ModuleViews.TestView;
import dev.nbmigrate.converter.write.GeneratedModule;
import dev.nbmigrate.converter.write.ModuleVersion;
import dev.nbmigrate.runtime.config.Names;
import dev.nbmigrate.runtime.config.OptionSpec;
import dev.nbmigrate.runtime.secrets.EnvSecretStore;

/**
 * The render stage's entry point: one {@link JobModel} in, one module's files out. It renders
 * every file from the templates, checks every Java file with JavaParser, compiles the job and its config record in
 * memory, builds the job as the runtime will to validate its parameters, derives the generated tests from the
 * expectations file, and computes the content hash and version. Problems become {@code NBM5xx} diagnostics naming the
 * notebook cell; when the Java does not parse or compile no module is returned.
 *
 * <p>Safe for several modules at once: the template renderer and the compiler are.
 */
public final class ModuleRenderer {

    /** The templates of one module, by the file each makes. */
    public static final Map<String, String> FILE_TEMPLATES = templates();
    /** The template of {@code generated/pom.xml}. */
    public static final String AGGREGATOR_TEMPLATE = "generated-pom.xml.ftl";
    /** The Maven group of every generated module. */
    public static final String GROUP_ID = "dev.nbmigrate.jobs";
    /** What a test run gives each secret the job reads: never a real secret. */
    public static final String SECRET_PLACEHOLDER = "placeholder-for-tests";

    private static final String RUNTIME = "dev.nbmigrate.runtime.";
    private static final SortedSet<String> JOB_IMPORTS = new TreeSet<>(List.of(RUNTIME + "JobContext",
            RUNTIME + "SparkJob", RUNTIME + "SparkSettings"));
    private static final SortedSet<String> CONFIG_IMPORTS = new TreeSet<>(List.of(RUNTIME + "config.Alias",
            RUNTIME + "config.Default", RUNTIME + "config.Help", RUNTIME + "config.OneOf", RUNTIME + "config.Pattern",
            RUNTIME + "config.Range", RUNTIME + "config.Required", RUNTIME + "config.Schemes",
            RUNTIME + "config.SecretRef", RUNTIME + "secrets.Secret", "java.math.BigDecimal", "java.time.Duration",
            "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.util.List"));
    private static final SortedSet<String> TEST_IMPORTS = new TreeSet<>(List.of(
            "static " + RUNTIME + "testkit.DatasetAssert.assertThatDataset", "static " + RUNTIME + "testkit.Rows.row",
            "static org.apache.spark.sql.functions.col", "static org.assertj.core.api.Assertions.assertThat",
            "static org.assertj.core.api.Assertions.assertThatThrownBy",
            "static org.junit.jupiter.api.Assumptions.assumeTrue", RUNTIME + "EnvVars",
            RUNTIME + "HandPorts", RUNTIME + "config.ConfigException", RUNTIME + "paths.PathResolver",
            RUNTIME + "paths.PathRules", RUNTIME + "testkit.SparkTest", "java.util.List", "java.util.Optional", "java.io.IOException", "java.io.UncheckedIOException",
            "java.net.URISyntaxException", "java.net.URL", "java.nio.file.Files", "java.nio.file.Path",
            "java.util.stream.Stream", "org.apache.spark.sql.Dataset", "org.apache.spark.sql.Row",
            "org.apache.spark.sql.SparkSession", "org.junit.jupiter.api.BeforeAll", "org.junit.jupiter.api.DisplayName",
            "org.junit.jupiter.api.Nested", "org.junit.jupiter.api.Test", "org.junit.jupiter.api.TestInstance",
            "org.junit.jupiter.api.io.TempDir"));
    private static final SortedSet<String> LOCAL_RUN_IMPORTS = new TreeSet<>(List.of(RUNTIME + "EnvVars",
            RUNTIME + "config.ConfigException", RUNTIME + "paths.PathResolver", RUNTIME + "paths.PathRules",
            "java.util.Arrays", "org.apache.spark.sql.SparkSession"));
    private static final SortedSet<String> HAND_PORTS_IMPORTS = new TreeSet<>(List.of(RUNTIME + "JobContext",
            RUNTIME + "NotTranslated"));
    private static final String ANSI = "spark.sql.ansi.enabled";
    private static final String TIME_ZONE = "spark.sql.session.timeZone";
    private static final String LEGACY_TIME_ZONE = "UTC";

    private final TemplateRenderer templates;
    private final InMemoryCompiler compiler;
    private final String converterVersion;
    private final StandaloneBuild standalone;

    /**
     * @param templates        the templates (built-in, or a user folder over them)
     * @param compiler         compiles the job and config against Spark and the runtime
     * @param converterVersion recorded in {@code migration.json}; also the version of the runtime modules use
     */
    public ModuleRenderer(TemplateRenderer templates, InMemoryCompiler compiler, String converterVersion) {
        this.templates = templates;
        this.compiler = compiler;
        this.converterVersion = converterVersion;
        this.standalone = StandaloneBuild.load();
    }

    private static Map<String, String> templates() {
        Map<String, String> byFile = new LinkedHashMap<>();
        byFile.put("pom.xml", "pom.xml.ftl");
        byFile.put("Job.java", "Job.java.ftl");
        byFile.put("Config.java", "Config.java.ftl");
        byFile.put("JobTest.java", "JobTest.java.ftl");
        byFile.put("JobLocalRun.java", "LocalRun.java.ftl");
        byFile.put("log4j2-test.properties", "log4j2-test.properties.ftl");
        byFile.put("README.md", "README.md.ftl");
        byFile.put("MIGRATION.md", "MIGRATION.md.ftl");
        byFile.put("databricks.yml", "databricks.yml.ftl");
        byFile.put("migration.json", "migration.json.ftl");
        return java.util.Collections.unmodifiableMap(byFile);
    }

    /**
     * Renders the module of {@code model}.
     *
     * @throws TemplateException when a template cannot be read, parsed or rendered (a broken user template): this
     *                           concerns every notebook, not this one
     */
    public RenderedModule render(JobModel model, RenderOptions options) throws TemplateException {
        return prepare(model, options).finish(compiler);
    }

    /**
     * Renders the module of {@code model} up to the compilation of its Java, so that the caller can compile many
     * modules' units at once ({@link #compileEach}) and then {@link PendingModule#finish(CompileResult) finish}
     * each. A step that does not compile is repaired and its module compiled again alone, as {@link #render} does.
     *
     * @throws TemplateException as {@link #render} does
     */
    public PendingModule prepare(JobModel model, RenderOptions options) throws TemplateException {
        return prepare(model, options, 0, List.of());
    }

    /**
     * Compiles the units of each module in {@code modules} that waits for them, in as few javac tasks as it can;
     * the result of a module that waits for none (or of a null entry) is null.
     */
    public List<CompileResult> compileEach(List<PendingModule> modules) {
        List<Integer> compiling = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i) != null && modules.get(i).needsCompile()) {
                compiling.add(i);
            }
        }
        List<CompileResult> compiled = new BatchCompiler(compiler).compileEach(compiling.stream()
                .map(i -> modules.get(i).sources()).toList());
        List<CompileResult> results = new ArrayList<>(java.util.Collections.nCopies(modules.size(), null));
        for (int k = 0; k < compiling.size(); k++) {
            results.set(compiling.get(k), compiled.get(k));
        }
        return results;
    }

    /**
     * {@link #prepare(JobModel, RenderOptions)}, after {@code round} repairs of steps that did not compile; the Java
     * of the repaired model already calls the hand-port methods of {@code knownPorts}.
     */
    private PendingModule prepare(JobModel model, RenderOptions options, int round,
            List<HandPortPoints.Point> knownPorts) throws TemplateException {
        String notebook = model.source().path();
        List<Diagnostic> diagnostics = new ArrayList<>(model.diagnostics());
        Optional<Expectations> expectations = options.expectations();
        JobArgs args = new JobArgs(expectations.map(Expectations::args).orElse(List.of()));
        Function<DataAccess, String> effective = access -> effectiveLocation(access, model.config(), args);

        SectionWiring.Result wiring = SectionWiring.wire(model);
        diagnostics.addAll(wiring.diagnostics());
        if (expectations.isEmpty()) {
            diagnostics.add(Diagnostic.of(Code.NBM505, Location.ofNotebook(notebook), "no expectations file: the test"
                    + " checks that the job runs, writes every output and rejects bad configuration, but not what the"
                    + " outputs hold"));
        } else if (expectations.get().notebook() != null
                && !notebook.endsWith("/" + expectations.get().notebook()) && !notebook.equals(expectations.get().notebook())) {
            diagnostics.add(Diagnostic.of(Code.NBM506, Location.ofNotebook(notebook), expectations.get().file()
                    + " is for notebook '" + expectations.get().notebook() + "'"));
        }
        FixturePlanner.Plan fixtures = new FixturePlanner(options.dataRoot(), options.dataRootDisplay())
                .plan(fixtureNeeds(model, expectations, effective));
        diagnostics.addAll(fixtures.diagnostics());
        diagnostics.addAll(tableInputs(model, expectations));
        OutputChecks.Result outputs = OutputChecks.of(model.outputs(), expectations, notebook, effective);
        diagnostics.addAll(outputs.diagnostics());

        boolean localRun = expectations.map(e -> !e.given().isEmpty()).orElse(false);
        ModuleInfo module = moduleInfo(model, options, localRun);
        List<ParameterView> parameters = parameters(model);
        Map<String, Object> data = new TreeMap<>(TemplateFunctions.all());
        data.put("module", module);
        data.put("build", standalone.view());
        data.put("config", new ConfigView(List.copyOf(CONFIG_IMPORTS), parameters));
        String portsName = model.names().jobClass().replaceFirst("Job$", "") + "HandPorts";
        HandPortPoints.Result ports = HandPortPoints.of(model, portsName, knownPorts);
        data.put("job", jobView(ports.model(), wiring));
        String packagePath = "src/main/java/" + model.names().javaPackage().replace('.', '/') + "/";
        String testPath = "src/test/java/" + model.names().javaPackage().replace('.', '/') + "/";
        String configFile = packagePath + model.names().configClass() + ".java";
        String jobFile = packagePath + model.names().jobClass() + ".java";
        String testFile = testPath + model.names().testClass() + ".java";

        Optional<String> configJava = renderJava("Config.java.ftl", data, "config", configFile, notebook, diagnostics,
                (view, imports) -> ((ConfigView) view).withImports(imports.get(1)));
        Optional<String> jobJava = renderJava("Job.java.ftl", data, "job", jobFile, notebook, diagnostics,
                (view, imports) -> ((JobView) view).withImports(imports.get(0), imports.get(1)));
        if (configJava.isEmpty() || jobJava.isEmpty()) {
            return PendingModule.done(failed(model, diagnostics));
        }
        String portsFile = packagePath + portsName + ".java";
        Optional<String> portsJava = Optional.empty();
        if (!ports.points().isEmpty()) {
            data.put("handPorts", handPortsView(portsName, ports.points(), model.names().configClass(),
                    model.imports().stream().filter(i -> !i.startsWith("static ")).map(String::strip).toList()));
            portsJava = renderJava("HandPorts.java.ftl", data, "handPorts", portsFile, notebook, diagnostics,
                    (view, imports) -> ((ModuleViews.HandPortsView) view).withImports(imports.get(1)));
            if (portsJava.isEmpty()) {
                return PendingModule.done(failed(model, diagnostics));
            }
        }
        JavaUnits.Parsed jobParsed = JavaUnits.parse(jobJava.get());
        if (!jobParsed.ok()) {
            jobParsed.problems().forEach(p -> diagnostics.add(parseDiagnostic(p, jobJava.get(), jobFile, notebook)));
            return PendingModule.done(failed(model, diagnostics));
        }
        CompilationUnit jobUnit = jobParsed.unit().orElseThrow();
        Set<String> sectionMethods = new TreeSet<>();
        model.sections().forEach(s -> sectionMethods.add(s.methodName()));
        CellMap cells = CellMap.of(jobJava.get(), JavaUnits.methodBodies(jobUnit, sectionMethods));
        String jobClassName = model.names().javaPackage() + "." + model.names().jobClass();
        List<JavaSource> sources = new ArrayList<>(List.of(
                new JavaSource(model.names().javaPackage() + "." + model.names().configClass(), configJava.get()),
                new JavaSource(jobClassName, jobJava.get())));
        portsJava.ifPresent(text -> sources.add(new JavaSource(model.names().javaPackage() + "." + portsName, text)));
        Optional<String> portsText = portsJava;
        return PendingModule.compiling(sources, compiled -> {
            if (!compiled.succeeded()) {
                Optional<JobModel> repaired = round < StepRepair.MAX_ROUNDS
                        ? StepRepair.repair(model, compiled.errors(), jobJava.get(), jobUnit) : Optional.empty();
                if (repaired.isPresent()) {
                    return prepare(repaired.get(), options, round + 1, ports.points()).finish(compiler);
                }
                for (CompileError error : compiled.errors()) {
                    diagnostics.add(compileDiagnostic(error, model, jobJava.get(), configJava.get(), jobUnit, cells));
                }
                return failed(model, diagnostics);
            }

            ConfigProbe.Probe probe = ConfigProbe.probe(compiled, jobClassName);
            List<BadConfigView> badConfig = new ArrayList<>();
            if (!probe.ok()) {
                diagnostics.add(Diagnostic.of(Code.NBM503, Location.ofNotebook(notebook),
                        "the runtime refuses the job: "
                        + probe.problem()));
            } else {
                for (OptionSpec option : probe.options()) {
                    if (option.required() && !option.isSecret() && args.valueOf(option.field()).isEmpty()) {
                        diagnostics.add(Diagnostic.of(Code.NBM508, originOf(model, option.field()),
                                "required parameter "
                                + option.name() + " has no value for the generated test"
                                + expectations.map(e -> " in " + e.file()).orElse("")));
                    }
                }
                badConfig.addAll(BadConfigCases.of(probe.options(), args));
            }
            if (badConfig.isEmpty()) {
                badConfig.addAll(BadConfigCases.of(List.of(), args));
            }
            TestView test = testView(ports, portsName, expectations, args, fixtures, outputs, badConfig);
            data.put("test", test);
            Optional<String> localRunJava = Optional.empty();
            String localRunFile = testPath + model.names().jobClass() + "LocalRun.java";
            if (localRun) {
                data.put("localRun", new ModuleViews.LocalRunView(List.of(), List.of(), test.given(),
                        test.expectationsFile()));
                localRunJava = renderJava("LocalRun.java.ftl", data, "localRun", localRunFile, notebook, diagnostics,
                        (view, imports) -> ((ModuleViews.LocalRunView) view).withImports(imports.get(0),
                                imports.get(1)));
                if (localRunJava.isEmpty()) {
                    return failed(model, diagnostics);
                }
            }
            Optional<String> testJava = renderJava("JobTest.java.ftl", data, "test", testFile, notebook, diagnostics,
                    (view, imports) -> ((TestView) view).withImports(imports.get(0), imports.get(1)));
            if (testJava.isEmpty()) {
                return failed(model, diagnostics);
            }

            List<Diagnostic> sorted = diagnostics.stream().sorted().toList();
            data.put("report", reportView(model, sorted, fixtures, outputs, expectations,
                    RunCells.of(jobJava.get(), cells, model.source().path())));
            List<CellOutcomes.Outcome> outcomes = CellOutcomes.of(model.cells(), model.source().path(), sorted,
                    cells.byCell());
            data.put("cells", cellsView(model, sorted, outcomes));
            data.put("bundle", bundleView(model, parameters, !options.environments().isEmpty()));
            data.put("environments", options.environments());
            data.put("handPortsName", portsName);
            List<ModuleViews.HandPortStatus> handPortList = ports.points().stream().map(p ->
                    new ModuleViews.HandPortStatus(
                    p.method(), p.where(), p.code(), options.handPorted().contains(p.method()))).toList();
            data.put("handPortList", handPortList);
            data.put("acceptedFile", options.acceptedFile());
            data.put("acceptedDifferences", options.accepted().stream().map(e -> Map.of("result", e.result(),
                    "reason", e.reason())).toList());
            data.put("handPortsPorted", handPortList.stream().filter(ModuleViews.HandPortStatus::ported).count());
            SortedMap<String, String> files = new TreeMap<>(fixtures.files());
            files.put(configFile, configJava.get());
            files.put(jobFile, jobJava.get());
            portsText.ifPresent(text -> files.put(portsFile, text));
            files.put(testFile, testJava.get());
            localRunJava.ifPresent(text -> files.put(localRunFile, text));
            files.put("src/test/resources/log4j2-test.properties",
                    templates.render("log4j2-test.properties.ftl", data));
            files.put("pom.xml", templates.render("pom.xml.ftl", data));
            files.put("README.md", templates.render("README.md.ftl", data));
            files.put("MIGRATION.md", templates.render("MIGRATION.md.ftl", data));
            files.put("databricks.yml", templates.render("databricks.yml.ftl", data));
            files.putAll(standalone.files(model.target()));

            String contentHash = ModuleVersion.contentHash(files);
            String version = ModuleVersion.next(options.previous(), contentHash);
            files.replaceAll((path, text) -> text.replace(ModuleVersion.PLACEHOLDER, version));
            data.put("module", withVersion(module, version));
            data.put("migration", migrationView(version, contentHash, cells, expectations, options, data, sorted));
            files.put("migration.json", templates.render("migration.json.ftl", data));
            return new RenderedModule(model.names().module(),
                    Optional.of(new GeneratedModule(model.names().module(), files)),
                    version, contentHash, sorted, outcomes);
        });
    }

    /** The templates this renderer fills (the portfolio's come from the same folder). */
    public TemplateRenderer templateRenderer() {
        return templates;
    }

    /** Renders {@code generated/pom.xml}, the aggregator of {@code modules} (folder names). */
    /** The Maven wrapper files of the project, for the top of an output folder outside it. */
    public java.util.SortedMap<String, String> wrapperFiles() {
        return standalone.wrapper();
    }

    public String renderAggregator(List<String> modules) throws TemplateException {
        Map<String, Object> data = new TreeMap<>(TemplateFunctions.all());
        data.put("modules", modules.stream().sorted().distinct().toList());
        data.put("parentVersion", converterVersion);
        data.put("build", standalone.view());
        return templates.render(AGGREGATOR_TEMPLATE, data);
    }

    // ---- Java files ---------------------------------------------------------------------------------------------

    /** How a view takes the imports kept: [static imports, other imports]. */
    @FunctionalInterface
    private interface WithImports {
        Object apply(Object view, List<List<String>> imports);
    }

    /**
     * Renders a Java template twice: with every candidate import, then with only those the parsed unit uses. A unit
     * that does not parse is an NBM501 and gives nothing. Parsing is most of rendering's cost, so the second text is
     * not parsed here.
     */
    private Optional<String> renderJava(String template, Map<String, Object> data, String key, String file,
            String notebook, List<Diagnostic> diagnostics, WithImports withImports) throws TemplateException {
        Object view = data.get(key);
        SortedSet<String> candidates = candidates(view);
        data.put(key, withImports.apply(view, split(candidates)));
        String first = JavaText.safeUnicodeEscapes(templates.render(template, data));
        JavaUnits.Parsed parsed = JavaUnits.parse(first);
        if (!parsed.ok()) {
            for (JavaUnits.SyntaxProblem problem : parsed.problems()) {
                diagnostics.add(parseDiagnostic(problem, first, file, notebook));
            }
            return Optional.empty();
        }
        SortedSet<String> used = JavaUnits.usedImports(parsed.unit().get(), candidates);
        data.put(key, withImports.apply(view, split(used)));
        // The second rendering differs from the first only in the import lines it leaves out (and in long lines
        // broken between tokens), so it parses too;
        // the job file is parsed again by the caller, which needs its final line numbers.
        return Optional.of(LongLines.wrap(JavaText.safeUnicodeEscapes(templates.render(template, data))));
    }

    private static SortedSet<String> candidates(Object view) {
        if (view instanceof JobView job) {
            SortedSet<String> all = new TreeSet<>(JOB_IMPORTS);
            job.staticImports().forEach(i -> all.add("static " + i));
            all.addAll(job.imports());
            return all;
        }
        if (view instanceof ConfigView) {
            return CONFIG_IMPORTS;
        }
        if (view instanceof ModuleViews.LocalRunView) {
            return LOCAL_RUN_IMPORTS;
        }
        if (view instanceof ModuleViews.HandPortsView ports) {
            SortedSet<String> all = new TreeSet<>(HAND_PORTS_IMPORTS);
            all.addAll(ports.imports());
            return all;
        }
        return TEST_IMPORTS;
    }

    private static List<List<String>> split(SortedSet<String> imports) {
        List<String> statics = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String name : imports) {
            if (name.startsWith("static ")) {
                statics.add(name.substring("static ".length()));
            } else {
                plain.add(name);
            }
        }
        return List.of(statics, plain);
    }

    private static Diagnostic parseDiagnostic(JavaUnits.SyntaxProblem problem, String text, String file,
            String notebook) {
        int cell = cellOfLine(text, problem.line());
        Location where = cell > 0 ? Location.ofCell(notebook, cell) : Location.ofNotebook(notebook);
        return Diagnostic.of(Code.NBM501, where, file + " line " + problem.line() + ": " + problem.message()
                + lineText(text, problem.line()));
    }

    /** The cell of the nearest {@code // cell N} marker at or above {@code line} (0 if none). */
    private static int cellOfLine(String text, int line) {
        String[] lines = text.split("\n", -1);
        java.util.regex.Pattern marker = java.util.regex.Pattern.compile("^\\s*//\\s*cell\\s+(\\d+)\\b.*$");
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            java.util.regex.Matcher m = marker.matcher(lines[i]);
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }

    private static String lineText(String text, long line) {
        String[] lines = text.split("\n", -1);
        return line >= 1 && line <= lines.length ? " (generated line: " + lines[(int) line - 1].strip() + ")" : "";
    }

    private static Diagnostic compileDiagnostic(CompileError error, JobModel model, String jobJava, String configJava,
            CompilationUnit jobUnit, CellMap cells) {
        String notebook = model.source().path();
        boolean inConfig = error.className().endsWith("." + model.names().configClass());
        String file = (inConfig ? model.names().configClass() : model.names().jobClass()) + ".java";
        String text = inConfig ? configJava : jobJava;
        Location where = Location.ofNotebook(notebook);
        if (inConfig) {
            where = configOrigin(model, configJava, error.line()).orElse(where);
        } else {
            Optional<Integer> cell = cells.cellAt(error.line());
            if (cell.isEmpty()) {
                cell = JavaUnits.methodAt(jobUnit, error.line()).flatMap(method -> model.sections().stream()
                        .filter(s -> s.methodName().equals(method) && !s.cells().isEmpty())
                        .map(s -> s.cells().get(0)).findFirst());
            }
            if (cell.isPresent()) {
                where = Location.ofCell(notebook, cell.get());
            }
        }
        return Diagnostic.of(Code.NBM502, where, file + " line " + error.line() + ": " + error.message().strip()
                .lines().findFirst().orElse("") + lineText(text, error.line()));
    }

    /**
     * The notebook place of the config component whose declaration holds {@code line} of the config record: the
     * first {@code Type name,} or {@code Type name)} line at or below it (annotations come first).
     */
    private static Optional<Location> configOrigin(JobModel model, String configJava, long line) {
        String[] lines = configJava.split("\n", -1);
        for (int i = (int) Math.max(line, 1) - 1; i < lines.length; i++) {
            for (ConfigField field : model.config()) {
                if (lines[i].matches(".*\\b" + java.util.regex.Pattern.quote(field.name()) + "\\s*[,)].*")) {
                    return Optional.of(field.origin());
                }
            }
        }
        return Optional.empty();
    }

    private RenderedModule failed(JobModel model, List<Diagnostic> diagnostics) {
        return new RenderedModule(model.names().module(), Optional.empty(), "", "", diagnostics,
                CellOutcomes.of(model.cells(), model.source().path(), diagnostics, Map.of()));
    }

    // ---- views --------------------------------------------------------------------------------------------------

    private ModuleInfo moduleInfo(JobModel model, RenderOptions options, boolean localRun) {
        Target target = model.target();
        String runtime = target.id().substring("dbr-".length());
        boolean mllib = model.imports().stream().anyMatch(i -> i.replace("static ", "").startsWith("org.apache.spark.ml"))
                || model.sections().stream().anyMatch(s -> s.body().contains("org.apache.spark.ml."));
        // The module builds alone with its own wrapper (its .mvn/maven.config selects a target other than the default).
        String buildCommand = "./mvnw -B -q package -DskipTests";
        return new ModuleInfo(model.names().module(), GROUP_ID, ModuleVersion.PLACEHOLDER, model.title(),
                model.names().javaPackage(), model.names().jobClass(), model.names().configClass(),
                model.names().testClass(), model.names().javaPackage() + "." + model.names().jobClass(),
                localRun ? model.names().jobClass() + "LocalRun" : null,
                model.names().javaPackage() + "." + (localRun ? model.names().jobClass() + "LocalRun"
                        : model.names().jobClass()),
                model.names().module() + "-" + ModuleVersion.PLACEHOLDER + ".jar", mllib, target.id(),
                "Databricks " + runtime + " LTS (Spark " + target.sparkLine() + ", Scala 2.13)", target.sparkLine(),
                target.databricksRuntime(), target.mavenProfile(), options.modulePath(), buildCommand,
                model.source().path(),
                model.source().sha256(), model.source().format(), model.source().kernel(), model.source().cellCount(),
                converterVersion, converterVersion);
    }

    private static ModuleInfo withVersion(ModuleInfo m, String version) {
        return new ModuleInfo(m.name(), m.groupId(), version, m.title(), m.packageName(), m.jobClass(), m.configClass(),
                m.testClass(), m.mainClass(), m.localRunClass(), m.runClass(), m.name() + "-" + version + ".jar",
                m.usesMllib(), m.targetId(),
                m.targetLabel(), m.sparkLine(), m.databricksRuntime(), m.mavenProfile(), m.modulePath(), m.buildCommand(),
                m.sourcePath(), m.sourceSha256(), m.sourceFormat(), m.kernel(), m.cellCount(), m.parentVersion(),
                m.converterVersion());
    }

    private static JobView jobView(JobModel model, SectionWiring.Result wiring) {
        List<String> statics = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String name : model.imports()) {
            if (name.startsWith("static ")) {
                statics.add(name.substring("static ".length()).strip());
            } else {
                plain.add(name.strip());
            }
        }
        List<SectionView> sections = new ArrayList<>();
        for (JobSection section : model.sections()) {
            sections.add(new SectionView(section.title(), section.methodName(), section.cells(),
                    cellsLabel(section.cells()), section.returnType(),
                    methodParameters(model.names().configClass(), section.parameters()),
                    JavaText.indentBody(section.body(), JavaText.BODY_INDENT)));
        }
        List<String> helpers = model.helpers().stream().map(h -> JavaText.indentBody(h, "    ")).toList();
        return new JobView(statics, plain, sparkView(model), wiring.calls(), sections, model.fields(), helpers);
    }

    static SparkView sparkView(JobModel model) {
        Map<String, String> conf = model.sparkConf();
        boolean ansiStated = conf.containsKey(ANSI);
        boolean ansi = ansiStated && Boolean.parseBoolean(conf.get(ANSI).strip());
        boolean zoneStated = conf.containsKey(TIME_ZONE);
        String zone = zoneStated ? conf.get(TIME_ZONE).strip() : LEGACY_TIME_ZONE;
        List<Setting> settings = conf.entrySet().stream()
                .filter(e -> !e.getKey().equals(ANSI) && !e.getKey().equals(TIME_ZONE))
                .filter(e -> !ClusterSettings.isCluster(e.getKey()))
                .map(e -> new Setting(e.getKey(), e.getValue())).toList();
        return new SparkView(ansi, ansi ? "ansiOn" : "ansiOff", ansiStated, zone, zoneStated, settings);
    }

    /** {@code cell 3}, {@code cells 3-5}, {@code cells 3, 5 and 8}, {@code cells 1-5 and 7}. */
    static String cellsLabel(List<Integer> cells) {
        if (cells.isEmpty()) {
            return "no notebook cell";
        }
        if (cells.size() == 1) {
            return "cell " + cells.get(0);
        }
        List<String> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= cells.size(); i++) {
            if (i == cells.size() || cells.get(i) != cells.get(i - 1) + 1) {
                int first = cells.get(start);
                int last = cells.get(i - 1);
                runs.add(first == last ? String.valueOf(first) : first + "-" + last);
                start = i;
            }
        }
        return runs.size() == 1 ? "cells " + runs.get(0)
                : "cells " + String.join(", ", runs.subList(0, runs.size() - 1)) + " and " + runs.get(runs.size() - 1);
    }

    private static List<ParameterView> parameters(JobModel model) {
        List<ParameterView> views = new ArrayList<>();
        for (ConfigField field : model.config()) {
            List<String> annotations = new ArrayList<>();
            annotations.add("@Help(" + JavaText.stringLiteral(field.help()) + ")");
            boolean required = false;
            if (field.isSecret()) {
                annotations.add("@SecretRef(" + JavaText.stringLiteral(field.secretKey()) + ")");
            } else if (field.defaultValue() != null) {
                annotations.add("@Default(" + JavaText.stringLiteral(field.defaultValue()) + ")");
            } else if (!field.optional() && !field.javaType().equals("boolean") && !field.javaType().startsWith("List<")) {
                annotations.add("@Required");
                required = true;
            }
            annotations.addAll(field.constraints());
            views.add(new ParameterView(field.name(), "--" + Names.kebab(field.name()), field.javaType(), annotations,
                    field.help(), field.defaultValue(), required, field.isSecret(), field.secretKey(),
                    Names.kebab(field.name()).replace('-', '_'), place(field.origin())));
        }
        return views;
    }

    private TestView testView(HandPortPoints.Result ports, String portsName, Optional<Expectations> expectations,
            JobArgs args, FixturePlanner.Plan fixtures, OutputChecks.Result outputs, List<BadConfigView> badConfig) {
        JobModel model = ports.model();
        List<Setting> environment = new ArrayList<>();
        model.config().stream().filter(ConfigField::isSecret).map(ConfigField::secretKey).distinct().sorted()
                .forEach(key -> environment.add(new Setting(EnvSecretStore.variableFor(key), SECRET_PLACEHOLDER)));
        List<GivenView> given = new ArrayList<>();
        for (GivenTable table : expectations.map(Expectations::given).orElse(List.of())) {
            List<SourceView> sources = new ArrayList<>();
            table.sources().forEach((view, source) -> sources.add(new SourceView(view, source.format(),
                    source.location(), source.options().entrySet().stream()
                            .map(e -> new Setting(e.getKey(), e.getValue())).toList(), source.schema())));
            String select = table.select() != null ? table.select() : "SELECT * FROM " + table.sources().firstKey();
            given.add(new GivenView(table.table(), table.database().orElse(null), sources, select));
        }
        List<OutputView> outputViews = outputs.outputs();
        return new TestView(List.of(), List.of(), !fixtures.files().isEmpty(), environment, args.tokens(), given,
                outputViews, badConfig, expectations.isPresent(), expectations.map(Expectations::file).orElse(null),
                gaps(model, ports.points()), ports.points().isEmpty() ? null : portsName);
    }

    /**
     * A {@code NotTranslated.fail("NBMxxx", "where", ...)} call in a section body, or a call of a hand-port method
     * that stands for one.
     */
    private static final java.util.regex.Pattern GAP = java.util.regex.Pattern.compile(
            "NotTranslated\\.fail\\(\"(NBM\\d+)\", \"((?:[^\"\\\\]|\\\\.)*)\"|"
            + HandPortPoints.FIELD + "\\.(\\w+)\\(");

    /** The untranslated steps the job runs into, in run order, each with the hand-port method that closes it. */
    private static List<ModuleViews.GapView> gaps(JobModel model, List<HandPortPoints.Point> points) {
        Map<String, HandPortPoints.Point> byMethod = new TreeMap<>();
        points.forEach(point -> byMethod.put(point.method(), point));
        List<ModuleViews.GapView> gaps = new ArrayList<>();
        for (JobSection section : model.sections()) {
            java.util.regex.Matcher gap = GAP.matcher(section.body());
            while (gap.find()) {
                HandPortPoints.Point point = gap.group(3) != null ? byMethod.get(gap.group(3)) : null;
                if (point != null) {
                    gaps.add(new ModuleViews.GapView(point.code(), point.where(), point.method()));
                } else if (gap.group(1) != null) {
                    gaps.add(new ModuleViews.GapView(gap.group(1), gap.group(2), ""));
                }
            }
        }
        return gaps;
    }

    private static ModuleViews.HandPortsView handPortsView(String name, List<HandPortPoints.Point> points,
            String configClass, List<String> imports) {
        List<ModuleViews.HandPortView> views = new ArrayList<>();
        for (HandPortPoints.Point point : points) {
            views.add(new ModuleViews.HandPortView(point.method(), methodParameters(configClass, point.parameters()),
                    point.code(), point.where(), point.message(), point.python(), point.returnType()));
        }
        return new ModuleViews.HandPortsView(name, imports, views);
    }

    /**
     * The parameter list of a section or hand-port method as Java source: the job context and configuration, then
     * {@code parameters} ({@code JobContext ctx, DailyCoversConfig config, Dataset<Row> sales}).
     */
    private static String methodParameters(String configClass, List<JobSection.Parameter> parameters) {
        StringBuilder list = new StringBuilder("JobContext " + SectionWiring.CONTEXT + ", " + configClass + " "
                + SectionWiring.CONFIG);
        parameters.forEach(p -> list.append(", ").append(p.javaType()).append(' ').append(p.name()));
        return list.toString();
    }

    private static ReportView reportView(JobModel model, List<Diagnostic> diagnostics, FixturePlanner.Plan fixtures,
            OutputChecks.Result outputs, Optional<Expectations> expectations, RunCells runCells) {
        int errors = count(diagnostics, Severity.ERROR);
        int warnings = count(diagnostics, Severity.WARNING);
        int infos = count(diagnostics, Severity.INFO);
        String readiness;
        String reason;
        if (errors > 0) {
            readiness = "Not ready";
            reason = errors + (errors == 1 ? " error" : " errors") + ": the job cannot be equivalent to the notebook"
                    + " until each is fixed (each is a failing TODO in the code or stops the build).";
        } else if (warnings > 0) {
            readiness = "Needs review";
            reason = warnings + (warnings == 1 ? " warning" : " warnings") + ": equivalence with the notebook is not"
                    + " guaranteed; review each before deploying.";
        } else {
            readiness = "Ready";
            reason = "No errors or warnings: the job converted completely; review the diff as for any change.";
        }
        // Errors first, then warnings, then infos; in each, by notebook, cell and line.
        List<DiagnosticView> views = diagnostics.stream()
                .sorted(java.util.Comparator.comparing(Diagnostic::severity).thenComparing(Diagnostic::location))
                .map(d -> new DiagnosticView(d.code().id(), d.severity().label(), runCells.place(d.location()),
                        d.message(), d.suggestion(), d.location().notebook(), d.location().cell(),
                        d.location().line())).toList();
        Set<String> givenTables = new TreeSet<>();
        expectations.ifPresent(e -> e.given().forEach(g -> givenTables.add(g.table().toLowerCase(Locale.ROOT))));
        List<AccessView> inputs = new ArrayList<>();
        for (DataAccess input : model.inputs()) {
            String fixture;
            if (input.format().equalsIgnoreCase(OutputChecks.TABLE)) {
                fixture = givenTables.contains(input.location().toLowerCase(Locale.ROOT))
                        ? "given table in " + expectations.get().file() : "none: no given table";
            } else {
                fixture = fixtures.notes().getOrDefault(input.location(), "none");
            }
            inputs.add(access(model, input, fixture));
        }
        List<AccessView> outputViews = new ArrayList<>();
        for (DataAccess output : model.outputs()) {
            outputViews.add(access(model, output, outputs.status().getOrDefault(output.location(), "")));
        }
        List<SecretView> secrets = new ArrayList<>();
        for (ConfigField field : model.config()) {
            if (field.isSecret()) {
                String kind = diagnostics.stream()
                        .filter(d -> d.code().id().startsWith("NBM4") && d.location().cell() == field.origin().cell())
                        .map(d -> d.code().title()).findFirst().orElse("secret");
                secrets.add(new SecretView("--" + Names.kebab(field.name()), field.secretKey(), kind,
                        place(field.origin())));
            }
        }
        SparkView spark = sparkView(model);
        return new ReportView(readiness, reason, errors, warnings, infos, views, inputs, outputViews, secrets,
                ansiStatement(model.target(), spark), timeZoneStatement(spark), expectations.isPresent(),
                expectations.map(Expectations::file).orElse(null),
                expectations.map(Expectations::source).orElse(null), outputs.checked(), outputs.unchecked(),
                List.copyOf(givenTables));
    }

    static String ansiStatement(Target target, SparkView spark) {
        String platformDefault = target.sparkLine().startsWith("3") ? "off" : "on";
        if (!spark.ansiEnabled()) {
            return "The notebook ran on HDInsight with ANSI SQL mode off. The job sets spark.sql.ansi.enabled=false"
                    + " explicitly in sparkSettings() (the default of Spark " + target.sparkLine() + " on "
                    + target.id() + " is " + platformDefault + "), so overflows, invalid casts and division by zero"
                    + " give null or wrap around as they did in the notebook instead of failing the job.";
        }
        return "The job sets spark.sql.ansi.enabled=true" + (spark.ansiFromNotebook() ? " as the notebook did" : "")
                + ": invalid casts, overflows and division by zero fail the job, where the legacy notebook (ANSI off)"
                + " gave null. Check every cast and division of the job before deploying.";
    }

    static String timeZoneStatement(SparkView spark) {
        return "Session time zone " + spark.timeZone() + (spark.timeZoneFromNotebook() ? ", as the notebook set it."
                : ", the HDInsight clusters' default (the notebook did not set one); dates and timestamps are parsed"
                        + " and formatted in it.");
    }

    private static AccessView access(JobModel model, DataAccess access, String fixture) {
        String option = access.configField() == null ? "" : "--" + Names.kebab(access.configField());
        return new AccessView(access.format(), access.location(), option, place(access.origin()), fixture);
    }

    /** @param environments whether the bundle's targets come from the portfolio's environments */
    private static BundleView bundleView(JobModel model, List<ParameterView> parameters, boolean environments) {
        List<BundleVariable> variables = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        variables.add(new BundleVariable("env", "Deployment environment whose path rules the job applies (--env)",
                "prod"));
        arguments.add("--env=${var.env}");
        if (environments) {
            variables.add(new BundleVariable("storage_account", "Storage account of the environment's data; lake"
                    + " paths move to it and paths on other accounts are refused at start (--storage-account)", null));
            arguments.add("--storage-account=${var.storage_account}");
        }
        boolean secrets = parameters.stream().anyMatch(ParameterView::secret);
        if (secrets) {
            variables.add(new BundleVariable("secret_scope", "Databricks secret scope holding the job's secrets"
                    + " (--secret-scope)", model.names().module()));
            arguments.add("--secret-scope=${var.secret_scope}");
        }
        for (ParameterView parameter : parameters) {
            if (parameter.secret()) {
                continue;
            }
            variables.add(new BundleVariable(parameter.bundleVariable(), parameter.help() + " (" + parameter.option()
                    + ")", parameter.defaultValue()));
            arguments.add(parameter.option() + "=${var." + parameter.bundleVariable() + "}");
        }
        variables.add(new BundleVariable("cluster_node_type", "Node type of the job cluster's driver and workers",
                "Standard_D4ds_v5"));
        variables.add(new BundleVariable("cluster_workers", "Number of workers of the job cluster", "2"));
        List<String> keys = parameters.stream().filter(ParameterView::secret).map(ParameterView::secretKey).distinct()
                .sorted().toList();
        // Settings Spark takes only when the cluster starts: the job cluster's spark_conf, not the job's code.
        List<Setting> clusterConf = model.sparkConf().entrySet().stream()
                .filter(e -> ClusterSettings.isCluster(e.getKey()))
                .map(e -> new Setting(e.getKey(), e.getValue())).toList();
        return new BundleView(model.names().module().replace('-', '_'), variables, arguments, keys,
                model.names().module(), clusterConf);
    }

    private static ModuleViews.CellsView cellsView(JobModel model, List<Diagnostic> diagnostics,
            List<CellOutcomes.Outcome> outcomes) {
        List<ModuleViews.CellOutcomeView> views = new ArrayList<>();
        List<ModuleViews.LeftOutView> leftOut = new ArrayList<>();
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (CellOutcomes.Outcome o : outcomes) {
            views.add(new ModuleViews.CellOutcomeView(o.index(), o.type(), o.language(), o.outcome(), o.reason(),
                    o.lines().stream().map(r -> new LineRange(r[0], r[1])).toList()));
            counts.merge(o.outcome(), 1, Integer::sum);
            if (o.outcome().equals(CellOutcomes.LEFT_OUT)) {
                String why = diagnostics.stream().filter(d -> d.code().id().equals(o.reason())
                        && d.location().notebook().equals(model.source().path())
                        && (d.location().cell() == o.index() || d.location().cell() == 0))
                        .map(Diagnostic::message).findFirst().orElse(Code.byId(o.reason()).title());
                leftOut.add(new ModuleViews.LeftOutView(o.index(), o.language(), o.reason(), why));
            }
        }
        int java = counts.getOrDefault(CellOutcomes.JAVA, 0);
        int failing = counts.getOrDefault(CellOutcomes.FAILING, 0);
        int left = counts.getOrDefault(CellOutcomes.LEFT_OUT, 0);
        return new ModuleViews.CellsView(views, java + failing + left, java, failing, left, leftOut);
    }

    private MigrationView migrationView(String version, String contentHash, CellMap cells,
            Optional<Expectations> expectations, RenderOptions options, Map<String, Object> data,
            List<Diagnostic> diagnostics) throws TemplateException {
        List<CellLines> lines = new ArrayList<>();
        cells.byCell().forEach((cell, ranges) -> lines.add(new CellLines(cell,
                ranges.stream().map(r -> new LineRange(r[0], r[1])).toList())));
        ReportView report = (ReportView) data.get("report");
        return new MigrationView(version, contentHash, templates.templateHash(FILE_TEMPLATES.values()), lines,
                expectations.map(Expectations::file).orElse(null), options.dataRootDisplay(), report.inputs(),
                report.outputs(), count(diagnostics, Severity.ERROR), count(diagnostics, Severity.WARNING),
                count(diagnostics, Severity.INFO));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static List<FixturePlanner.Need> fixtureNeeds(JobModel model, Optional<Expectations> expectations,
            Function<DataAccess, String> effective) {
        List<FixturePlanner.Need> needs = new ArrayList<>();
        for (DataAccess input : model.inputs()) {
            if (!input.format().equalsIgnoreCase(OutputChecks.TABLE)) {
                needs.add(new FixturePlanner.Need(effective.apply(input), input.origin()));
            }
        }
        for (GivenTable table : expectations.map(Expectations::given).orElse(List.of())) {
            for (Expectations.Source source : table.sources().values()) {
                needs.add(new FixturePlanner.Need(source.location(), Location.ofNotebook(model.source().path())));
            }
        }
        return needs;
    }

    private static List<Diagnostic> tableInputs(JobModel model, Optional<Expectations> expectations) {
        Set<String> given = new TreeSet<>();
        expectations.ifPresent(e -> e.given().forEach(g -> given.add(g.table().toLowerCase(Locale.ROOT))));
        Set<String> written = new TreeSet<>();
        model.outputs().stream().filter(o -> o.format().equalsIgnoreCase(OutputChecks.TABLE))
                .forEach(o -> written.add(o.location().toLowerCase(Locale.ROOT)));
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<String> reported = new TreeSet<>();
        for (DataAccess input : model.inputs()) {
            String table = input.location().toLowerCase(Locale.ROOT);
            if (input.format().equalsIgnoreCase(OutputChecks.TABLE) && !given.contains(table)
                    && !written.contains(table) && reported.add(table)) {
                diagnostics.add(Diagnostic.of(Code.NBM507, input.origin(), "the job reads table '" + input.location()
                        + "', which no fixture provides"));
            }
        }
        return diagnostics;
    }

    /** Where an access goes in the test run: the test's value of its parameter, else its default, else as written. */
    private static String effectiveLocation(DataAccess access, List<ConfigField> config, JobArgs args) {
        if (access.configField() == null) {
            return access.location();
        }
        Optional<String> given = args.valueOf(access.configField());
        if (given.isPresent()) {
            return given.get();
        }
        return config.stream().filter(f -> f.name().equals(access.configField()) && f.defaultValue() != null)
                .map(ConfigField::defaultValue).findFirst().orElse(access.location());
    }

    private static Location originOf(JobModel model, String field) {
        return model.config().stream().filter(f -> f.name().equals(field)).map(ConfigField::origin).findFirst()
                .orElse(Location.ofNotebook(model.source().path()));
    }

    /** A location without its notebook: {@code cell 3, line 4}, or {@code whole notebook}. */
    static String place(Location location) {
        String text = location.toString();
        String rest = text.substring(location.notebook().length());
        return rest.isEmpty() ? "whole notebook" : rest.substring(2);
    }

    private static int count(List<Diagnostic> diagnostics, Severity severity) {
        return (int) diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
