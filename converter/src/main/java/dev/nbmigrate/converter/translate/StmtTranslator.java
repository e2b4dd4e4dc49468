package dev.nbmigrate.converter.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.spark.sql.types.DataType;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.Alias;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.types.ApiMemberType;
import dev.nbmigrate.converter.types.ClassObjectType;
import dev.nbmigrate.converter.types.JavaTypeRef;
import dev.nbmigrate.converter.types.JavaTypes;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.ModuleType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.UnknownType;

/**
 * Translates Python statements into Java statements: assignments become declarations (or assignments of the same
 * variable), imports bind names, exploration follows the {@link Exploration} mode, and driver-side control flow
 * becomes plain Java. A statement with no Java throws {@link Untranslatable} for the caller to report.
 */
public final class StmtTranslator {

    /** DataFrame actions a notebook calls to look at data; as bare statements they are exploration. */
    private boolean isAccumulator(PyStmt.AugAssign aug) {
        return aug.op() == dev.nbmigrate.converter.parse.python.ast.BinOperator.ADD && aug.target() instanceof PyExpr.Name name
                && isAccumulator(name.id());
    }

    private boolean isAccumulator(String name) {
        return scope.lookup(name).map(symbol -> symbol.type() instanceof dev.nbmigrate.converter.types.SharedVariableType shared
                && shared.kind() == dev.nbmigrate.converter.types.SharedVariableType.Kind.ACCUMULATOR).orElse(false);
    }

    private static final Set<String> PRINTING = Set.of("show", "printSchema", "explain");

    private final TranslationContext context;
    private final Scope scope;
    private final ExprTranslator expressions;
    private final DriverStatements driverStatements;

    public StmtTranslator(TranslationContext context, Scope scope) {
        this.context = context;
        this.scope = scope;
        this.expressions = new ExprTranslator(context, scope);
        this.driverStatements = new DriverStatements(context, scope, expressions, this::translate);
    }

    /** The expression translator this one uses, sharing its scope. */
    public ExprTranslator expressions() {
        return expressions;
    }

