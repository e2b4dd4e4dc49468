package dev.nbmigrate.converter.translate.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.nbmigrate.converter.model.ClusterSettings;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.translate.ExprTranslator;
import dev.nbmigrate.converter.translate.Scope;
import dev.nbmigrate.converter.translate.TranslationContext;
import dev.nbmigrate.converter.translate.data.PyValue;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.SparkObject;

/**
 * Session boilerplate, which a job does not need because the runtime gives it its session: creating one
 * ({@code SparkSession.builder...getOrCreate()}, {@code SparkContext(conf=...)}, {@code SQLContext(sc)},
 * {@code HiveContext(sc)}, {@code SparkConf().set...}), stopping it ({@code spark.stop()}, {@code sc.stop()}) and
 * {@code findspark.init()}. The variable it was assigned to becomes the job's {@code spark} (or its SparkContext);
 * settings become the job's Spark settings ({@code spark.sql.*}, applied when the job starts) or an
 * {@link Code#NBM226} finding saying they go in the cluster configuration.
 */
final class SessionStatements {

    /** What a session expression makes. */
    private enum Kind {
        SESSION, SQL_CONTEXT, CONTEXT, CONF
    }

    /** Builder and SparkConf calls that carry no setting the job must keep. */
    private static final Set<String> HARMLESS = Set.of("appName", "master", "setAppName", "setMaster",
            "enableHiveSupport", "getOrCreate", "builder", "setLogLevel");
    /** The PySpark classes whose construction is session boilerplate. */
    private static final Set<String> SESSION_CLASSES = Set.of("SparkSession", "SparkContext", "SparkConf",
            "SQLContext", "HiveContext");
    /** Calls on a session or context variable that only end the notebook's session. */
    private static final Set<String> STOPS = Set.of("stop");
    /**
     * Notebook-scoped libraries of an EMR notebook's SparkContext: they install into (or list) the notebook's
     * session; a job's libraries are its build's dependencies.
     */
    private static final Set<String> NOTEBOOK_LIBRARIES = Set.of("install_pypi_package", "uninstall_package",
            "list_packages");
    /**
     * Environment variables that only tell a local PySpark where Spark, Java and Python are and how to launch; the
     * job's launcher (spark-submit, the Databricks job) decides them. Settings passed in
     * {@code PYSPARK_SUBMIT_ARGS} belong in the cluster configuration.
     */
    private static final Map<String, String> LAUNCHER_ENVIRONMENT = Map.ofEntries(
            Map.entry("SPARK_HOME", "where Spark is installed"),
            Map.entry("JAVA_HOME", "where Java is installed"),
            Map.entry("HADOOP_HOME", "where Hadoop is installed"),
            Map.entry("HADOOP_CONF_DIR", "where the Hadoop configuration is"),
            Map.entry("YARN_CONF_DIR", "where the YARN configuration is"),
            Map.entry("SPARK_CONF_DIR", "where the Spark configuration is"),
            Map.entry("SPARK_LOCAL_IP", "the address local Spark binds to"),
            Map.entry("PYSPARK_PYTHON", "the Python of PySpark's workers"),
            Map.entry("PYSPARK_DRIVER_PYTHON", "the Python of PySpark's driver"),
            Map.entry("PYSPARK_DRIVER_PYTHON_OPTS", "how PySpark's driver Python starts"),
            Map.entry("PYSPARK_SUBMIT_ARGS", "the spark-submit arguments of a local PySpark"));

    private final TranslationContext context;
    private final Scope scope;
    private final ExprTranslator expressions;
    private final Map<String, String> sparkConf;
    /** Python names that hold a SparkConf. */
    private final Set<String> confs = new HashSet<>();

    SessionStatements(TranslationContext context, Scope scope, Map<String, String> sparkConf) {
        this.context = context;
        this.scope = scope;
        this.expressions = new ExprTranslator(context, scope);
        this.sparkConf = sparkConf;
    }

    /** Handles {@code statement} when it is session boilerplate; returns whether it was. */
    boolean handle(PyStmt statement, Block block) {
        if (statement instanceof PyStmt.Assign assign && assign.targets().size() == 1
                && assign.targets().get(0) instanceof PyExpr.Name target) {
            Optional<Kind> kind = kind(assign.value());
            if (kind.isEmpty()) {
                return false;
            }
            List<String[]> settings = new ArrayList<>();
            settings(assign.value(), settings);
            bind(target.id(), kind.get());
            block.comment(switch (kind.get()) {
                case SESSION, SQL_CONTEXT -> "session: '" + target.id() + "' is the job's SparkSession (the runtime"
                        + " creates it)";
                case CONTEXT -> "session: '" + target.id() + "' is the job's SparkContext (spark.sparkContext())";
                case CONF -> "session: the SparkConf '" + target.id() + "' is not needed, the runtime makes the session";
            });
            settings(settings, statement, block);
            return true;
        }
        if (launcherEnvironment(statement, block)) {
            return true;
        }
        if (statement instanceof PyStmt.ExprStmt expr && expr.value() instanceof PyExpr.Call call
                && call.func() instanceof PyExpr.Attribute method) {
            if (NOTEBOOK_LIBRARIES.contains(method.attr()) && isSessionValue(method.value())) {
                String message = "sc." + method.attr() + "(...) worked the notebook session's own libraries; a job's"
                        + " libraries are dependencies in the module's pom.xml (or libraries of the job in"
                        + " databricks.yml)";
                context.report(Code.NBM224, statement.span(), message);
                block.comment("left out (" + Code.NBM224.id() + "): " + message);
                return true;
            }
            if (qualified(method).filter(q -> q.equals("findspark.init")).isPresent()) {
                block.comment("findspark.init(): the job runs on a cluster or local Spark, nothing to find");
                return true;
            }
            if (method.value() instanceof PyExpr.Name receiver && confs.contains(receiver.id())) {
                List<String[]> settings = new ArrayList<>();
                settings(call, settings);
                settings(settings, statement, block);
                return true;
            }
            if (STOPS.contains(method.attr()) && call.args().isEmpty() && isSessionValue(method.value())) {
                block.comment("session: the runtime stops the session when the job ends");
                return true;
            }
        }
        return false;
    }

