package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.cells.ClassifiedNotebook;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.UnknownType;

import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A notebook as the analyser understands it: the result of {@link Analyzer#analyze}, what translation works from.
 *
 * <ul>
 *   <li>Types: {@link #typeOf(PyExpr)} for every Python expression of the {@link CellAnalysis#module() trees kept
 *   here} (compared by identity: use these trees, do not parse again), and {@link #constantOf(PyExpr)} where the
 *   value is known at conversion time.</li>
 *   <li>Symbols: {@link #symbolsBefore(int)} / {@link #symbolsAfter(int)} per cell, {@link #globals()} at the
 *   end.</li>
 *   <li>The PySpark API references, classified ({@link #apiReferences()}, {@link #apiReference(PyExpr)}).</li>
 *   <li>{@link #parameters()}, {@link #lineage()} (sources and sinks), {@link #secrets()} (never with their values;
 *   {@link #redact(String)} removes them from any text), {@link #explorations()}, {@link #runDependencies()},
 *   {@link #sql()} and {@link #readiness()}.</li>
 *   <li>{@link #diagnostics()}: every finding of reading, classifying, parsing and analysing, sorted.</li>
 * </ul>
 *
 * Immutable.
 */
public final class Program {

    private final ClassifiedNotebook notebook;
    private final List<CellAnalysis> cells;
    private final IdentityHashMap<PyExpr, PyType> types;
    private final IdentityHashMap<PyExpr, ConstantValue> constants;
    private final IdentityHashMap<dev.nbmigrate.converter.parse.python.ast.Arg, PyType> argumentTypes;
    private final List<ApiReference> references;
    private final IdentityHashMap<PyExpr, ApiReference> referenceByNode;
    private final List<Parameter> parameters;
    private final List<IoAccess> lineage;
    private final List<SecretFinding> secrets;
    private final List<String> secretValues;
    private final List<Exploration> explorations;
    private final IdentityHashMap<PyStmt, Exploration> explorationByStatement = new IdentityHashMap<>();
    private final List<RunDependency> runs;
    private final List<SqlUse> sql;
    private final IdentityHashMap<PyExpr, SqlUse> sqlByCall;
    private final Readiness readiness;
    private final List<Diagnostic> diagnostics;
    private final SymbolTable globals;
    /** The final bindings of the kernel's namespace: what a notebook running this one with {@code %run} gets. */
    private final Map<String, Scope.Binding> exports;
    private final List<String> starModules;
    private final boolean openEnded;
    private final java.util.Set<PyExpr> undefinedUses;

    Program(ClassifiedNotebook notebook, List<CellAnalysis> cells, AnalysisState state, Readiness readiness,
            List<Diagnostic> diagnostics, SymbolTable globals, Map<String, Scope.Binding> exports,
            List<String> starModules, boolean openEnded) {
        this.notebook = notebook;
        this.cells = List.copyOf(cells);
        this.types = new IdentityHashMap<>(state.types);
        this.constants = new IdentityHashMap<>(state.constants);
        this.argumentTypes = new IdentityHashMap<>(state.argumentTypes);
        this.references = state.references.stream().sorted(Comparator.comparing(ApiReference::location)
                .thenComparing(ApiReference::qualifiedName)).toList();
        this.referenceByNode = new IdentityHashMap<>(state.referenceByNode);
        this.parameters = List.copyOf(state.parameters.values());
        this.lineage = state.io.stream().sorted(Comparator.comparing(IoAccess::origin)
                .thenComparing(IoAccess::direction).thenComparing(IoAccess::location)).toList();
        this.secrets = state.secrets.stream().sorted(Comparator.comparing(SecretFinding::location)
                .thenComparing(SecretFinding::kind)).toList();
        this.secretValues = state.secretValues.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
        this.explorations = state.explorations.stream().sorted(Comparator.comparing(Exploration::location)).toList();
        for (Exploration exploration : explorations) {
            exploration.statement().ifPresent(s -> explorationByStatement.put(s, exploration));
        }
        this.runs = List.copyOf(state.runs);
        this.sql = List.copyOf(state.sql);
        this.sqlByCall = new IdentityHashMap<>(state.sqlByCall);
        this.readiness = readiness;
        this.diagnostics = List.copyOf(diagnostics);
        this.globals = globals;
        this.exports = Collections.unmodifiableMap(exports);
        this.starModules = List.copyOf(starModules);
        this.openEnded = openEnded;
        this.undefinedUses = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        this.undefinedUses.addAll(state.undefinedUses);
    }

    /**
     * Whether this use of a name (a node of these trees) has no value when it runs: the analyser's decision, made
     * once (it reports NBM309 or NBM310 for top-level code). False where a name may come from code the analysis
     * does not see ({@code import *} of an unknown module, a {@code %run} notebook not given).
     */
    public boolean undefined(PyExpr.Name use) {
        return undefinedUses.contains(use);
    }

    /** The notebook as read and classified. */
    public ClassifiedNotebook notebook() {
        return notebook;
    }

    /** The notebook's name, as in every diagnostic location. */
    public String name() {
        return notebook.notebook().name();
    }

    /** Every cell's analysis, in notebook order ({@code cells().get(i).index() == i + 1}). */
    public List<CellAnalysis> cells() {
        return cells;
    }

    /** The analysis of the cell with a 1-based index. */
    public CellAnalysis cell(int index) {
        return cells.get(index - 1);
    }

    /**
     * The inferred type of an expression of this program's trees ({@code Unknown} when nothing is known, or when the
     * expression is not from these trees: identity, not equality, decides).
     */
    public PyType typeOf(PyExpr expr) {
        PyType type = types.get(expr);
        return type == null ? UnknownType.UNKNOWN : type;
    }

    /** The expression's value when it is known at conversion time (a literal, or folded from known pieces). */
    public Optional<ConstantValue> constantOf(PyExpr expr) {
        return Optional.ofNullable(constants.get(expr));
    }

    /**
     * The type of a parameter of one of the notebook's {@code def}s: the join of the types the notebook's calls of
     * the function pass for it ({@code Unknown} when it is never called, or called with values of different kinds).
     * The definition's own body is typed with unknown parameters; this is what a typed Java method needs.
     */
    public PyType parameterType(dev.nbmigrate.converter.parse.python.ast.Arg parameter) {
        PyType type = argumentTypes.get(parameter);
        return type == null ? UnknownType.UNKNOWN : type;
    }

    /** The names of the cell's namespace before it ran. */
    public SymbolTable symbolsBefore(int cell) {
        return cell(cell).symbolsBefore();
    }

    /** The names of the cell's namespace after it ran. */
    public SymbolTable symbolsAfter(int cell) {
        return cell(cell).symbolsAfter();
    }

    /** The kernel's namespace after the last cell. */
    public SymbolTable globals() {
        return globals;
    }

    /** Every PySpark API reference, sorted by location. */
    public List<ApiReference> apiReferences() {
        return references;
    }

    /** The API reference an expression (a call, attribute, operator or subscript of these trees) makes, if any. */
    public Optional<ApiReference> apiReference(PyExpr node) {
        return Optional.ofNullable(referenceByNode.get(node));
    }

    /** The notebook's parameters, in the order they are declared. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** Every read and write, sorted by location. */
    public List<IoAccess> lineage() {
        return lineage;
    }

    /** The reads. */
    public List<IoAccess> sources() {
        return lineage.stream().filter(io -> io.direction() == IoAccess.Direction.SOURCE).toList();
    }

    /** The writes. */
    public List<IoAccess> sinks() {
        return lineage.stream().filter(io -> io.direction() == IoAccess.Direction.SINK).toList();
    }

    /** The hard-coded secrets found, sorted by location; never with their values. */
    public List<SecretFinding> secrets() {
        return secrets;
    }

    /**
     * The text with every secret value found in the notebook replaced by {@code ********}: for any text a report or
     * generated file takes from the notebook.
     */
    public String redact(String text) {
        String out = text;
        for (String value : secretValues) {
            out = out.replace(value, "********");
        }
        return out;
    }

    /**
     * The longest secret value found in the notebook that {@code text} holds, so that a text holding more than its
     * secret (a URL, a connection string) can be split into its parts and the secret.
     */
    public Optional<String> secretIn(String text) {
        return secretValues.stream().filter(text::contains).findFirst();
    }

    /** True when the text holds none of the notebook's secret values. */
    public boolean clean(String text) {
        return secretValues.stream().noneMatch(text::contains);
    }

    /** The exploration-only statements, sorted by location. */
    public List<Exploration> explorations() {
        return explorations;
    }

    /** The exploration a statement of these trees is, if it is one. */
    public Optional<Exploration> exploration(PyStmt statement) {
        return Optional.ofNullable(explorationByStatement.get(statement));
    }

    /** The notebooks this one runs with {@code %run}, in order. */
    public List<RunDependency> runDependencies() {
        return runs;
    }

    /** All SQL the notebook runs, in order. */
    public List<SqlUse> sql() {
        return sql;
    }

    /** The SQL a {@code spark.sql(...)} call of these trees runs, if it was resolved. */
    public Optional<SqlUse> sqlFor(PyExpr call) {
        return Optional.ofNullable(sqlByCall.get(call));
    }

    public Readiness readiness() {
        return readiness;
    }

    /** Every finding, sorted by location then code. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    Map<String, Scope.Binding> exports() {
        return exports;
    }

    List<String> exportedStarModules() {
        return starModules;
    }

    boolean openEnded() {
        return openEnded;
    }
}