    public List<Statement> translate(PyStmt statement) {
        Optional<List<Statement>> driver = driverStatements.translate(statement);
        if (driver.isPresent()) {
            return driver.get();
        }
        if (statement instanceof PyStmt.ExprStmt expr && expr.value() instanceof PyExpr.Yield yield) {
            return List.of(new FunctionTranslator(context, expressions).yieldStatement(yield));
        }
        if (statement instanceof PyStmt.ExprStmt expr) {
            return expression(expr);
        }
        if (statement instanceof PyStmt.Assign assign) {
            return assign(assign);
        }
        if (statement instanceof PyStmt.Global global && global.names().stream().allMatch(this::isAccumulator)) {
            // global acc only lets a function add to the accumulator, which Java reaches as it is
            return List.of();
        }
        if (statement instanceof PyStmt.AugAssign aug && isAccumulator(aug)) {
            // acc += x adds to the accumulator (on the driver, or in a function the RDD runs on executors)
            return List.of(new ExpressionStmt(expressions.translate(new PyExpr.Call(new PyExpr.Attribute(aug.target(), "add",
                    dev.nbmigrate.converter.parse.python.ast.ExprContext.LOAD, aug.span()), List.of(aug.value()), List.of(),
                    aug.span())).java()));
        }
        if (statement instanceof PyStmt.AugAssign aug) {
            return assign(aug.target(), new PyExpr.BinOp(aug.target(), aug.op(), aug.value(), aug.span()), aug);
        }
        if (statement instanceof PyStmt.Import imports) {
            for (Alias alias : imports.names()) {
                String bound = alias.asName() != null ? alias.asName() : alias.name().split("\\.")[0];
                String qualified = alias.asName() != null ? alias.name() : bound;
                scope.bindName(bound, bound, Imports.typeOf(context.catalog(), qualified, false));
            }
            return List.of();
        }
        if (statement instanceof PyStmt.ImportFrom from) {
            for (Alias alias : from.names()) {
                if (alias.name().equals("*")) {
                    if (from.module() == null || from.level() > 0 || !from.module().startsWith("pyspark")) {
                        throw new Untranslatable(Code.NBM234, from.span(), "'from " + from.module()
                                + " import *' is not translated: import the names used");
                    }
                    String module = from.module();
                    scope.starImport(name -> name.startsWith("_") ? Optional.empty()
                            : context.catalog().typeOfQualifiedName(module + "." + name));
                    continue;
                }
                String bound = alias.asName() != null ? alias.asName() : alias.name();
                scope.bindName(bound, bound, Imports.typeOf(context.catalog(), from.module() + "." + alias.name(), true));
            }
            return List.of();
        }
        if (statement instanceof PyStmt.Pass) {
            return List.of();
        }
        if (statement instanceof PyStmt.FunctionDef def) {
            return new FunctionTranslator(context, expressions).define(def, scope);
        }
        if (statement instanceof PyStmt.Return ret) {
            return List.of(new FunctionTranslator(context, expressions).returnStatement(ret));
        }
        if (statement instanceof PyStmt.If ifStmt) {
            TExpr value = expressions.translate(ifStmt.test());
            if (value.constant().orElse(null) instanceof dev.nbmigrate.converter.translate.data.PyValue.Bool known
                    && value.type() == ScalarType.BOOL) {
                // decided at translation (isinstance of a typed value, a constant flag): only the branch taken is
                // Java; the other may not even type-check for this call's argument types
                List<Statement> taken = new java.util.ArrayList<>();
                for (PyStmt inner : known.value() ? ifStmt.body() : ifStmt.orElse()) {
                    taken.addAll(translate(inner));
                }
                return taken;
            }
            Expression test = expressions.condition(value, ifStmt.test());
            BlockStmt then = block(ifStmt.body());
            Statement orElse = ifStmt.orElse().isEmpty() ? null : block(ifStmt.orElse());
            return List.of(new IfStmt(test, then, orElse));
        }
        if (statement instanceof PyStmt.For forStmt && forStmt.target() instanceof PyExpr.Name name
                && forStmt.orElse().isEmpty()) {
            TExpr iterable = expressions.translate(forStmt.iter());
            PyType element = PyTypes.strip(iterable.type()) instanceof ListType list ? list.element() : UnknownType.UNKNOWN;
            JavaTypeRef javaType = declaration(element, forStmt);
            Scope.Binding binding = scope.assign(name.id(), element, javaType.text(), Optional.empty());
            VariableDeclarationExpr variable = new VariableDeclarationExpr(StaticJavaParser.parseType(javaType.text()),
                    binding.symbol().javaName());
            return List.of(new ForEachStmt(variable, iterable.java(), block(forStmt.body())));
        }
        throw new Untranslatable(Code.NBM219, statement.span(), "no Java for the Python statement "
                + statement.getClass().getSimpleName(),
                dev.nbmigrate.converter.diag.Subject.construct(statement.getClass().getSimpleName()));
    }

    private BlockStmt block(List<PyStmt> body) {
        NodeList<Statement> statements = new NodeList<>();
        scope.block(() -> {
            for (PyStmt statement : body) {
                statements.addAll(translate(statement));
            }
            return statements;
        });
        return new BlockStmt(statements);
    }

    // ---- expression statements and exploration

    private List<Statement> expression(PyStmt.ExprStmt statement) {
        PyExpr value = statement.value();
        if (value instanceof PyExpr.Call call && call.func() instanceof PyExpr.Name name && name.id().equals("print")
                && scope.lookup("print").isEmpty()) {
            return print(call);
        }
        if (value instanceof PyExpr.StrLit) {
            return List.of();
        }
        Optional<PandasDisplay.Shown> pandas = PandasDisplay.of(value);
        if (pandas.isPresent()
                && PyTypes.strip(expressions.translate(pandas.get().frame()).type()) == SparkObject.DATAFRAME) {
            context.displayedCopy(statement.span());
            return expression(new PyStmt.ExprStmt(pandas.get().show(), statement.span()));
        }
        TExpr translated = expressions.translate(value);
        boolean printing = translated.java() instanceof MethodCallExpr call && PRINTING.contains(call.getNameAsString())
                && call.getScope().isPresent();
        if (printing) {
            if (context.exploration() == Exploration.PRINT) {
                return List.of(new ExpressionStmt(translated.java()));
            }
            MethodCallExpr call = (MethodCallExpr) translated.java();
            NodeList<Expression> args = new NodeList<>();
            args.add(call.getScope().get());
            args.addAll(call.getArguments());
            return List.of(new ExpressionStmt(new MethodCallExpr(inspector(), call.getNameAsString(), args)));
        }
        if (translated.type() == ScalarType.NONE) {
            return List.of(new ExpressionStmt(translated.java()));
        }
        if (context.exploration() == Exploration.PRINT) {
            return List.of(new ExpressionStmt(new MethodCallExpr(new NameExpr("out"), "display",
                    new NodeList<>(translated.java()))));
        }
        // A DataFrame call (cache), an ML setter (evaluator.setMetricName) or a helper call run for its effect is
        // kept as a statement.
        if (translated.java() instanceof MethodCallExpr && (PyTypes.strip(translated.type()) == SparkObject.DATAFRAME
                || PyTypes.strip(translated.type()) instanceof dev.nbmigrate.converter.types.MlType)
                || FunctionTranslator.runsForEffect(value, translated, scope)) {
            return List.of(new ExpressionStmt(translated.java()));
        }
        String shown = context.sourceText(value.span());
        String label = shown.isEmpty() || shown.length() > 80 ? describe(value) : shown;
        context.report(Code.NBM221, statement.span(), "the value of " + label + " was only displayed");
        return List.of(inspectValue(label, translated.java()));
    }

