package dev.nbmigrate.converter.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.api.CallPlanner;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.Span;

/**
 * What the translation of one notebook shares across its cells: the API catalog and call planner, the imports the
 * Java code needs, the diagnostics found, how exploration is translated, and the cell being translated.
 */
public final class TranslationContext {

    private final ApiCatalog catalog;
    private final CallPlanner planner;
    private final JavaImports imports = new JavaImports();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Exploration exploration;
    private final java.util.Map<String, org.apache.spark.sql.types.DataType> dataTypes = new java.util.HashMap<>();
    private final java.util.Map<String, com.github.javaparser.ast.body.BodyDeclaration<?>> members = new java.util.LinkedHashMap<>();
    private final FunctionRegistry functions = new FunctionRegistry();
    private final java.util.Map<dev.nbmigrate.converter.parse.python.ast.PyExpr, TExpr> replacements = new java.util.IdentityHashMap<>();
    private final java.util.Set<dev.nbmigrate.converter.parse.python.ast.PyExpr> pathArguments =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private java.util.function.UnaryOperator<com.github.javaparser.ast.expr.Expression> pathResolver = java.util.function.UnaryOperator.identity();
    private SourceRef cell;
    private String cellCode = "";
    private java.util.function.Predicate<dev.nbmigrate.converter.parse.python.ast.PyExpr.Name> undefined = use -> true;

    private final java.util.Set<Location> displayedCopies = new java.util.HashSet<>();

