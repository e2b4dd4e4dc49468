package dev.nbmigrate.converter.translate.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;

import dev.nbmigrate.converter.analyze.Analyzer;
import dev.nbmigrate.converter.analyze.CellAnalysis;
import dev.nbmigrate.converter.analyze.Program;
import dev.nbmigrate.converter.analyze.RunTargets;
import dev.nbmigrate.converter.cells.CellKind;
import dev.nbmigrate.converter.cells.ClassifiedCell;
import dev.nbmigrate.converter.cells.SendToSparkMagic;
import dev.nbmigrate.converter.cells.ConfigureMagic;
import dev.nbmigrate.converter.cells.RunNotebookMagic;
import dev.nbmigrate.converter.cells.RunScriptMagic;
import dev.nbmigrate.converter.cells.SqlMagic;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.Span;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.read.Language;
import dev.nbmigrate.converter.translate.StmtTranslator;
import dev.nbmigrate.converter.translate.TranslationContext;
import dev.nbmigrate.converter.translate.Untranslatable;

/**
 * Translates the cells of one notebook, in order, into {@link Block}s: Python through the statement translator,
 * SQL cells into {@code spark.sql(...)}, {@code %run} notebooks inline, {@code %%configure} into Spark settings, and
 * everything that has no place in a job (plots on the notebook server, session magics) into a comment. A statement
 * with no Java becomes a {@code // TODO(NBMxxx)} comment and a {@code NotTranslated.fail(...)} call.
 */
final class CellTranslator {

    private final TranslationContext context;
    private final StmtTranslator statements;
    private final dev.nbmigrate.converter.translate.Scope scope;
    private final JobConfig config;
    private final SqlCells sql;
    private final SqlCallText sqlText;
    private final Analyzer analyzer;
    private final RunTargets runTargets;
    private final Map<String, String> sparkConf;
    private final SessionStatements session;
    private final Set<String> included = new HashSet<>();
    /** Python conversions of a widget's text, by the Java type of the config field that makes them unnecessary. */
    private static final Map<String, String> CONVERSIONS = Map.of("int", "long", "float", "double", "str", "String");
    /** The cells left out as plot cells (notebook and cell). */
    private final List<Location> plotCells = new ArrayList<>();
    /** Why the job leaves out each top-level cell it leaves out: the code of the finding that says so. */
    private final Map<Integer, Code> leftOut = new java.util.TreeMap<>();
    /** Top-level cells in Scala or R (one notebook-level finding names them all). */
    private final List<Integer> foreignCells = new ArrayList<>();
    /** How deep in {@code %run} inclusions the cell being translated is (0: the notebook's own cells). */
    private int depth;

    /** Why the job leaves out a top-level cell, if it does. */
    Optional<Code> leftOut(int cell) {
        return Optional.ofNullable(leftOut.get(cell));
    }

    /** Top-level cells in Scala or R, which the job leaves out (NBM021). */
    List<Integer> foreignCells() {
        return List.copyOf(foreignCells);
    }

    private void leaveOut(int cell, Code reason) {
        if (depth == 0) {
            leftOut.putIfAbsent(cell, reason);
        }
    }

    /** The lines of session boilerplate the job does without (notebook, cell and line). */
    private final Set<Location> sessionLines = new HashSet<>();

    /** Whether {@code at} is on a line of session boilerplate, which the job does without. */
    boolean inSessionBoilerplate(Location at) {
        return sessionLines.contains(new Location(at.notebook(), at.cell(), at.line(), 0));
    }

    /** The cells left out as plot cells: their pandas and matplotlib findings do not concern the job. */
    List<Location> plotCells() {
        return List.copyOf(plotCells);
    }

    /** Python names whose defining statement was not translated, with where that was. */
    private final Map<String, String> untranslated = new java.util.HashMap<>();
    /** The first {@code %run} of the job whose notebook was not found, with its place, once there is one. */
    private Optional<String> missingRun = Optional.empty();

    private static final java.util.regex.Pattern UNDEFINED = java.util.regex.Pattern.compile("name '([^']+)' (?:is not defined|has no Java value here)");

    CellTranslator(TranslationContext context, dev.nbmigrate.converter.translate.Scope scope, JobConfig config,
            Analyzer analyzer, RunTargets runTargets, Map<String, String> sparkConf) {
        this.context = context;
        this.scope = scope;
        this.statements = new StmtTranslator(context, scope);
        this.config = config;
        this.sql = new SqlCells(context, config);
        this.sqlText = new SqlCallText(context);
        this.analyzer = analyzer;
        this.runTargets = runTargets;
        this.sparkConf = sparkConf;
        this.session = new SessionStatements(context, scope, sparkConf);
    }


