package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.cells.CellKind;
import dev.nbmigrate.converter.cells.ClassifiedCell;
import dev.nbmigrate.converter.cells.ClassifiedNotebook;
import dev.nbmigrate.converter.cells.ConfigureMagic;
import dev.nbmigrate.converter.cells.RunNotebookMagic;
import dev.nbmigrate.converter.cells.RunScriptMagic;
import dev.nbmigrate.converter.cells.SendToSparkMagic;
import dev.nbmigrate.converter.cells.SparkMagic;
import dev.nbmigrate.converter.cells.SqlMagic;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.python.PythonDialect;
import dev.nbmigrate.converter.parse.python.PythonParseResult;
import dev.nbmigrate.converter.parse.python.PythonParser;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyModule;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.parse.sql.SqlKind;
import dev.nbmigrate.converter.parse.sql.SqlParser;
import dev.nbmigrate.converter.parse.sql.SqlSettings;
import dev.nbmigrate.converter.read.ExecutionContext;
import dev.nbmigrate.converter.read.Language;
import dev.nbmigrate.converter.read.PythonVersion;
import dev.nbmigrate.converter.types.PandasType;
import dev.nbmigrate.converter.types.ScalarType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The analyse stage: a {@link ClassifiedNotebook} to a {@link Program}. Parses every code cell (Python with the
 * notebook's dialect, SQL with Spark's parser), runs the cells top to bottom over an abstract interpretation
 * (types over the lattice, constants, reader/writer chains), classifies every PySpark API use through
 * {@link ApiCatalog}, and finds parameters, lineage, secrets, exploration-only statements, {@code %run}
 * dependencies and sampling hazards. A cell that does not parse keeps its diagnostic and the others go on.
 *
 * <pre>{@code
 * Analyzer analyzer = new Analyzer(runTargets);           // RunTargets.NONE: %run is not followed
 * Program program = analyzer.analyze(CellClassifier.classify(NotebookReader.read(path)));
 * PyType type = program.typeOf(expr);                     // expr from program.cell(n).module()
 * }</pre>
 *
 * One analyser serves a batch: notebooks run with {@code %run} are analysed once and their definitions shared.
 * Not thread-safe.
 */
public final class Analyzer {

    private static final Logger LOG = LoggerFactory.getLogger(Analyzer.class);
    /** Stack for the analysis thread: trees may be as deep as CPython allows (about 3,000 levels). */
    private static final long STACK_BYTES = 256L << 20;

    private final ApiCatalog catalog;
    private final RunTargets runTargets;
    private final PythonParser pythonParser = new PythonParser();
    private final SqlParser sqlParser = new SqlParser(SqlSettings.LEGACY);
    private final Map<String, Program> runPrograms = new java.util.concurrent.ConcurrentHashMap<>();

    /** An analyser that does not follow {@code %run}. */
    public Analyzer() {
        this(ApiCatalog.standard(), RunTargets.NONE);
    }

    /** An analyser that finds the notebooks run with {@code %run} through {@code runTargets}. */
    public Analyzer(RunTargets runTargets) {
        this(ApiCatalog.standard(), runTargets);
    }

