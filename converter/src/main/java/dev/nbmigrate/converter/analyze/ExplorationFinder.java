package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyNode;
import dev.nbmigrate.converter.parse.python.ast.PyNodes;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.types.PandasType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.SparkObject;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises statements that only show data: {@code show()}, {@code printSchema()}, {@code display(df)},
 * printed or displayed actions ({@code print(df.count())}, a bare {@code df.count()}), prints, bare expressions
 * and plots. Works on the typed tree of a cell's top-level statements.
 */
final class ExplorationFinder {

    private static final Map<String, ExplorationKind> DATAFRAME_METHODS = Map.of(
            "show", ExplorationKind.SHOW,
            "printSchema", ExplorationKind.PRINT_SCHEMA,
            "explain", ExplorationKind.EXPLAIN,
            "display", ExplorationKind.DISPLAY);
    /** Spark actions: they run a job. */
    private static final Set<String> ACTIONS = Set.of("count", "collect", "take", "head", "first", "tail", "toPandas",
            "show", "countByKey", "countByValue", "top", "takeOrdered", "reduce", "isEmpty", "collectAsList",
            "takeAsList", "display");
    private static final Set<String> PLOT_MODULES = Set.of("matplotlib", "seaborn", "plotly", "bokeh", "altair");

    private final AnalysisState state;

    ExplorationFinder(AnalysisState state) {
        this.state = state;
    }

    /** Classifies one expression statement; records and returns the exploration it is, if it is one. */
    Optional<Exploration> classify(PyStmt.ExprStmt statement, Eval callee, Frame frame) {
        Optional<ExplorationKind> kind = kind(statement.value(), callee);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        boolean action = runsJob(statement.value());
        Location at = frame.cell.location(statement.span());
        Exploration exploration = new Exploration(kind.get(), at, Optional.of(statement),
                action || kind.get() == ExplorationKind.SHOW || kind.get() == ExplorationKind.ACTION_DISPLAYED);
        state.explorations.add(exploration);
        return Optional.of(exploration);
    }

    private Optional<ExplorationKind> kind(PyExpr value, Eval callee) {
        if (value instanceof PyExpr.Call call) {
            if (call.func() instanceof PyExpr.Attribute attribute) {
                PyType receiver = PyTypes.strip(type(attribute.value()));
                String member = attribute.attr();
                if (receiver == SparkObject.DATAFRAME && DATAFRAME_METHODS.containsKey(member)) {
                    return Optional.of(DATAFRAME_METHODS.get(member));
                }
                if (receiver == SparkObject.DATAFRAME || receiver == SparkObject.RDD
                        || receiver == SparkObject.GROUPED_DATA) {
                    return ACTIONS.contains(member) ? Optional.of(ExplorationKind.ACTION_DISPLAYED) : Optional.empty();
                }
                if (plotting(callee) || receiver instanceof PandasType && (member.equals("plot") || member.equals("hist"))
                        || attribute.value() instanceof PyExpr.Attribute inner && inner.attr().equals("plot")
                        && PyTypes.strip(type(inner.value())) instanceof PandasType) {
                    return Optional.of(ExplorationKind.PLOT);
                }
                if (callee != null && "z.show".equals(callee.qualname())) {
                    return Optional.of(ExplorationKind.DISPLAY);
                }
                return Optional.empty();
            }
            if (call.func() instanceof PyExpr.Name name) {
                String qualname = callee == null ? null : callee.qualname();
                if ("builtins.print".equals(qualname)) {
                    return Optional.of(runsJob(call) ? ExplorationKind.PRINTED_ACTION : ExplorationKind.PRINT);
                }
                if ("display".equals(qualname) || "displayHTML".equals(qualname)
                        || "builtins.display".equals(qualname)) {
                    return Optional.of(ExplorationKind.DISPLAY);
                }
                if (plotting(callee)) {
                    return Optional.of(ExplorationKind.PLOT);
                }
                return name.id().equals("print") ? Optional.of(ExplorationKind.PRINT) : Optional.empty();
            }
            return Optional.empty();
        }
        if (value instanceof PyExpr.Literal || value instanceof PyExpr.FString || value instanceof PyExpr.Await
                || value instanceof PyExpr.Yield || value instanceof PyExpr.YieldFrom
                || value instanceof PyExpr.NamedExpr) {
            return Optional.empty();
        }
        return Optional.of(ExplorationKind.BARE_EXPRESSION);
    }

    private static boolean plotting(Eval callee) {
        if (callee == null || callee.qualname() == null) {
            return false;
        }
        String qualname = callee.qualname();
        String root = qualname.split("\\.")[0];
        return PLOT_MODULES.contains(root) || qualname.startsWith("pandas.") && (qualname.contains(".plot")
                || qualname.contains(".hist"));
    }

    /** True when the expression calls a Spark action somewhere inside. */
    private boolean runsJob(PyNode node) {
        for (PyNode inner : PyNodes.walk(node)) {
            if (inner instanceof PyExpr.Call call && call.func() instanceof PyExpr.Attribute attribute
                    && ACTIONS.contains(attribute.attr())) {
                PyType receiver = PyTypes.strip(type(attribute.value()));
                if (receiver == SparkObject.DATAFRAME || receiver == SparkObject.RDD) {
                    return true;
                }
            }
            if (inner instanceof PyExpr.Call call && call.func() instanceof PyExpr.Name name
                    && name.id().equals("display")) {
                return true;
            }
        }
        return false;
    }

    private PyType type(PyExpr expr) {
        return state.lastType(expr);
    }
}