    /** The block of one cell of {@code program}; empty for cells with nothing to say (markdown, blank). */
    Optional<Block> translate(Program program, CellAnalysis analysis, String marker) {
        ClassifiedCell cell = analysis.cell();
        String notebook = program.notebook().notebook().name();
        SourceRef ref = SourceRef.ofCell(notebook, cell.index());
        context.enterCell(ref, cell.code().text());
        Block block = new Block(cell.index(), marker);
        block.origin(new Block.Origin(Location.ofCell(notebook, cell.index()), List.of()));
        switch (cell.kind()) {
            case MARKDOWN, RAW, EMPTY -> {
                return Optional.empty();
            }
            case CODE -> {
                boolean runOnly = cell.code().isBlank() && !cell.lineMagics(RunScriptMagic.class).isEmpty();
                if (cell.code().isBlank() && !runOnly && !cell.lineMagics().isEmpty()) {
                    notebookOnly(cell, block, "the cell only had notebook commands (" + NotebookCommands.describe(cell)
                            + "); the job leaves it out");
                    return Optional.of(block);
                }
                if (cell.local() && !runOnly) {
                    boolean localMagic = cell.magic(dev.nbmigrate.converter.cells.LocalMagic.class).isPresent();
                    block.comment(localMagic ? "%%local: ran on the notebook server (plots of a sampled result), not"
                            + " part of the job" : "ran in the notebook server's Python, without Spark: not part of the job");
                    context.report(Code.NBM221, Span.NONE, localMagic ? "the %%local cell ran on the notebook server"
                            + " only; the job leaves it out" : "the cell ran in the notebook server's Python, where"
                            + " the notebook had no Spark; the job leaves it out");
                    leaveOut(cell.index(), Code.NBM221);
                    return Optional.of(block);
                }
                for (RunScriptMagic run : cell.lineMagics(RunScriptMagic.class)) {
                    include(notebook, run.target(), block);
                }
                if (cell.language() == Language.SCALA || cell.language() == Language.R) {
                    block.comment(cell.language() == Language.SCALA ? "Scala cell left out: port it by hand (NBM021)"
                            : "R cell left out: port it by hand (NBM021)");
                    leaveOut(cell.index(), Code.NBM021);
                    if (depth == 0) {
                        foreignCells.add(cell.index());
                    }
                    return Optional.of(block);
                }
                if (cell.language() != Language.PYTHON) {
                    todo(block, ref, Span.NONE, Code.NBM219, "the cell's language (" + cell.language()
                            + ") is not translated");
                    return Optional.of(block);
                }
                python(program, analysis, ref, block);
            }
            case SQL -> sql.translate(cell, ref, block, program::secretIn);
            case RUN -> cell.magic(RunNotebookMagic.class).ifPresent(run -> include(notebook, run.target(), block));
            case SESSION -> {
                Optional<ConfigureMagic> configure = cell.magic(ConfigureMagic.class);
                if (configure.isPresent() && configure.get().session().isPresent()) {
                    sparkConf.putAll(configure.get().session().get().conf());
                    notebookOnly(cell, block, "%%configure set up the Livy session; its Spark settings are the job's"
                            + " (sparkSettings()), the rest belongs in databricks.yml");
                } else {
                    notebookOnly(cell, block, NotebookCommands.describe(cell) + " managed the notebook's Spark"
                            + " session; a job has none to manage");
                }
            }
            case TRANSFER, SHELL, FILESYSTEM, DISPLAY -> notebookOnly(cell, block, transferred(cell)
                    .map(option -> NotebookCommands.describe(cell) + " copied a string from the notebook server; the"
                            + " job reads it from its option " + option)
                    .orElseGet(() -> NotebookCommands.describe(cell) + " " + NotebookCommands.why(cell.kind())));
            default -> todo(block, ref, Span.NONE, Code.NBM219, "a " + cell.kind().name().toLowerCase(
                    java.util.Locale.ROOT).replace('_', ' ') + " cell has no Java translation");
        }
        return block.items().size() > 1 ? Optional.of(block) : Optional.empty();
    }