    public TranslationContext(ApiCatalog catalog, Exploration exploration, SourceRef firstCell) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.planner = new CallPlanner(catalog);
        this.exploration = Objects.requireNonNull(exploration, "exploration");
        this.cell = Objects.requireNonNull(firstCell, "firstCell");
    }

    /**
     * Takes the analyser's decision of which name uses have no value ({@code Program::undefined}); without an
     * analysis (a conformance snippet) every name the translation cannot bind is taken as not defined.
     */
    public void undefinedNames(java.util.function.Predicate<dev.nbmigrate.converter.parse.python.ast.PyExpr.Name> decision) {
        this.undefined = Objects.requireNonNull(decision, "decision");
    }

    /** Whether the analysis decided that this use of a name has no value when it runs (NBM220). */
    public boolean undefined(dev.nbmigrate.converter.parse.python.ast.PyExpr.Name use) {
        return undefined.test(use);
    }

    public ApiCatalog catalog() {
        return catalog;
    }

    public CallPlanner planner() {
        return planner;
    }

    public JavaImports imports() {
        return imports;
    }

    public Exploration exploration() {
        return exploration;
    }

    public SourceRef cell() {
        return cell;
    }

    public void enterCell(SourceRef ref) {
        this.cell = Objects.requireNonNull(ref, "ref");
        this.cellCode = "";
    }

    /** Enters a cell whose code is known, so that {@link #sourceText} can quote it. */
    public void enterCell(SourceRef ref, String code) {
        enterCell(ref);
        this.cellCode = Objects.requireNonNull(code, "code");
    }

    /** The Python text of {@code span} in the current cell, on one line; empty when unknown. */
    public String sourceText(Span span) {
        if (!span.isKnown() || cellCode.isEmpty()) {
            return "";
        }
        String[] lines = cellCode.split("\n", -1);
        if (span.endLine() > lines.length) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int line = span.line(); line <= span.endLine(); line++) {
            String whole = lines[line - 1];
            int from = line == span.line() ? Math.min(span.column(), whole.length()) : 0;
            int to = line == span.endLine() ? Math.min(span.endColumn(), whole.length()) : whole.length();
            text.append(line == span.line() ? "" : " ").append(whole.substring(Math.max(0, from), Math.max(from, to)).strip());
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * Records that the statement at {@code span} of the current cell made a pandas copy only to display it, which the
     * job shows as the DataFrame: the analysis' finding that {@code toPandas} has no Java does not concern it.
     */
    public void displayedCopy(Span span) {
        Location at = cell.location(span);
        for (int line = span.line(); line <= Math.max(span.line(), span.endLine()); line++) {
            displayedCopies.add(new Location(at.notebook(), at.cell(), at.line() + line - span.line(), 0));
        }
    }

    /** Whether {@code at} is on a line of a statement recorded by {@link #displayedCopy}. */
    public boolean inDisplayedCopy(Location at) {
        return displayedCopies.contains(new Location(at.notebook(), at.cell(), at.line(), 0));
    }

    /** Records a finding at {@code span} of the current cell. */
    public Diagnostic report(Code code, Span span, String message) {
        return report(code, span, message, java.util.Optional.empty());
    }

    /** Records a finding at {@code span} of the current cell about {@code subject} (the API, the construct). */
    public Diagnostic report(Code code, Span span, String message,
            java.util.Optional<dev.nbmigrate.converter.diag.Subject> subject) {
        Diagnostic found = Diagnostic.of(code, cell.location(span), message);
        Diagnostic diagnostic = subject.map(found::about).orElse(found);
        diagnostics.add(diagnostic);
        return diagnostic;
    }

    /** Records a finding made elsewhere (located already). */
    public void add(Diagnostic diagnostic) {
        diagnostics.add(Objects.requireNonNull(diagnostic, "diagnostic"));
    }

    /** Remembers that the Python name holds a known Spark data type (a schema built in the notebook). */
    public void bindDataType(String pythonName, org.apache.spark.sql.types.DataType type) {
        dataTypes.put(pythonName, type);
    }

    public java.util.Optional<org.apache.spark.sql.types.DataType> dataType(String pythonName) {
        return java.util.Optional.ofNullable(dataTypes.get(pythonName));
    }

    /**
     * Adds a member to the generated class (a helper method from a Python {@code def}, a UDF constant), under a
     * key unique in the class (its name); the first member added under a key wins, so re-translating a
     * definition is harmless. Members are emitted in the order they were first added.
     *
     * @return whether the member was added (false when the key was taken)
     */
    public boolean addMember(String key, com.github.javaparser.ast.body.BodyDeclaration<?> member) {
        return members.putIfAbsent(Objects.requireNonNull(key, "key"), Objects.requireNonNull(member, "member")) == null;
    }

    /** The members added so far, in the order they were added. */
    public List<com.github.javaparser.ast.body.BodyDeclaration<?>> members() {
        return List.copyOf(members.values());
    }

    /** The notebook's Python functions and UDFs, and the members made from them. */
    public FunctionRegistry functions() {
        return functions;
    }

    /**
     * Makes {@code node} (this very tree node) translate to {@code replacement}: a secret's literal becomes the
     * config's secret reference, for instance.
     */
    public void replace(dev.nbmigrate.converter.parse.python.ast.PyExpr node, TExpr replacement) {
        replacements.put(Objects.requireNonNull(node, "node"), Objects.requireNonNull(replacement, "replacement"));
    }

    /** The replacement of {@code node}, if one was set. */
    public java.util.Optional<TExpr> replacement(dev.nbmigrate.converter.parse.python.ast.PyExpr node) {
        return java.util.Optional.ofNullable(replacements.get(node));
    }

    /**
     * Says how storage locations are resolved in the generated code (the job's path resolver), and which argument
     * nodes are storage locations: their Java is passed through {@code resolver}.
     */
    public void resolvePaths(java.util.Collection<dev.nbmigrate.converter.parse.python.ast.PyExpr> arguments,
            java.util.function.UnaryOperator<com.github.javaparser.ast.expr.Expression> resolver) {
        pathArguments.addAll(arguments);
        pathResolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** The Java of {@code node}, through the path resolver when the node is a storage location argument. */
    public com.github.javaparser.ast.expr.Expression locate(dev.nbmigrate.converter.parse.python.ast.PyExpr node,
            com.github.javaparser.ast.expr.Expression java) {
        return pathArguments.contains(node) ? pathResolver.apply(java) : java;
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
