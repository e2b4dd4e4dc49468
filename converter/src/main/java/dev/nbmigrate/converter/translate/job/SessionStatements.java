package dev.nbmigrate.converter.translate.job;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.nbmigrate.converter.parse.python.ast.Keyword;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.translate.Scope;
import dev.nbmigrate.converter.types.SparkObject;

/**
 * Statements that make or end the notebook's own Spark session (rule {@code session-builder}): a notebook on a
 * plain Python kernel writes {@code spark = SparkSession.builder.appName(...).getOrCreate()}, {@code sc =
 * SparkContext(...)}, {@code sqlContext = SQLContext(sc)}, {@code findspark.init()} and {@code spark.stop()}; in a
 * job the runtime makes and stops the session. Such a statement becomes a comment, its name the job's session, and
 * its constant {@code .config(key, value)} settings the job's Spark settings.
 */
final class SessionStatements {

    /** Calls that make a session object, by the function's name, with what the name stands for in the job. */
    private static final Map<String, Binding> MAKERS = Map.of(
            "SparkContext", new Binding("spark.sparkContext()", "SparkContext", SparkObject.SPARK_CONTEXT),
            "SQLContext", new Binding("spark", "SparkSession", SparkObject.SQL_CONTEXT),
            "HiveContext", new Binding("spark", "SparkSession", SparkObject.SQL_CONTEXT),
            "SparkSession", new Binding("spark", "SparkSession", SparkObject.SPARK_SESSION));
    /** Calls on the session that only the notebook needed. */
    private static final Set<String> ENDERS = Set.of("stop", "setLogLevel");
    private static final Set<String> SESSION_NAMES = Set.of("spark", "sc", "sqlContext");

    private record Binding(String javaExpression, String javaType, SparkObject type) {
    }

    private final Scope scope;
    private final Map<String, String> sparkConf;

    SessionStatements(Scope scope, Map<String, String> sparkConf) {
        this.scope = scope;
        this.sparkConf = sparkConf;
    }

    /** Handles {@code statement} when it makes or ends the session; returns the comment for the job, if it did. */
    Optional<String> handle(PyStmt statement) {
        if (statement instanceof PyStmt.ExprStmt expr) {
            return standalone(expr.value());
        }
        if (!(statement instanceof PyStmt.Assign assign) || assign.targets().size() != 1
                || !(assign.targets().get(0) instanceof PyExpr.Name target)) {
            return Optional.empty();
        }
        Optional<Binding> made = maker(assign.value());
        if (made.isEmpty()) {
            return Optional.empty();
        }
        Binding binding = made.get();
        if (!SESSION_NAMES.contains(target.id()) || !binding.javaExpression().equals(defaultFor(target.id()))) {
            if (binding.javaExpression().equals("spark")) {
                scope.bindGlobal(target.id(), "spark", binding.javaType(), binding.type());
            } else {
                scope.bindExpression(target.id(), binding.javaExpression(), binding.javaType(), binding.type());
            }
        }
        collectConfig(assign.value());
        return Optional.of(target.id() + " = ...: the notebook made its own Spark session here; the job uses the one"
                + " the runtime makes (its .config settings are in sparkSettings())");
    }

    private static String defaultFor(String name) {
        return name.equals("sc") ? "spark.sparkContext()" : "spark";
    }

    private Optional<String> standalone(PyExpr value) {
        if (!(value instanceof PyExpr.Call call) || !(call.func() instanceof PyExpr.Attribute method)) {
            return Optional.empty();
        }
        if (method.value() instanceof PyExpr.Name module && module.id().equals("findspark")) {
            return Optional.of("findspark." + method.attr() + "(): the notebook looked for Spark; the job runs in it");
        }
        if (ENDERS.contains(method.attr()) && method.value() instanceof PyExpr.Name name
                && scope.lookup(name.id()).isPresent() && SESSION_NAMES.contains(name.id())) {
            return Optional.of(name.id() + "." + method.attr() + "(): the runtime manages the job's session");
        }
        return Optional.empty();
    }

    /** What {@code value} makes, when it is a session maker: a builder chain ending in getOrCreate, or a constructor. */
    private static Optional<Binding> maker(PyExpr value) {
        if (!(value instanceof PyExpr.Call call)) {
            return Optional.empty();
        }
        if (call.func() instanceof PyExpr.Attribute method && method.attr().equals("getOrCreate")) {
            if (startsAtBuilder(method.value())) {
                return Optional.of(MAKERS.get("SparkSession"));
            }
            if (method.value() instanceof PyExpr.Name cls && cls.id().equals("SparkContext")) {
                return Optional.of(MAKERS.get("SparkContext"));
            }
        }
        String name = call.func() instanceof PyExpr.Name n ? n.id()
                : call.func() instanceof PyExpr.Attribute a ? a.attr() : "";
        return name.equals("SparkSession") ? Optional.empty() : Optional.ofNullable(MAKERS.get(name));
    }

    /** True for {@code SparkSession.builder} (or {@code pyspark.sql.SparkSession.builder}) and calls chained on it. */
    private static boolean startsAtBuilder(PyExpr expr) {
        PyExpr at = expr;
        while (true) {
            if (at instanceof PyExpr.Call call) {
                at = call.func();
            } else if (at instanceof PyExpr.Attribute attribute) {
                if (attribute.attr().equals("builder")) {
                    return attribute.value() instanceof PyExpr.Name cls && cls.id().equals("SparkSession")
                            || attribute.value() instanceof PyExpr.Attribute qualified
                            && qualified.attr().equals("SparkSession");
                }
                at = attribute.value();
            } else {
                return false;
            }
        }
    }

    /** {@code .config("k", "v")} calls with constant strings in the builder chain become job settings. */
    private void collectConfig(PyExpr expr) {
        PyExpr at = expr;
        while (at instanceof PyExpr.Call call && call.func() instanceof PyExpr.Attribute method) {
            if (method.attr().equals("config")) {
                List<PyExpr> args = call.args();
                Optional<String> key = text(args.isEmpty() ? keyword(call.keywords(), "key") : args.get(0));
                Optional<String> value = text(args.size() < 2 ? keyword(call.keywords(), "value") : args.get(1));
                if (key.isPresent() && value.isPresent()) {
                    sparkConf.putIfAbsent(key.get(), value.get());
                }
            }
            at = method.value();
        }
    }

    private static PyExpr keyword(List<Keyword> keywords, String name) {
        return keywords.stream().filter(k -> name.equals(k.name())).map(Keyword::value).findFirst().orElse(null);
    }

    private static Optional<String> text(PyExpr expr) {
        return expr instanceof PyExpr.StrLit s ? Optional.of(s.value()) : Optional.empty();
    }
}
