package dev.nbmigrate.converter.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.api.CallPlanner;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
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
    private SourceRef cell;

    public TranslationContext(ApiCatalog catalog, Exploration exploration, SourceRef firstCell) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.planner = new CallPlanner(catalog);
        this.exploration = Objects.requireNonNull(exploration, "exploration");
        this.cell = Objects.requireNonNull(firstCell, "firstCell");
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
    }

    /** Records a finding at {@code span} of the current cell. */
    public Diagnostic report(Code code, Span span, String message) {
        Diagnostic diagnostic = Diagnostic.of(code, cell.location(span), message);
        diagnostics.add(diagnostic);
        return diagnostic;
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

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