    /**
     * {@code os.environ['SPARK_HOME'] = ...} and the other variables that set up a local PySpark: the job's
     * launcher decides them. {@code PYSPARK_SUBMIT_ARGS} also carries settings, reported for the cluster.
     */
    private boolean launcherEnvironment(PyStmt statement, Block block) {
        if (!(statement instanceof PyStmt.Assign assign) || assign.targets().size() != 1
                || !(assign.targets().get(0) instanceof PyExpr.Subscript item)
                || qualified(item.value()).filter(q -> q.equals("os.environ")).isEmpty()) {
            return false;
        }
        String variable = expressions.fold(item.slice()).map(v -> v instanceof PyValue.Str str ? str.value() : null)
                .orElse(null);
        if (variable == null || !LAUNCHER_ENVIRONMENT.containsKey(variable)) {
            return false;
        }
        block.comment("session: os.environ['" + variable + "'] (" + LAUNCHER_ENVIRONMENT.get(variable)
                + ") is the launcher's to set, not the job's");
        if (variable.equals("PYSPARK_SUBMIT_ARGS")) {
            String message = "the spark-submit arguments in PYSPARK_SUBMIT_ARGS (packages, memory, master) are not"
                    + " the job's to make: set them in the cluster configuration (libraries and spark_conf of the job"
                    + " cluster in databricks.yml)";
            context.report(Code.NBM226, statement.span(), message);
            block.comment("TODO(" + Code.NBM226.id() + "): " + message);
        }
        return true;
    }

    private void bind(String name, Kind kind) {
        switch (kind) {
            case SESSION -> scope.bindGlobal(name, "spark", "SparkSession", SparkObject.SPARK_SESSION);
            case SQL_CONTEXT -> scope.bindGlobal(name, "spark", "SparkSession", SparkObject.SQL_CONTEXT);
            case CONTEXT -> scope.bindExpression(name, "spark.sparkContext()", "SparkContext",
                    SparkObject.SPARK_CONTEXT);
            case CONF -> confs.add(name);
        }
    }

    /** The kind of session object {@code value} makes, if it is one of the session idioms. */
    private Optional<Kind> kind(PyExpr value) {
        if (value instanceof PyExpr.Attribute attribute && attribute.attr().equals("sparkContext")
                && isSessionValue(attribute.value())) {
            return Optional.of(Kind.CONTEXT);
        }
        if (!(value instanceof PyExpr.Call call)) {
            return Optional.empty();
        }
        if (call.func() instanceof PyExpr.Attribute method) {
            if (method.attr().equals("getOrCreate") && builderChain(method.value())) {
                return Optional.of(Kind.SESSION);
            }
            if (confChain(value)) {
                return Optional.of(Kind.CONF);
            }
        }
        String callee = className(call.func()).orElse("");
        return switch (callee) {
            case "SparkSession" -> Optional.of(Kind.SESSION);
            case "SQLContext", "HiveContext", "SQLContext.getOrCreate" -> Optional.of(Kind.SQL_CONTEXT);
            case "SparkContext", "SparkContext.getOrCreate" -> Optional.of(Kind.CONTEXT);
            case "SparkConf" -> Optional.of(Kind.CONF);
            default -> Optional.empty();
        };
    }

    /** {@code SparkSession.builder} followed by builder calls. */
    private boolean builderChain(PyExpr expr) {
        if (expr instanceof PyExpr.Call call && call.func() instanceof PyExpr.Attribute method) {
            return builderChain(method.value());
        }
        return expr instanceof PyExpr.Attribute attribute && attribute.attr().equals("builder")
                && className(attribute.value()).filter(n -> n.equals("SparkSession")).isPresent();
    }

    /** {@code SparkConf()} followed by {@code .set...} calls. */
    private boolean confChain(PyExpr expr) {
        if (expr instanceof PyExpr.Call call && call.func() instanceof PyExpr.Attribute method
                && method.attr().startsWith("set")) {
            return confChain(method.value());
        }
        return expr instanceof PyExpr.Call call && className(call.func()).filter(n -> n.equals("SparkConf")).isPresent();
    }

