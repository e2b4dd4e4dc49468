package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.cells.ClassifiedNotebook;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Everything one notebook's analysis collects, before it becomes a {@link Program}. Used by one thread. */
final class AnalysisState {

    final ClassifiedNotebook notebook;
    final String name;
    final IdentityHashMap<PyExpr, PyType> types = new IdentityHashMap<>();
    final IdentityHashMap<PyExpr, ConstantValue> constants = new IdentityHashMap<>();
    /** For each parameter of the notebook's functions, the join of the types its calls pass. */
    final IdentityHashMap<dev.nbmigrate.converter.parse.python.ast.Arg, PyType> argumentTypes = new IdentityHashMap<>();
    final List<ApiReference> references = new ArrayList<>();
    final IdentityHashMap<PyExpr, ApiReference> referenceByNode = new IdentityHashMap<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final List<IoAccess> io = new ArrayList<>();
    final List<SecretFinding> secrets = new ArrayList<>();
    final Set<String> secretValues = new TreeSet<>();
    final Map<String, Parameter> parameters = new LinkedHashMap<>();
    final List<Exploration> explorations = new ArrayList<>();
    final List<SqlUse> sql = new ArrayList<>();
    final IdentityHashMap<PyExpr, SqlUse> sqlByCall = new IdentityHashMap<>();
    /** Temporary views the notebook registers (lower case): reads of them are not lineage. */
    final Set<String> tempViews = new HashSet<>();
    final List<RunDependency> runs = new ArrayList<>();
    /** Hive/Spark SQL variables known so far ({@code SET hivevar:x=...}, widget and form defaults). */
    final Map<String, String> sqlVariables = new TreeMap<>();
    /** Keys of one-per-place findings already reported. */
    final Set<String> reported = new HashSet<>();
    /** Per name, the cells whose top-level code assigns it (for names used before their definition). */
    final Map<String, List<Integer>> definedIn = new HashMap<>();
    /**
     * The uses of names that have no value when they run (by identity): the analyser's one decision of "not
     * defined", which the translator reads ({@link Program#undefined}).
     */
    final Set<PyExpr> undefinedUses = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Per name, how many top-level assignments the notebook has (a parameter is assigned once). */
    final Map<String, Integer> assignmentCount = new HashMap<>();

    AnalysisState(ClassifiedNotebook notebook) {
        this.notebook = notebook;
        this.name = notebook.notebook().name();
    }

    void diagnostic(Code code, Location location, String message) {
        diagnostics.add(Diagnostic.of(code, location, message));
    }

    /** Reports once per key (e.g. one undefined-name finding per cell and name). */
    void diagnosticOnce(String key, Code code, Location location, String message) {
        if (reported.add(code.id() + "|" + key)) {
            diagnostic(code, location, message);
        }
    }

    /** The type of each expression at its latest evaluation, in any mode (for list elements of arguments). */
    private final IdentityHashMap<PyExpr, PyType> latest = new IdentityHashMap<>();

    private final IdentityHashMap<PyExpr, ConstantValue> latestConstants = new IdentityHashMap<>();

    /** The constant of an expression at its latest evaluation, in any mode; null when not constant. */
    ConstantValue lastConstant(PyExpr expr) {
        return latestConstants.get(expr);
    }

    PyType lastType(PyExpr expr) {
        PyType type = latest.get(expr);
        return type == null ? dev.nbmigrate.converter.types.UnknownType.UNKNOWN : type;
    }

    /** Records the type (and constant) of an expression as the frame's mode allows. */
    void record(PyExpr expr, Eval value, Frame.Mode mode) {
        latest.put(expr, value.type());
        if (value.constant() != null) {
            latestConstants.put(expr, value.constant());
        } else {
            latestConstants.remove(expr);
        }
        switch (mode) {
            case RECORD -> {
                types.put(expr, value.type());
                if (value.constant() != null) {
                    constants.put(expr, value.constant());
                } else {
                    constants.remove(expr);
                }
            }
            case REFINE -> {
                PyType known = types.get(expr);
                if (known == null || known.isUnknown()) {
                    types.put(expr, value.type());
                } else if (!known.equals(value.type()) && !value.type().isUnknown()) {
                    types.put(expr, PyTypes.join(known, value.type()));
                }
            }
            case PROBE -> {
                // another notebook's tree: nothing to record here
            }
        }
    }

    /** Adds a reference (replacing an earlier one of the same node); false when the mode does not record it. */
    boolean addReference(ApiReference reference, Frame.Mode mode) {
        if (mode == Frame.Mode.PROBE) {
            return false;
        }
        if (mode == Frame.Mode.REFINE && referenceByNode.containsKey(reference.node())
                && !improves(reference, referenceByNode.get(reference.node()))) {
            return false;
        }
        ApiReference previous = referenceByNode.put(reference.node(), reference);
        if (previous != null) {
            references.remove(previous);
            diagnostics.removeAll(previous.issues());
        }
        references.add(reference);
        diagnostics.addAll(reference.issues());
        return true;
    }

    /**
     * True when a reference planned at a call of the function (with the call's argument types) says more than the
     * one of the definition pass: same member, which was planned on guessed or unknown types and now is not.
     */
    private static boolean improves(ApiReference refined, ApiReference known) {
        boolean knownGuessed = known.result().isUnknown()
                || known.issues().stream().anyMatch(d -> d.code() == Code.NBM212);
        boolean refinedGuessed = refined.result().isUnknown()
                || refined.issues().stream().anyMatch(d -> d.code() == Code.NBM212);
        return known.qualifiedName().equals(refined.qualifiedName()) && knownGuessed && !refinedGuessed;
    }

    void addParameter(Parameter parameter) {
        parameters.putIfAbsent(parameter.name(), parameter);
    }

    void addSecret(SecretFinding finding, String value) {
        String key = finding.location().cell() + "|" + finding.location().line() + "|" + finding.kind();
        if (value != null && !value.isEmpty()) {
            secretValues.add(value);
        }
        if (reported.add("secret|" + key) && reported.add("secret-value|" + finding.location().cell() + "|" + value)) {
            secrets.add(finding);
            diagnostic(finding.kind().code(), finding.location(), "hard-coded " + finding.kind().label()
                    + (finding.context().isEmpty() ? "" : " (" + finding.context() + ")")
                    + " in the notebook; its value is not shown");
        }
    }
}