    /**
     * {@code if (ctx.inspect().enabled()) { ctx.inspect().value(label, value); }}: computed only when inspection is
     * on, with no lambda (which could not read a local variable the notebook reassigns).
     */
    private Statement inspectValue(String label, Expression value) {
        return new com.github.javaparser.ast.stmt.IfStmt(new MethodCallExpr(inspector(), "enabled"),
                new BlockStmt(new NodeList<>(new ExpressionStmt(new MethodCallExpr(inspector(), "value",
                        new NodeList<>(new StringLiteralExpr().setString(label), value))))), null);
    }

    private static String describe(PyExpr value) {
        return value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private Expression inspector() {
        return new MethodCallExpr(new NameExpr("ctx"), "inspect");
    }

    private List<Statement> print(PyExpr.Call call) {
        if (!call.keywords().isEmpty()) {
            throw new Untranslatable(Code.NBM237, call.span(), "print with keyword arguments is not translated");
        }
        if (context.exploration() != Exploration.PRINT) {
            if (runsSparkAction(call)) {
                // print(df.count()): looking at data costs a Spark job, which only an inspection should
                String shown = context.sourceText(call.span());
                String label = shown.startsWith("print") ? shown.substring(5).strip() : "";
                if (label.startsWith("(") && label.endsWith(")")) {
                    label = label.substring(1, label.length() - 1).strip();
                }
                label = label.isEmpty() || label.length() > 80 ? "print" : label;
                context.report(Code.NBM221, call.span(), "the value of " + label + " was only displayed");
                return List.of(inspectValue(label, printed(call)));
            }
            return List.of(new ExpressionStmt(log(call)));
        }
        return List.of(new ExpressionStmt(new MethodCallExpr(
                new com.github.javaparser.ast.expr.FieldAccessExpr(new NameExpr("System"), "out"), "println",
                new NodeList<>(printed(call)))));
    }

    /** DataFrame actions that run a Spark job to show something. */
    private static final Set<String> ACTIONS = Set.of("count", "collect", "take", "first", "head", "tail",
            "toPandas", "describe", "summary", "isEmpty");

    /** Whether a print's arguments call a DataFrame action (by the method name, on any receiver that is not a literal). */
    private static boolean runsSparkAction(PyExpr.Call print) {
        for (PyExpr arg : print.args()) {
            for (PyExpr.Call inner : dev.nbmigrate.converter.parse.python.ast.PyNodes.findAll(arg, PyExpr.Call.class)) {
                if (inner.func() instanceof PyExpr.Attribute method && ACTIONS.contains(method.attr())
                        && !(method.value() instanceof PyExpr.StrLit)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What {@code print(args...)} writes: the arguments as str(), joined with spaces. */
    private Expression printed(PyExpr.Call call) {
        Expression text = null;
        for (PyExpr arg : call.args()) {
            TExpr value = expressions.translate(arg);
            Expression piece = PyTypes.strip(value.type()) == ScalarType.STR ? value.java()
                    : new MethodCallExpr(new NameExpr("String"), "valueOf", new NodeList<>(value.java()));
            text = text == null ? piece : new com.github.javaparser.ast.expr.BinaryExpr(
                    new com.github.javaparser.ast.expr.BinaryExpr(text, new StringLiteralExpr(" "),
                            com.github.javaparser.ast.expr.BinaryExpr.Operator.PLUS), piece,
                    com.github.javaparser.ast.expr.BinaryExpr.Operator.PLUS);
        }
        return text == null ? new StringLiteralExpr("") : text;
    }

    /**
     * {@code print("dropped rows:", n)} as {@code LOG.info("dropped rows: {}", n)}: literal strings go into the
     * message pattern, every other argument is a placeholder.
     */
    private Expression log(PyExpr.Call call) {
        StringBuilder pattern = new StringBuilder();
        NodeList<Expression> args = new NodeList<>();
        for (PyExpr arg : call.args()) {
            if (pattern.length() > 0) {
                pattern.append(' ');
            }
            if (arg instanceof PyExpr.StrLit literal && !literal.value().contains("{}")) {
                pattern.append(literal.value());
            } else {
                pattern.append("{}");
                args.add(expressions.translate(arg).java());
            }
        }
        args.add(0, new StringLiteralExpr().setString(pattern.toString()));
        return new MethodCallExpr(new NameExpr("LOG"), "info", args);
    }

    // ---- assignments

    private List<Statement> assign(PyStmt.Assign assign) {
        if (assign.targets().size() != 1) {
            throw new Untranslatable(Code.NBM234, assign.span(), "chained assignment is not translated");
        }
        PyExpr target = assign.targets().get(0);
        if (target instanceof PyExpr.Name name && assign.value() instanceof PyExpr.Lambda lambda
                && lambda.args().vararg() == null && lambda.args().kwarg() == null) {
            // f = lambda a, b: e is def f(a, b): return e, typed at each use (an RDD operation, a call, a UDF)
            return new FunctionTranslator(context, expressions).define(new PyStmt.FunctionDef(name.id(), lambda.args(),
                    List.of(new PyStmt.Return(lambda.body(), lambda.span())), List.of(), null, List.of(), false,
                    assign.span()), scope);
        }
        if (target instanceof PyExpr.Name name && assign.value() instanceof PyExpr.Call call
                && call.func() instanceof PyExpr.Attribute method && PRINTING.contains(method.attr())) {
            // x = df.show(): the display is an inspection and x is None, as show() returns
            List<Statement> shown = expression(new PyStmt.ExprStmt(call, assign.span()));
            scope.bindExpression(name.id(), "null", "Object", ScalarType.NONE);
            return shown;
        }
        if (target instanceof PyExpr.TupleExpr tuple && assign.value() instanceof PyExpr.TupleExpr values
                && tuple.elements().size() == values.elements().size()) {
            List<Statement> statements = new ArrayList<>();
            for (int i = 0; i < tuple.elements().size(); i++) {
                statements.addAll(assign(tuple.elements().get(i), values.elements().get(i), assign));
            }
            return statements;
        }
        if (target instanceof PyExpr.TupleExpr tuple && tuple.elements().stream().allMatch(PyExpr.Name.class::isInstance)) {
            return unpack(tuple.elements(), assign.value(), assign);
        }
        return assign(target, assign.value(), assign);
    }

    /**
     * {@code train, test = df.randomSplit([0.8, 0.2], seed=42)}: the list is held once, then each name takes its
     * element ({@code parts.get(0)}); a list shorter than the names fails, as in Python (a longer one does not).
     */
    private List<Statement> unpack(List<PyExpr> names, PyExpr value, PyStmt statement) {
        TExpr translated = expressions.translate(value);
        PyType type = PyTypes.strip(translated.type());
        if (!(type instanceof ListType list)) {
            throw new Untranslatable(Code.NBM236, statement.span(), "unpacking a " + type.display()
                    + " into several names is not translated");
        }
        JavaTypeRef listType = declaration(type, statement);
        JavaTypeRef elementType = declaration(list.element(), statement);
        if (!listType.text().startsWith("List<")) {
            throw new Untranslatable(Code.NBM236, statement.span(), "unpacking a " + listType.text()
                    + " into several names is not translated");
        }
        listType.imports().forEach(context.imports()::use);
        elementType.imports().forEach(context.imports()::use);
        String holder = scope.freshJavaName(names.stream().map(n -> ((PyExpr.Name) n).id())
                .reduce((a, b) -> a + "_" + b).orElse("parts"));
        List<Statement> statements = new ArrayList<>();
        statements.add(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                StaticJavaParser.parseType(listType.text()), holder, translated.java()))));
        for (int i = 0; i < names.size(); i++) {
            String name = ((PyExpr.Name) names.get(i)).id();
            Expression element = new MethodCallExpr(new NameExpr(holder), "get",
                    new NodeList<>(new com.github.javaparser.ast.expr.IntegerLiteralExpr(Integer.toString(i))));
            Scope.Binding binding = scope.assign(name, list.element(), elementType.text(), Optional.empty());
            statements.add(binding.declares()
                    ? named(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                            StaticJavaParser.parseType(elementType.text()), binding.symbol().javaName(), element))),
                            name, binding.symbol().javaName())
                    : new ExpressionStmt(new AssignExpr(new NameExpr(binding.symbol().javaName()), element,
                            AssignExpr.Operator.ASSIGN)));
        }
        return statements;
    }

    private List<Statement> assign(PyExpr target, PyExpr value, PyStmt statement) {
        if (!(target instanceof PyExpr.Name name)) {
            throw new Untranslatable(Code.NBM234, statement.span(), "assigning to " + target.getClass().getSimpleName()
                    + " is not translated");
        }
        if (value instanceof PyExpr.Call call) {
            Optional<List<Statement>> udf = new UdfTranslator(context, expressions).assign(name.id(), call, scope);
            if (udf.isPresent()) {
                return udf.get();
            }
        }
        TExpr translated = expressions.translate(value);
        PyType type = translated.type();
        if (type instanceof ModuleType || type instanceof ClassObjectType || type instanceof ApiMemberType) {
            scope.bindName(name.id(), name.id(), type);
            return List.of();
        }
        Optional<DataType> dataType = new SpecialCalls(context, expressions).dataTypes().fold(value);
        dataType.ifPresent(t -> context.bindDataType(name.id(), t));
        JavaTypeRef javaType = declaration(type, statement);
        javaType.imports().forEach(context.imports()::use);
        Scope.Binding binding = scope.assign(name.id(), type, javaType.text(), expressions.fold(value));
        String javaName = binding.symbol().javaName();
        if (binding.declares()) {
            VariableDeclarationExpr declaration = new VariableDeclarationExpr(new VariableDeclarator(
                    StaticJavaParser.parseType(javaType.text()), javaName, translated.java()));
            return List.of(named(new ExpressionStmt(declaration), name.id(), javaName));
        }
        return List.of(new ExpressionStmt(new AssignExpr(new NameExpr(javaName), translated.java(), AssignExpr.Operator.ASSIGN)));
    }

    /**
     * The Java for an assignment {@code name = value} that was not translated, when the analysis knows the type of
     * {@code value}: {@code name} is bound to {@code placeholder} (a call that fails the run, or the hand-port method
     * that stands for it), so the steps after it that use {@code name} still translate and compile. Empty for any
     * other statement, and when the type has no Java variable of its own (unknown, or holding unknown parts).
     */
    public Optional<Statement> placeholderAssign(PyStmt statement, PyType type, Expression placeholder) {
        if (!(statement instanceof PyStmt.Assign assign) || assign.targets().size() != 1
                || !(assign.targets().get(0) instanceof PyExpr.Name name)) {
            return Optional.empty();
        }
        Optional<JavaTypeRef> javaType = PlaceholderTypes.javaType(type);
        if (javaType.isEmpty()) {
            return Optional.empty();
        }
        javaType.get().imports().forEach(context.imports()::use);
        Scope.Binding binding = scope.assign(name.id(), type, javaType.get().text(), Optional.empty());
        String javaName = binding.symbol().javaName();
        if (binding.declares()) {
            return Optional.of(named(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                    StaticJavaParser.parseType(javaType.get().text()), javaName, placeholder))), name.id(), javaName));
        }
        return Optional.of(new ExpressionStmt(new AssignExpr(new NameExpr(javaName), placeholder,
                AssignExpr.Operator.ASSIGN)));
    }

    /**
     * A declaration whose Java name is not the notebook's: the notebook's name is kept in a comment on it, so a
     * reader can find the variable of the notebook ({@code // notebook: bad_lines}).
     */
    static Statement named(Statement declaration, String pythonName, String javaName) {
        if (!pythonName.equals(javaName)) {
            declaration.setLineComment(" notebook: " + pythonName);
        }
        return declaration;
    }

    private JavaTypeRef declaration(PyType type, PyStmt statement) {
        PyType stripped = type == ScalarType.NONE ? UnknownType.UNKNOWN : type;
        return JavaTypes.declaration(stripped).orElseThrow(() -> new Untranslatable(Code.NBM230, statement.span(),
                "a value of type " + type.display() + " cannot be held in a Java variable"));
    }
}