    /**
     * The PySpark class (or class method) an expression names, without its module: {@code SparkSession},
     * {@code SparkContext.getOrCreate}. A name the notebook never imported counts as the PySpark class it is
     * spelt like (a star import, or code that relied on the shell's names).
     */
    private Optional<String> className(PyExpr expr) {
        Optional<String> qualified = qualified(expr);
        if (qualified.isPresent()) {
            String name = qualified.get();
            if (!name.startsWith("pyspark.")) {
                return Optional.empty();
            }
            String[] parts = name.split("\\.");
            String last = parts[parts.length - 1];
            String previous = parts.length > 1 ? parts[parts.length - 2] : "";
            return Optional.of(Character.isUpperCase(previous.isEmpty() ? 'x' : previous.charAt(0))
                    ? previous + "." + last : last);
        }
        if (expr instanceof PyExpr.Name name && notAVariable(name)) {
            return Optional.of(name.id());
        }
        if (expr instanceof PyExpr.Attribute attribute && attribute.value() instanceof PyExpr.Name name
                && notAVariable(name)) {
            return Optional.of(name.id() + "." + attribute.attr());
        }
        return Optional.empty();
    }

    /** A name no statement assigned: unbound, or bound by an import the catalog has no Java class for. */
    private boolean notAVariable(PyExpr.Name name) {
        return scope.lookup(name.id()).map(symbol -> !symbol.isVariable() && !symbol.isExpression()
                && SESSION_CLASSES.contains(name.id())).orElse(true);
    }

    private Optional<String> qualified(PyExpr expr) {
        try {
            return expressions.qualifiedName(expr);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code expr} is a name bound to the job's session or its SparkContext. */
    private boolean isSessionValue(PyExpr expr) {
        if (!(expr instanceof PyExpr.Name name)) {
            return false;
        }
        return scope.lookup(name.id()).map(symbol -> {
            Object type = PyTypes.strip(symbol.type());
            return type == SparkObject.SPARK_SESSION || type == SparkObject.SQL_CONTEXT
                    || type == SparkObject.SPARK_CONTEXT;
        }).orElse(false);
    }

    /** Collects the {@code (key, value)} settings of a builder or SparkConf chain, outermost call last. */
    private void settings(PyExpr expr, List<String[]> out) {
        if (!(expr instanceof PyExpr.Call call)) {
            return;
        }
        if (call.func() instanceof PyExpr.Attribute method) {
            settings(method.value(), out);
            if (HARMLESS.contains(method.attr())) {
                return;
            }
            if ((method.attr().equals("config") || method.attr().equals("set")) && call.args().size() == 2) {
                out.add(new String[] {text(call.args().get(0)), text(call.args().get(1))});
            } else if (!method.attr().equals("config") || !call.args().isEmpty() || !call.keywords().isEmpty()) {
                out.add(new String[] {"." + method.attr() + "(...)", null});
            }
        }
    }

    /** A constant string or number as its text, anything else as {@code <expression>}. */
    private String text(PyExpr expr) {
        return expressions.fold(expr).map(v -> v instanceof PyValue.Str s ? s.value()
                : v instanceof PyValue.Int i ? i.value().toString()
                : v instanceof PyValue.Bool b ? String.valueOf(b.value()) : null).orElse("<expression>");
    }

    /**
     * Settings: those with constant values become the job's Spark settings, in its code ({@code spark.sql.*}) or,
     * when Spark takes them only at cluster start, in the job cluster's {@code spark_conf} (an NBM226 finding
     * saying so); the others are one NBM226 finding saying where they belong.
     */
    private void settings(List<String[]> settings, PyStmt statement, Block block) {
        List<String> cluster = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (String[] setting : settings) {
            String key = setting[0];
            String value = setting[1];
            boolean constant = value != null && !value.equals("<expression>") && key.startsWith("spark.");
            if (constant && !ClusterSettings.isCluster(key)) {
                // a constant the notebook wrote, as spark.conf.set would have it
                sparkConf.put(key, value);
                block.comment("session setting " + key + "=" + value + " is one of the job's Spark settings"
                        + " (sparkSettings())");
            } else if (constant) {
                sparkConf.put(key, value);
                moved.add(key);
            } else {
                cluster.add(key);
            }
        }
        if (!moved.isEmpty()) {
            String message = "session settings " + String.join(", ", moved) + " are the cluster's (Spark takes"
                    + " them only when it starts): they are in the spark_conf of the job cluster in databricks.yml";
            context.report(Code.NBM226, statement.span(), message);
            block.comment(message);
        }
        if (!cluster.isEmpty()) {
            String message = "session settings " + String.join(", ", cluster) + " are not the job's to make: set"
                    + " them in the cluster configuration (spark_conf of the job cluster in databricks.yml)";
            context.report(Code.NBM226, statement.span(), message);
            block.comment("TODO(" + Code.NBM226.id() + "): " + message);
        }
    }
}
