package dev.nbmigrate.converter.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import dev.nbmigrate.converter.check.InMemoryCompiler;
import dev.nbmigrate.converter.check.JavaSource;
import dev.nbmigrate.converter.check.JavaUnits;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.expect.Expectations;
import dev.nbmigrate.converter.model.DataAccess;
import dev.nbmigrate.converter.model.CellOutcomes;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.render.ModuleViews.BadConfigView;
import dev.nbmigrate.converter.render.ModuleViews.CellLines;
import dev.nbmigrate.converter.render.ModuleViews.ConfigView;
import dev.nbmigrate.converter.render.ModuleViews.JobView;
import dev.nbmigrate.converter.render.ModuleViews.LineRange;
import dev.nbmigrate.converter.render.ModuleViews.MigrationView;
import dev.nbmigrate.converter.render.ModuleViews.ModuleInfo;
import dev.nbmigrate.converter.render.ModuleViews.ParameterView;
import dev.nbmigrate.converter.render.ModuleViews.ReportView;
import dev.nbmigrate.converter.render.ModuleViews.TestView;
import dev.nbmigrate.converter.write.GeneratedModule;
import dev.nbmigrate.converter.write.ModuleVersion;
import dev.nbmigrate.runtime.config.OptionSpec;

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
        Function<DataAccess, String> effective = access -> ExpectationChecks.effectiveLocation(access, model.config(), args);

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
                .plan(ExpectationChecks.fixtureNeeds(model, expectations, effective));
        diagnostics.addAll(fixtures.diagnostics());
        diagnostics.addAll(ExpectationChecks.tableInputs(model, expectations));
        OutputChecks.Result outputs = OutputChecks.of(model.outputs(), expectations, notebook, effective);
        diagnostics.addAll(outputs.diagnostics());

        boolean localRun = expectations.map(e -> !e.given().isEmpty()).orElse(false);
        ModuleInfo module = moduleInfo(model, options, localRun);
        List<ParameterView> parameters = JobViews.parameters(model);
        Map<String, Object> data = new TreeMap<>(TemplateFunctions.all());
        data.put("module", module);
        data.put("build", standalone.view());
        data.put("config", new ConfigView(List.copyOf(JavaImports.CONFIG_IMPORTS), parameters));
        String portsName = model.names().jobClass().replaceFirst("Job$", "") + "HandPorts";
        HandPortPoints.Result ports = HandPortPoints.of(model, portsName, knownPorts);
        data.put("job", JobViews.jobView(ports.model(), wiring));
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
            data.put("handPorts", JobViews.handPortsView(portsName, ports.points(), model.names().configClass(),
                    model.imports().stream().filter(i -> !i.startsWith("static ")).map(String::strip).toList()));
            portsJava = renderJava("HandPorts.java.ftl", data, "handPorts", portsFile, notebook, diagnostics,
                    (view, imports) -> ((ModuleViews.HandPortsView) view).withImports(imports.get(1)));
            if (portsJava.isEmpty()) {
                return PendingModule.done(failed(model, diagnostics));
            }
        }
        JavaUnits.Parsed jobParsed = JavaUnits.parse(jobJava.get());
        if (!jobParsed.ok()) {
            jobParsed.problems().forEach(p -> diagnostics.add(RenderDiagnostics.parseDiagnostic(p, jobJava.get(), jobFile, notebook)));
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
                    diagnostics.add(RenderDiagnostics.compileDiagnostic(error, model, jobJava.get(), configJava.get(), jobUnit, cells));
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
                        diagnostics.add(Diagnostic.of(Code.NBM508, ExpectationChecks.originOf(model, option.field()),
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
            TestView test = TestViews.testView(ports, portsName, expectations, args, fixtures, outputs, badConfig);
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
            data.put("report", ReportViews.reportView(model, sorted, fixtures, outputs, expectations,
                    RunCells.of(jobJava.get(), cells, model.source().path())));
            List<CellOutcomes.Outcome> outcomes = CellOutcomes.of(model.cells(), model.source().path(), sorted,
                    cells.byCell());
            data.put("cells", ReportViews.cellsView(model, sorted, outcomes));
            data.put("bundle", BundleViews.bundleView(model, parameters, !options.environments().isEmpty()));
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

    /** The Maven wrapper files of the project, for the top of an output folder outside it. */
    public java.util.SortedMap<String, String> wrapperFiles() {
        return standalone.wrapper();
    }

    /** Renders {@code generated/pom.xml}, the aggregator of {@code modules} (folder names). */
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
        SortedSet<String> candidates = JavaImports.candidates(view);
        data.put(key, withImports.apply(view, JavaImports.split(candidates)));
        String first = JavaText.safeUnicodeEscapes(templates.render(template, data));
        JavaUnits.Parsed parsed = JavaUnits.parse(first);
        if (!parsed.ok()) {
            for (JavaUnits.SyntaxProblem problem : parsed.problems()) {
                diagnostics.add(RenderDiagnostics.parseDiagnostic(problem, first, file, notebook));
            }
            return Optional.empty();
        }
        SortedSet<String> used = JavaUnits.usedImports(parsed.unit().get(), candidates);
        data.put(key, withImports.apply(view, JavaImports.split(used)));
        // The second rendering differs from the first only in the import lines it leaves out, so it parses too; it
        // is printed as the module's formatter check wants it (long lines broken, then formatted). The job file is
        // parsed again by the caller, which needs the line numbers of the printed file.
        JavaFormat.Printed printed = JavaFormat.print(JavaText.safeUnicodeEscapes(templates.render(template, data)));
        RenderDiagnostics.formatting(printed, file, notebook).ifPresent(diagnostics::add);
        return Optional.of(printed.text());
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

    private MigrationView migrationView(String version, String contentHash, CellMap cells,
            Optional<Expectations> expectations, RenderOptions options, Map<String, Object> data,
            List<Diagnostic> diagnostics) throws TemplateException {
        List<CellLines> lines = new ArrayList<>();
        cells.byCell().forEach((cell, ranges) -> lines.add(new CellLines(cell,
                ranges.stream().map(r -> new LineRange(r[0], r[1])).toList())));
        ReportView report = (ReportView) data.get("report");
        return new MigrationView(version, contentHash, templates.templateHash(FILE_TEMPLATES.values()), lines,
                expectations.map(Expectations::file).orElse(null), options.dataRootDisplay(), report.inputs(),
                report.outputs(), ReportViews.count(diagnostics, Severity.ERROR), ReportViews.count(diagnostics, Severity.WARNING),
                ReportViews.count(diagnostics, Severity.INFO));
    }
}