    /**
     * A plot cell: it looks at a result on the driver (a {@code toPandas()} copy, matplotlib, seaborn or pandas
     * plotting) and makes nothing a later cell uses. The job leaves it out, with an info finding, as it does other exploration.
     */
    private boolean plotCell(Program program, CellAnalysis analysis) {
        List<PyStmt> body = analysis.module().get().body();
        String code = analysis.cell().code().text();
        boolean plots = code.contains(".toPandas()") || code.contains("plt.") || body.stream().anyMatch(statement ->
                program.exploration(statement).filter(e -> e.kind() == dev.nbmigrate.converter.analyze.ExplorationKind.PLOT)
                        .isPresent());
        if (!plots) {
            return false;
        }
        List<String> names = new ArrayList<>();
        body.forEach(statement -> names.addAll(defines(statement)));
        StringBuilder later = new StringBuilder();
        program.cells().stream().filter(c -> c.index() > analysis.index())
                .forEach(c -> later.append(c.cell().code().text()).append('\n'));
        return names.stream().noneMatch(name -> java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(name)
                + "\\b").matcher(later).find());
    }

    private void python(Program program, CellAnalysis analysis, SourceRef ref, Block block) {
        if (analysis.module().isEmpty()) {
            if (analysis.cell().code().isBlank()) {
                return;
            }
            Diagnostic parse = analysis.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                    .findFirst().orElse(null);
            Code code = parse != null ? parse.code() : Code.NBM219;
            String message = parse != null ? parse.message() : "the cell's Python could not be read";
            block.comment("TODO(" + code.id() + "): " + message);
            block.add(fail(code, "cell " + ref.cell(), message));
            return;
        }
        if (plotCell(program, analysis)) {
            block.comment("plot cell left out: it looked at a result on the driver (pandas/matplotlib) and made"
                    + " nothing later cells use");
            context.report(Code.NBM221, Span.NONE, "the cell only looked at a result on the driver (pandas/matplotlib); the"
                    + " job leaves it out");
            plotCells.add(new Location(program.notebook().notebook().name(), analysis.index(), 0, 0));
            leaveOut(analysis.index(), Code.NBM221);
            return;
        }
        Block.Origin cellOrigin = block.origin();
        for (PyStmt statement : analysis.module().get().body()) {
            block.origin(new Block.Origin(ref.location(statement.span()), source(analysis, statement).stream()
                    .map(program::redact).toList()));
            try {
                boolean boilerplate = session.handle(statement, block);
                if (boilerplate && statement.span().isKnown()) {
                    for (int line = statement.span().line(); line <= statement.span().endLine(); line++) {
                        Location at = ref.location(line, 0);
                        sessionLines.add(new Location(at.notebook(), at.cell(), at.line(), 0));
                    }
                }
                if (!boilerplate && !config(statement, ref) && !platform(statement, block)) {
                    List<Statement> java = statements.translate(statement);
                    if (java.stream().anyMatch(s -> s.toString().contains(".format(\"delta\")"))) {
                        deltaGuard(ref, statement, block);
                    }
                    java.forEach(s -> block.add(sqlText.rewrite(s)));
                }
            } catch (Untranslatable e) {
                String message = e.getMessage();
                Matcher undefined = UNDEFINED.matcher(message);
                if (e.code() == Code.NBM239 && undefined.matches() && untranslated.containsKey(undefined.group(1))) {
                    message = "'" + undefined.group(1) + "' comes from a step that was not translated ("
                            + untranslated.get(undefined.group(1)) + ")";
                } else if ((e.code() == Code.NBM220 || e.code() == Code.NBM239) && undefined.matches()
                        && missingRun.isPresent()) {
                    // the root cause is the notebook that was not found (NBM312), named once per step it blocks
                    message = message + ": no cell defines it, so it likely comes from " + missingRun.get()
                            + ", which was not found (NBM312)";
                }
                Location at = todo(block, ref, e.span().isKnown() ? e.span() : statement.span(), e.code(), message,
                        e.subject(), placeholder -> placeholderValue(program, statement, placeholder));
                defines(statement).stream().filter(name -> scope.lookup(name).isEmpty())
                        .forEach(name -> untranslated.putIfAbsent(name, whereText(at)));
                source(analysis, statement).forEach(line -> block.comment("  " + program.redact(line)));
            }
        }
        block.origin(cellOrigin);
    }

    /**
     * Handles a statement that defines a job parameter ({@code RUN_DATE = "2024-01-31"}, a widget): the name now
     * reads the config. Returns whether the statement was one.
     */
    private boolean config(PyStmt statement, SourceRef ref) {
        if (statement instanceof PyStmt.ExprStmt expr && widgetCall(expr.value()).isPresent()) {
            return true;
        }
        if (!(statement instanceof PyStmt.Assign assign) || assign.targets().size() != 1
                || !(assign.targets().get(0) instanceof PyExpr.Name name)) {
            return false;
        }
        Location at = ref.location(statement.span());
        Optional<JobConfig.Field> field = config.forVariable(name.id()).filter(f -> {
            Location origin = f.parameter().get().location();
            return origin.notebook().equals(at.notebook()) && origin.cell() == at.cell() && origin.line() == at.line();
        });
        if (field.isEmpty()) {
            // x = dbutils.widgets.get("x"), or int(...)/float(...) of it when the field has that type already
            PyExpr value = assign.value();
            String wanted = null;
            if (value instanceof PyExpr.Call conversion && conversion.func() instanceof PyExpr.Name function
                    && CONVERSIONS.containsKey(function.id()) && conversion.args().size() == 1
                    && conversion.keywords().isEmpty()) {
                wanted = CONVERSIONS.get(function.id());
                value = conversion.args().get(0);
            }
            PyExpr widgetValue = value;
            String type = wanted;
            Optional<String> widget = widgetCall(widgetValue).filter(m -> m.equals("get"))
                    .flatMap(m -> firstStringArgument(widgetValue));
            field = widget.flatMap(config::forParameterName)
                    .filter(f -> type == null || f.accessorType().equals(type));
        }
        if (field.isEmpty()) {
            return false;
        }
        dev.nbmigrate.converter.types.PyType type = field.get().field().optional()
                ? dev.nbmigrate.converter.types.PyTypes.nullable(field.get().type()) : field.get().type();
        scope.bindExpression(name.id(), field.get().accessor(), field.get().accessorType(), type);
        return true;
    }

    /**
     * {@code %%send_to_spark -i VAR -t str -n NAME}: from here on NAME reads the job option the analysis made of
     * it (the notebook server that computed VAR is not part of the job).
     */
    private Optional<String> transferred(ClassifiedCell cell) {
        Optional<Map.Entry<String, JobConfig.Field>> named = cell.magic(SendToSparkMagic.class)
                .filter(send -> send.type() == SendToSparkMagic.VariableType.STRING)
                .flatMap(send -> config.forVariable(send.name()).map(field -> Map.entry(send.name(), field)));
        named.ifPresent(n -> scope.bindExpression(n.getKey(), n.getValue().accessor(), n.getValue().accessorType(),
                n.getValue().type()));
        return named.map(n -> "--" + dev.nbmigrate.runtime.config.Names.kebab(n.getValue().field().name()));
    }

    /** The method name of a {@code dbutils.widgets.<method>(...)} call. */
    private static Optional<String> widgetCall(PyExpr expr) {
        if (expr instanceof PyExpr.Call call && call.func() instanceof PyExpr.Attribute method
                && method.value() instanceof PyExpr.Attribute widgets && widgets.attr().equals("widgets")
                && widgets.value() instanceof PyExpr.Name dbutils && dbutils.id().equals("dbutils")) {
            return Optional.of(method.attr());
        }
        return Optional.empty();
    }

    private static Optional<String> firstStringArgument(PyExpr expr) {
        if (expr instanceof PyExpr.Call call && !call.args().isEmpty() && call.args().get(0) instanceof PyExpr.StrLit s) {
            return Optional.of(s.value());
        }
        return Optional.empty();
    }

    /** Translates the cells of the notebook a {@code %run} names into {@code block}, once per job. */
    private void include(String from, String target, Block block) {
        RunTargets.Resolution resolution = runTargets.resolve(from, target);
        if (!(resolution instanceof RunTargets.Found found)) {
            block.comment("%run " + target + ": not found, so its definitions are missing (see NBM312)");
            if (missingRun.isEmpty()) {
                missingRun = Optional.of("%run " + target + " (" + whereText(context.cell().location(0, 0)) + ")");
            }
            return;
        }
        if (!included.add(found.name())) {
            block.comment("%run " + target + ": already included above");
            return;
        }
        depth++;
        try {
            includeCells(found, target, block);
        } finally {
            depth--;
        }
    }

    private void includeCells(RunTargets.Found found, String target, Block block) {
        Program program = analyzer.analyze(found.notebook());
        context.resolvePaths(JobTranslator.pathArguments(program), JobTranslator.PATH_RESOLVER);
        SourceRef back = context.cell();
        block.comment("%run " + target + ": its cells follow");
        for (CellAnalysis analysis : program.cells()) {
            Optional<Block> inner = translate(program, analysis, found.name() + ", cell " + analysis.index());
            inner.ifPresent(b -> b.items().forEach(item -> {
                if (item instanceof Block.Code code) {
                    block.add(code.statement(), code.origin());
                } else {
                    block.comment(((Block.Comment) item).text());
                }
            }));
        }
        context.enterCell(back);
    }

    /** A cell that worked the notebook itself: a comment in the job, an NBM224 finding, left out. */
    private void notebookOnly(ClassifiedCell cell, Block block, String message) {
        block.comment("left out (" + Code.NBM224.id() + "): " + message);
        context.report(Code.NBM224, Span.NONE, message);
        leaveOut(cell.index(), Code.NBM224);
    }

    private Location todo(Block block, SourceRef ref, Span span, Code code, String message) {
        return todo(block, ref, span, code, message, Optional.empty(), placeholder -> Optional.empty());
    }

    /**
     * Reports an untranslated step and adds its failing placeholder; {@code typed} may make the placeholder the
     * value of a typed variable instead ({@code Dataset<Row> x = NotTranslated.fail(...)}).
     */
    private Location todo(Block block, SourceRef ref, Span span, Code code, String message,
            Optional<dev.nbmigrate.converter.diag.Subject> subject,
            java.util.function.Function<Expression, Optional<Statement>> typed) {
        Diagnostic diagnostic = context.report(code, span, message, subject);
        Location at = diagnostic.location();
        String where = whereText(at);
        block.comment("TODO(" + code.id() + "): " + message);
        Statement placeholder = fail(code, where, message);
        block.add(typed.apply(((ExpressionStmt) placeholder).getExpression()).orElse(placeholder));
        return at;
    }

    /**
     * {@code name = <untranslated value>} when the analysis knows the value's type: a typed variable whose value the
     * placeholder (later, the step's hand-port method) gives, so later steps that use {@code name} still translate.
     */
    private Optional<Statement> placeholderValue(Program program, PyStmt statement, Expression placeholder) {
        if (!(statement instanceof PyStmt.Assign assign) || assign.targets().size() != 1
                || !(assign.targets().get(0) instanceof dev.nbmigrate.converter.parse.python.ast.PyExpr.Name)) {
            return Optional.empty();
        }
        return statements.placeholderAssign(statement, program.typeOf(assign.value()), placeholder);
    }

    /**
     * Before a Delta Lake read or write: Databricks runs it, local Spark cannot (no Delta Lake data source), so a
     * local run stops there with the finding's code rather than with Spark's class-not-found error.
     */
    private void deltaGuard(SourceRef ref, PyStmt statement, Block block) {
        String message = "Delta Lake is not available on local Spark; this step runs on Databricks";
        Diagnostic diagnostic = context.report(Code.NBM223, statement.span(), "the step reads or writes Delta Lake,"
                + " which only Databricks has: a local run stops here");
        block.comment("TODO(" + Code.NBM223.id() + "): " + diagnostic.message());
        block.add(new com.github.javaparser.ast.stmt.IfStmt(parse("ctx.environment().equals(\"local\")"),
                new com.github.javaparser.ast.stmt.BlockStmt(new com.github.javaparser.ast.NodeList<>(
                        fail(Code.NBM223, whereText(diagnostic.location()), message))), null));
    }

    /** The names a Python statement binds at the top level (so that later uses can say where they failed). */
    private static List<String> defines(PyStmt statement) {
        List<String> names = new ArrayList<>();
        if (statement instanceof PyStmt.Assign assign) {
            assign.targets().forEach(target -> names(target, names));
        } else if (statement instanceof PyStmt.AugAssign aug) {
            names(aug.target(), names);
        } else if (statement instanceof PyStmt.FunctionDef def) {
            names.add(def.name());
        } else if (statement instanceof PyStmt.For loop) {
            names(loop.target(), names);
        }
        return names;
    }

    private static void names(PyExpr target, List<String> names) {
        if (target instanceof PyExpr.Name name) {
            names.add(name.id());
        } else if (target instanceof PyExpr.TupleExpr tuple) {
            tuple.elements().forEach(e -> names(e, names));
        } else if (target instanceof PyExpr.ListExpr list) {
            list.elements().forEach(e -> names(e, names));
        }
    }

    /**
     * Platform calls with a job equivalent: Databricks {@code display(df)} is an inspection like {@code df.show()};
     * {@code dbutils.notebook.exit(value)} ends the notebook, as the end of the job does. Returns whether the
     * statement was one.
     */
    private boolean platform(PyStmt statement, Block block) {
        if (!(statement instanceof PyStmt.ExprStmt expr) || !(expr.value() instanceof PyExpr.Call call)) {
            return false;
        }
        if (call.func() instanceof PyExpr.Name name && name.id().equals("display") && scope.lookup("display").isEmpty()
                && call.args().size() == 1 && call.keywords().isEmpty()) {
            PyExpr show = new PyExpr.Call(new PyExpr.Attribute(call.args().get(0), "show",
                    dev.nbmigrate.converter.parse.python.ast.ExprContext.LOAD, call.span()), List.of(), List.of(),
                    call.span());
            statements.translate(new PyStmt.ExprStmt(show, expr.span())).forEach(block::add);
            return true;
        }
        if (call.func() instanceof PyExpr.Attribute method && method.attr().equals("sql")
                && call.args().size() == 1 && call.keywords().isEmpty() && isSession(method.value())) {
            Optional<dev.nbmigrate.converter.translate.data.PyValue> text = statements.expressions().fold(call.args().get(0));
            if (text.isPresent() && text.get() instanceof dev.nbmigrate.converter.translate.data.PyValue.Str sqlText
                    && sql.pythonStatement(sqlText.value(), context.cell().shiftedBy(call.span().line() - 1), block)) {
                return true;
            }
        }
        if (call.func() instanceof PyExpr.Attribute exit && exit.attr().equals("exit")
                && exit.value() instanceof PyExpr.Attribute notebook && notebook.attr().equals("notebook")
                && notebook.value() instanceof PyExpr.Name dbutils && dbutils.id().equals("dbutils")) {
            block.comment("dbutils.notebook.exit: the notebook ended here with a value for its caller; the job ends"
                    + " after its last step");
            context.report(Code.NBM221, call.span(), "dbutils.notebook.exit(...) left out: a JAR task has no exit"
                    + " value");
            return true;
        }
        return false;
    }

    /** Whether {@code expr} is a name bound to the job's session (or a SQLContext). */
    private boolean isSession(PyExpr expr) {
        return expr instanceof PyExpr.Name name && scope.lookup(name.id()).map(symbol -> {
            Object type = dev.nbmigrate.converter.types.PyTypes.strip(symbol.type());
            return type == dev.nbmigrate.converter.types.SparkObject.SPARK_SESSION
                    || type == dev.nbmigrate.converter.types.SparkObject.SQL_CONTEXT;
        }).orElse(false);
    }

    private static String whereText(Location at) {
        String cell = "cell " + at.cell();
        String notebook = at.notebook();
        int slash = notebook.lastIndexOf('/');
        String file = slash >= 0 ? notebook.substring(slash + 1) : notebook;
        return file + " " + cell + (at.line() > 0 ? ", line " + at.line() : "");
    }

    /** True when {@code block} (with what it includes by {@code %run}) has a {@code NotTranslated.fail(...)} call. */
    static boolean hasPlaceholder(Block block) {
        return block.statements().stream().anyMatch(statement -> statement.findAll(MethodCallExpr.class).stream()
                .anyMatch(call -> call.getNameAsString().equals("fail") && call.getScope()
                        .filter(scope -> scope instanceof NameExpr name && name.getNameAsString().equals("NotTranslated"))
                        .isPresent()));
    }

    static Statement fail(Code code, String where, String message) {
        NodeList<Expression> args = new NodeList<>(new StringLiteralExpr().setString(code.id()),
                new StringLiteralExpr().setString(where), new StringLiteralExpr().setString(message));
        return new ExpressionStmt(new MethodCallExpr(new NameExpr("NotTranslated"), "fail", args));
    }

    /** The Python lines of {@code statement}, for the TODO comment. */
    private static List<String> source(CellAnalysis analysis, PyStmt statement) {
        List<String> lines = analysis.cell().code().lines();
        Span span = statement.span();
        List<String> out = new ArrayList<>();
        if (!span.isKnown()) {
            return out;
        }
        for (int line = span.line(); line <= Math.min(span.endLine(), lines.size()) && out.size() < 12; line++) {
            out.add(lines.get(line - 1).stripTrailing());
        }
        return out;
    }

    static Expression parse(String java) {
        return StaticJavaParser.parseExpression(java);
    }
}