    public Analyzer(ApiCatalog catalog, RunTargets runTargets) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.runTargets = Objects.requireNonNull(runTargets, "runTargets");
    }

    /** Analyses one notebook. Never throws for anything in the notebook: findings are diagnostics. */
    public Program analyze(ClassifiedNotebook notebook) {
        Objects.requireNonNull(notebook, "notebook");
        Program[] result = new Program[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = analyze(notebook, new ArrayDeque<>(List.of(notebook.notebook().name())));
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "nbmigrate-analyze", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing " + notebook.notebook().name(), e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }

    private Program analyze(ClassifiedNotebook notebook, Deque<String> running) {
        String name = notebook.notebook().name();
        LOG.debug("Analysing {}", name);
        AnalysisState state = new AnalysisState(notebook);
        IdentityHashMap<PyExpr, Location> literalLocations = new IdentityHashMap<>();
        IoRecorder io = new IoRecorder(state);
        ParameterFinder parameters = new ParameterFinder(state);
        SecretScanner secrets = new SecretScanner(state, literalLocations);
        SqlAnalyzer sql = new SqlAnalyzer(state, sqlParser, io, secrets, parameters);
        ApiUses api = new ApiUses(catalog, state);
        ExplorationFinder explorations = new ExplorationFinder(state);
        ExpressionEvaluator expressions = new ExpressionEvaluator(state, api, io, secrets, parameters, sql,
                literalLocations);
        StatementRunner runner = new StatementRunner(state, expressions, api, parameters, secrets, explorations);
        expressions.statements(runner);

        Map<Integer, PythonParseResult> parses = parse(notebook);
        TopLevelNames.collect(notebook, parses, state);
        Namespaces namespaces = new Namespaces(api, name, notebook.notebook().kernel().context());

        List<CellAnalysis> cells = new ArrayList<>();
        for (ClassifiedCell cell : notebook.cells()) {
            cells.add(cell(cell, parses.get(cell.index()), state, namespaces, runner, sql, secrets, running));
        }
        List<Diagnostic> all = new ArrayList<>(notebook.notebook().diagnostics());
        all.addAll(notebook.diagnostics());
        parses.values().forEach(p -> all.addAll(p.diagnostics()));
        all.addAll(state.diagnostics);
        List<Diagnostic> sorted = new ArrayList<>(new TreeSet<>(all));
        List<CellAnalysis> finished = withStatus(cells, sorted, state);
        Readiness readiness = readiness(finished, state);
        Scope kernel = namespaces.get(notebook.notebook().kernel().context());
        Program program = new Program(notebook, finished, state, readiness, sorted, snapshot(kernel),
                new LinkedHashMap<>(kernel.bindings()), kernel.starModules(), kernel.openEnded());
        LOG.debug("Analysed {}: {} API references, {} reads/writes, {} parameters, {} findings", name,
                program.apiReferences().size(), program.lineage().size(), program.parameters().size(),
                sorted.size());
        return program;
    }

    /** Parses every Python cell, passing {@code __future__} imports on within each namespace. */
    private Map<Integer, PythonParseResult> parse(ClassifiedNotebook notebook) {
        PythonDialect dialect = dialect(notebook);
        Map<ExecutionContext, Set<String>> futures = new EnumMap<>(ExecutionContext.class);
        Map<Integer, PythonParseResult> parses = new HashMap<>();
        for (ClassifiedCell cell : notebook.cells()) {
            if (cell.kind() != CellKind.CODE || cell.language() != Language.PYTHON || cell.code().isBlank()) {
                continue;
            }
            Set<String> inherited = futures.computeIfAbsent(cell.context(), c -> new HashSet<>());
            PythonParseResult result = pythonParser.parse(cell.code().text(),
                    SourceRef.ofCell(notebook.notebook().name(), cell.index()), dialect, Set.copyOf(inherited));
            inherited.addAll(result.futureImports());
            parses.put(cell.index(), result);
        }
        return parses;
    }

    private static PythonDialect dialect(ClassifiedNotebook notebook) {
        PythonVersion version = notebook.notebook().kernel().pythonVersion();
        if (version == PythonVersion.PYTHON_2) {
            return PythonDialect.PYTHON2;
        }
        boolean stated = notebook.notebook().diagnostics().stream().noneMatch(d -> d.code() == Code.NBM007);
        return version == PythonVersion.PYTHON_3 && stated ? PythonDialect.PYTHON3 : PythonDialect.DETECT;
    }

    private CellAnalysis cell(ClassifiedCell cell, PythonParseResult parse, AnalysisState state, Namespaces namespaces,
                              StatementRunner runner, SqlAnalyzer sql, SecretScanner secrets, Deque<String> running) {
        String name = state.name;
        SourceRef ref = SourceRef.ofCell(name, cell.index());
        boolean runOnly = cell.kind() == CellKind.CODE && cell.code().isBlank()
                && !cell.lineMagics(RunScriptMagic.class).isEmpty();
        ExecutionContext context = runOnly || cell.kind() == CellKind.RUN
                ? state.notebook.notebook().kernel().context() : cell.context();
        Scope scope = namespaces.get(context);
        SymbolTable before = snapshot(scope);
        int explorationsBefore = state.explorations.size();
        int sqlBefore = state.sql.size();

        for (RunScriptMagic run : cell.lineMagics(RunScriptMagic.class)) {
            followRun(run.target(), run.arguments(), ref.location(run.span().line(), -1), scope, state, running);
        }
        cell.magic(RunNotebookMagic.class).ifPresent(run -> followRun(run.target(), run.arguments(),
                ref.location(run.header().line(), -1), scope, state, running));

        PyModule module = parse == null ? null : parse.module().orElse(null);
        if (module != null) {
            CellContext cellContext = new CellContext(ref, cell.code().lines(), parse.dialect() == PythonDialect.PYTHON2,
                    cell.context());
            runner.runCell(module, scope, cellContext, cell.cell().isParameters());
        } else if (cell.kind() == CellKind.SQL && !cell.code().isBlank()) {
            CellContext cellContext = new CellContext(ref, cell.code().lines(), false, cell.context());
            SqlUse use = sql.cell(cell.code().text(), ref, new Frame(scope, Frame.Mode.RECORD, cellContext, true, null,
                    null, 0));
            if (use.script().ok() && !use.script().statements().isEmpty() && use.script().statements().stream()
                    .allMatch(s -> s.kind() == SqlKind.QUERY)) {
                state.explorations.add(new Exploration(ExplorationKind.SQL_QUERY, use.location(), Optional.empty(),
                        true));
            }
        }
        cell.magic(ConfigureMagic.class).flatMap(ConfigureMagic::session)
                .ifPresent(session -> secrets.onSessionConf(session.conf(), ref, cell.cell().sourceLines()));
        driverCopy(cell, namespaces, ref);
        sentToSpark(cell, namespaces, ref, new ParameterFinder(state));
        secrets.scanText(ref, cell.cell().sourceLines(), module);

        List<Exploration> explorations = List.copyOf(state.explorations.subList(explorationsBefore,
                state.explorations.size()));
        List<SqlUse> sqlUses = List.copyOf(state.sql.subList(sqlBefore, state.sql.size()));
        return new CellAnalysis(cell, CellStatus.NOT_CODE, Optional.ofNullable(parse), sqlUses, before,
                snapshot(scope), explorations, List.of());
    }

    /** Makes the definitions of a notebook run with {@code %run} visible, analysing it once per batch. */
    private void followRun(String target, List<String> arguments, Location at, Scope scope, AnalysisState state,
                           Deque<String> running) {
        RunTargets.Resolution resolution = runTargets.resolve(state.name, target);
        if (resolution instanceof RunTargets.Missing missing) {
            state.runs.add(new RunDependency(target, Optional.empty(), arguments, at, Optional.of(missing.reason())));
            state.diagnostic(Code.NBM312, at, "%run " + target + ": " + missing.reason());
            scope.markOpenEnded();
            return;
        }
        RunTargets.Found found = (RunTargets.Found) resolution;
        if (running.contains(found.name())) {
            String problem = "runs " + found.name() + ", which is already running (a %run cycle)";
            state.runs.add(new RunDependency(target, Optional.of(found.name()), arguments, at, Optional.of(problem)));
            state.diagnostic(Code.NBM312, at, "%run " + target + " " + problem);
            scope.markOpenEnded();
            return;
        }
        Program program = runPrograms.get(found.name());
        if (program == null) {
            running.push(found.name());
            try {
                program = analyze(found.notebook(), running);
            } finally {
                running.pop();
            }
            runPrograms.put(found.name(), program);
        }
        for (Map.Entry<String, Scope.Binding> export : program.exports().entrySet()) {
            Scope.Binding binding = export.getValue();
            Symbol symbol = binding.symbol();
            if (symbol.kind() == SymbolKind.PREDEFINED) {
                continue;
            }
            scope.bind(export.getKey(), new Scope.Binding(new Symbol(symbol.name(), symbol.type(),
                    SymbolKind.RUN_IMPORT, at, found.name(), symbol.constant()), binding.value()));
        }
        for (String module : program.exportedStarModules()) {
            scope.addStarModule(module);
        }
        if (program.openEnded()) {
            scope.markOpenEnded();
        }
        state.runs.add(new RunDependency(target, Optional.of(found.name()), arguments, at, Optional.empty()));
    }

    /** {@code %%sql -o name}: a pandas copy of the result in the notebook server's namespace. */
    private static void driverCopy(ClassifiedCell cell, Namespaces namespaces, SourceRef ref) {
        Optional<String> output = cell.magic(SqlMagic.class).flatMap(SqlMagic::output)
                .or(() -> cell.magic(SparkMagic.class).flatMap(SparkMagic::output));
        output.ifPresent(variable -> {
            Scope local = namespaces.get(ExecutionContext.NOTEBOOK_SERVER);
            PandasType type = new PandasType("DataFrame");
            local.bind(variable, new Scope.Binding(new Symbol(variable, type, SymbolKind.DRIVER_COPY,
                    ref.location(1, -1), "", Optional.empty()), Eval.of(type)));
        });
    }

    /**
     * {@code %%send_to_spark -i VAR -t str -n NAME}: NAME is a string in the cluster session from then on, which
     * the job reads as a parameter (a pandas DataFrame copy, {@code -t df}, is not bound: the job has no server).
     */
    private static void sentToSpark(ClassifiedCell cell, Namespaces namespaces, SourceRef ref,
                                    ParameterFinder parameters) {
        cell.magic(SendToSparkMagic.class)
                .filter(send -> send.type() == SendToSparkMagic.VariableType.STRING && !send.name().isBlank())
                .ifPresent(send -> {
                    Scope.Binding local = send.input().isBlank() ? null
                            : namespaces.get(ExecutionContext.NOTEBOOK_SERVER).lookup(send.input());
                    Optional<ConstantValue> value = Optional.ofNullable(local == null ? null
                            : local.value().constant());
                    Location at = ref.location(send.header().line(), -1);
                    String parameter = parameters.onTransfer(send.name(), value, at);
                    Scope cluster = namespaces.get(cell.context());
                    cluster.bind(send.name(), new Scope.Binding(new Symbol(send.name(), ScalarType.STR,
                            SymbolKind.VARIABLE, at, "", value), Eval.of(ScalarType.STR).withParameter(parameter)));
                });
    }

    private static SymbolTable snapshot(Scope scope) {
        return scope.snapshot();
    }

    // --------------------------------------------------------------------------------------- status, readiness

    private static List<CellAnalysis> withStatus(List<CellAnalysis> cells, List<Diagnostic> diagnostics,
                                                 AnalysisState state) {
        Map<Integer, List<Diagnostic>> byCell = new HashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            byCell.computeIfAbsent(diagnostic.location().cell(), c -> new ArrayList<>()).add(diagnostic);
        }
        List<CellAnalysis> out = new ArrayList<>();
        for (CellAnalysis cell : cells) {
            List<Diagnostic> own = byCell.getOrDefault(cell.index(), List.of());
            out.add(new CellAnalysis(cell.cell(), status(cell, own), cell.python(), cell.sql(), cell.symbolsBefore(),
                    cell.symbolsAfter(), cell.explorations(), own));
        }
        return out;
    }

    private static CellStatus status(CellAnalysis analysis, List<Diagnostic> diagnostics) {
        ClassifiedCell cell = analysis.cell();
        switch (cell.kind()) {
            case MARKDOWN, RAW, EMPTY, DISPLAY:
                return CellStatus.NOT_CODE;
            case SESSION:
                return CellStatus.SETTINGS;
            case SHELL, FILESYSTEM, WRITE_FILE, UNSUPPORTED, TRANSFER:
                return CellStatus.NOT_TRANSLATED;
            case CODE:
                if (cell.language() != Language.PYTHON) {
                    return CellStatus.NOT_TRANSLATED;
                }
                break;
            default:
                break;
        }
        if (diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return CellStatus.BLOCKED;
        }
        if (diagnostics.stream().anyMatch(d -> d.severity() == Severity.WARNING)) {
            return CellStatus.REVIEW;
        }
        if (onlyExploration(analysis)) {
            return CellStatus.EXPLORATION;
        }
        return CellStatus.READY;
    }

    private static boolean onlyExploration(CellAnalysis analysis) {
        if (analysis.explorations().isEmpty()) {
            return false;
        }
        if (analysis.cell().kind() == CellKind.SQL) {
            return true;
        }
        List<PyStmt> body = analysis.module().map(PyModule::body).orElse(List.of());
        Set<PyStmt> shown = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        analysis.explorations().forEach(e -> e.statement().ifPresent(shown::add));
        return !body.isEmpty() && body.stream().allMatch(shown::contains);
    }

    private static Readiness readiness(List<CellAnalysis> cells, AnalysisState state) {
        int supported = 0;
        int warnings = 0;
        int unsupported = 0;
        int convertible = 0;
        for (ApiReference reference : state.references) {
            switch (reference.status()) {
                case SUPPORTED -> supported++;
                case WARNING -> warnings++;
                case UNSUPPORTED -> unsupported++;
            }
            if (reference.convertible()) {
                convertible++;
            }
        }
        int code = 0;
        int convertibleCells = 0;
        for (CellAnalysis cell : cells) {
            if (cell.status().code()) {
                code++;
                if (cell.status().convertible()) {
                    convertibleCells++;
                }
            }
        }
        return new Readiness(state.references.size(), supported, warnings, unsupported, convertible, code,
                convertibleCells);
    }

    /** The namespaces of one notebook: one per execution context, each with its predefined names. */
    private static final class Namespaces {
        private final ApiUses api;
        private final String notebook;
        private final Map<ExecutionContext, Scope> scopes = new EnumMap<>(ExecutionContext.class);

        Namespaces(ApiUses api, String notebook, ExecutionContext kernel) {
            this.api = api;
            this.notebook = notebook;
            get(kernel);
        }

        Scope get(ExecutionContext context) {
            return scopes.computeIfAbsent(context, this::create);
        }

        private Scope create(ExecutionContext context) {
            Scope scope = Scope.module(context);
            for (String name : context.predefinedGlobals(Language.PYTHON)) {
                Eval value = Predefined.value(name, api);
                scope.bind(name, new Scope.Binding(new Symbol(name, value.type(), SymbolKind.PREDEFINED,
                        Location.ofNotebook(notebook), "kernel", Optional.empty()), value));
            }
            return scope;
        }
    }
}
