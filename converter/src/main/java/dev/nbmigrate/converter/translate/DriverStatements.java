package dev.nbmigrate.converter.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.ExceptHandler;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.JavaTypeRef;
import dev.nbmigrate.converter.types.JavaTypes;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.UnknownType;

/**
 * Driver-side control flow as plain Java: {@code for} loops over ranges, lists, {@code enumerate}, {@code zip} and
 * {@code d.items()} (tuple targets unpacked into variables), {@code while}, {@code break}/{@code continue},
 * {@code assert} (an {@link IllegalStateException} when the check fails), {@code raise} of Python's built-in
 * exceptions (their Java counterparts), {@code try/except/finally}, and item assignment ({@code d[k] = v}).
 */
final class DriverStatements {

    /** Python's built-in exceptions and the Java exception each one is raised and caught as. */
    private static final Map<String, String> EXCEPTIONS = Map.ofEntries(
            Map.entry("Exception", "RuntimeException"),
            Map.entry("ValueError", "IllegalArgumentException"),
            Map.entry("TypeError", "IllegalArgumentException"),
            Map.entry("RuntimeError", "IllegalStateException"),
            Map.entry("AssertionError", "IllegalStateException"),
            Map.entry("KeyError", "java.util.NoSuchElementException"),
            Map.entry("IndexError", "IndexOutOfBoundsException"),
            Map.entry("NotImplementedError", "UnsupportedOperationException"),
            Map.entry("ZeroDivisionError", "ArithmeticException"),
            Map.entry("AnalysisException", "org.apache.spark.sql.AnalysisException"));

    private final TranslationContext context;
    private final Scope scope;
    private final ExprTranslator expressions;
    private final Function<PyStmt, List<Statement>> statements;

    DriverStatements(TranslationContext context, Scope scope, ExprTranslator expressions,
            Function<PyStmt, List<Statement>> statements) {
        this.context = context;
        this.scope = scope;
        this.expressions = expressions;
        this.statements = statements;
    }

    /** The Java for a driver-side control statement, or empty when the statement is not one. */
    Optional<List<Statement>> translate(PyStmt statement) {
        if (statement instanceof PyStmt.For forStmt) {
            return Optional.of(List.of(forLoop(forStmt)));
        }
        if (statement instanceof PyStmt.While whileStmt) {
            if (!whileStmt.orElse().isEmpty()) {
                throw new Untranslatable(Code.NBM234, whileStmt.span(), "while ... else is not translated");
            }
            return Optional.of(List.of(new WhileStmt(expressions.condition(whileStmt.test()),
                    block(whileStmt.body()))));
        }
        if (statement instanceof PyStmt.Break) {
            return Optional.of(List.of(new BreakStmt().removeLabel()));
        }
        if (statement instanceof PyStmt.Continue) {
            return Optional.of(List.of(new ContinueStmt().removeLabel()));
        }
        if (statement instanceof PyStmt.Assert assertStmt) {
            return Optional.of(List.of(assertion(assertStmt)));
        }
        if (statement instanceof PyStmt.Raise raise) {
            return Optional.of(List.of(raise(raise)));
        }
        if (statement instanceof PyStmt.Try tryStmt) {
            return Optional.of(List.of(tryStatement(tryStmt)));
        }
        if (statement instanceof PyStmt.Assign assign && assign.targets().size() == 1
                && assign.targets().get(0) instanceof PyExpr.Subscript subscript) {
            return Optional.of(List.of(itemAssignment(subscript, assign.value())));
        }
        return Optional.empty();
    }

    private BlockStmt block(List<PyStmt> body) {
        return block(body, List.of());
    }

    private BlockStmt block(List<PyStmt> body, List<Statement> prefix) {
        NodeList<Statement> java = new NodeList<>(prefix);
        scope.block(() -> {
            for (PyStmt statement : body) {
                java.addAll(statements.apply(statement));
            }
            return java;
        });
        return new BlockStmt(java);
    }

    // ---- loops

    private Statement forLoop(PyStmt.For forStmt) {
        if (!forStmt.orElse().isEmpty() || forStmt.isAsync()) {
            throw new Untranslatable(Code.NBM234, forStmt.span(), "for ... else and async for are not translated");
        }
        IterationSource source = IterationSource.of(forStmt.iter(), expressions);
        PyExpr target = forStmt.target();
        if (source instanceof IterationSource.Range range) {
            String name = declare(target, ScalarType.INT, forStmt);
            Expression variable = new NameExpr(name);
            boolean down = range.step() != null && range.step() < 0;
            Expression update = range.step() == null ? new UnaryExpr(variable, UnaryExpr.Operator.POSTFIX_INCREMENT)
                    : new AssignExpr(variable, new LongLiteralExpr(Math.abs(range.step()) + "L"),
                            down ? AssignExpr.Operator.MINUS : AssignExpr.Operator.PLUS);
            VariableDeclarationExpr init = new VariableDeclarationExpr(new VariableDeclarator(
                    StaticJavaParser.parseType("long"), name, range.start()));
            Expression compare = new BinaryExpr(variable, range.stop(), down ? BinaryExpr.Operator.GREATER : BinaryExpr.Operator.LESS);
            return new ForStmt(new NodeList<>(init), compare, new NodeList<>(update), block(forStmt.body()));
        }
        if (source instanceof IterationSource.Indexed indexed) {
            List<PyExpr> names = names(target, indexed.parts().size(), forStmt);
            String index = scope.freshJavaName("i");
            List<Statement> prefix = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                IterationSource.Part part = indexed.parts().get(i);
                prefix.addAll(declaration(names.get(i), part.type(), part.value().apply(new NameExpr(index)), forStmt));
            }
            VariableDeclarationExpr init = new VariableDeclarationExpr(new VariableDeclarator(
                    StaticJavaParser.parseType("int"), index, new IntegerLiteralExpr("0")));
            return new ForStmt(new NodeList<>(init), new BinaryExpr(new NameExpr(index), indexed.size(), BinaryExpr.Operator.LESS),
                    new NodeList<>(new UnaryExpr(new NameExpr(index), UnaryExpr.Operator.POSTFIX_INCREMENT)),
                    block(forStmt.body(), prefix));
        }
        if (source instanceof IterationSource.Entries entries) {
            List<PyExpr> names = names(target, 2, forStmt);
            String entry = scope.freshJavaName("entry");
            JavaTypeRef mapType = javaType(new DictType(entries.key(), entries.value()), forStmt);
            String entryType = "Map.Entry" + mapType.text().substring("Map".length());
            context.imports().use("java.util.Map");
            mapType.imports().forEach(context.imports()::use);
            List<Statement> prefix = new ArrayList<>(
                    declaration(names.get(0), entries.key(), new MethodCallExpr(new NameExpr(entry), "getKey"), forStmt));
            prefix.addAll(declaration(names.get(1), entries.value(), new MethodCallExpr(new NameExpr(entry), "getValue"), forStmt));
            return new ForEachStmt(new VariableDeclarationExpr(StaticJavaParser.parseType(entryType), entry),
                    new MethodCallExpr(ExprTranslator.enclosed(entries.map()), "entrySet"), block(forStmt.body(), prefix));
        }
        IterationSource.Each each = (IterationSource.Each) source;
        if (target instanceof PyExpr.Name) {
            JavaTypeRef type = javaType(each.element(), forStmt);
            String name = declare(target, each.element(), forStmt);
            return new ForEachStmt(new VariableDeclarationExpr(StaticJavaParser.parseType(type.text()), name),
                    each.iterable(), block(forStmt.body()));
        }
        if (PyTypes.strip(each.element()) instanceof dev.nbmigrate.converter.types.PairType pair) {
            // a collected pair RDD: Tuple2s, unpacked with _1() and _2()
            List<PyExpr> names = names(target, 2, forStmt);
            String entry = scope.freshJavaName("pair");
            JavaTypeRef pairType = javaType(pair, forStmt);
            List<Statement> prefix = new ArrayList<>(
                    declaration(names.get(0), pair.first(), new MethodCallExpr(new NameExpr(entry), "_1"), forStmt));
            prefix.addAll(declaration(names.get(1), pair.second(), new MethodCallExpr(new NameExpr(entry), "_2"), forStmt));
            return new ForEachStmt(new VariableDeclarationExpr(StaticJavaParser.parseType(pairType.text()), entry),
                    each.iterable(), block(forStmt.body(), prefix));
        }
        List<PyExpr> names = names(target, -1, forStmt);
        String row = scope.freshJavaName("row");
        JavaTypeRef rowType = javaType(new ListType(PyTypes.join(java.util.stream.IntStream.range(0, names.size())
                .mapToObj(i -> IterationSource.position(each.element(), i)).toList())), forStmt);
        List<Statement> prefix = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            prefix.addAll(declaration(names.get(i), IterationSource.position(each.element(), i),
                    IterationSource.item(new NameExpr(row), each.element(), i), forStmt));
        }
        return new ForEachStmt(new VariableDeclarationExpr(StaticJavaParser.parseType(rowType.text()), row),
                each.iterable(), block(forStmt.body(), prefix));
    }

    private static List<PyExpr> names(PyExpr target, int count, PyStmt statement) {
        List<PyExpr> names = target instanceof PyExpr.TupleExpr tuple ? tuple.elements()
                : target instanceof PyExpr.ListExpr list ? list.elements() : null;
        if (names == null || count >= 0 && names.size() != count) {
            throw new Untranslatable(Code.NBM234, statement.span(), "the loop target must be a tuple of "
                    + (count < 0 ? "names" : count + " names") + " here");
        }
        return names;
    }

    /** Binds a loop variable, which Java declares in the loop header; its fresh Java name. */
    private String declare(PyExpr target, PyType type, PyStmt statement) {
        if (!(target instanceof PyExpr.Name name)) {
            throw new Untranslatable(Code.NBM234, statement.span(), "this loop target is not translated");
        }
        JavaTypeRef javaType = javaType(type, statement);
        // A fresh variable of the loop's own, even when the name held a value of the same type before.
        return scope.parameter(name.id(), javaType.text(), type).javaName();
    }

    private List<Statement> declaration(PyExpr target, PyType type, Expression value, PyStmt statement) {
        JavaTypeRef javaType = javaType(type, statement);
        if (target instanceof PyExpr.TupleExpr || target instanceof PyExpr.ListExpr) {
            return nestedDeclaration(target, type, javaType, value, statement);
        }
        String name = declare(target, type, statement);
        return List.of(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                StaticJavaParser.parseType(javaType.text()), name, value))));
    }

    /**
     * A nested tuple target ({@code (site, month)} in {@code for (site, month), n in pairs}): the value held in a
     * helper variable, each name declared from its position (a pair's {@code _1()}/{@code _2()}, a tuple's item).
     */
    private List<Statement> nestedDeclaration(PyExpr target, PyType type, JavaTypeRef javaType, Expression value,
            PyStmt statement) {
        PyType stripped = PyTypes.strip(type);
        boolean pair = stripped instanceof dev.nbmigrate.converter.types.PairType;
        if (!pair && !(stripped instanceof dev.nbmigrate.converter.types.TupleType)
                && !(stripped instanceof ListType)) {
            throw new Untranslatable(Code.NBM219, statement.span(), "unpacking a value of type " + type.display()
                    + " into a nested loop target is not translated");
        }
        List<PyExpr> names = names(target, pair ? 2 : -1, statement);
        String holder = scope.freshJavaName("item");
        List<Statement> declarations = new ArrayList<>(List.of(new ExpressionStmt(new VariableDeclarationExpr(
                new VariableDeclarator(StaticJavaParser.parseType(javaType.text()), holder, value)))));
        for (int i = 0; i < names.size(); i++) {
            declarations.addAll(declaration(names.get(i), IterationSource.position(type, i),
                    IterationSource.item(new NameExpr(holder), type, i), statement));
        }
        return declarations;
    }

    private JavaTypeRef javaType(PyType type, PyStmt statement) {
        PyType declared = type == ScalarType.NONE ? UnknownType.UNKNOWN : type;
        JavaTypeRef ref = JavaTypes.boxedDeclaration(declared).orElseThrow(() -> new Untranslatable(Code.NBM230,
                statement.span(), "a value of type " + type.display() + " cannot be held in a Java variable"));
        ref.imports().forEach(context.imports()::use);
        PyType stripped = PyTypes.strip(declared);
        if (stripped instanceof ScalarType && stripped != ScalarType.NONE) {
            return JavaTypes.declaration(stripped).orElse(ref);
        }
        return ref;
    }

    // ---- checks and exceptions

    private Statement assertion(PyStmt.Assert assertStmt) {
        TExpr test = expressions.translate(assertStmt.test());
        Expression message;
        if (assertStmt.msg() != null) {
            TExpr msg = expressions.translate(assertStmt.msg());
            message = new DriverPython(context, expressions).strings().str(msg);
        } else {
            message = new StringLiteralExpr().setString("assertion failed at " + context.cell().location(assertStmt.span()));
        }
        Expression failed = new UnaryExpr(new EnclosedExpr(test.java()), UnaryExpr.Operator.LOGICAL_COMPLEMENT);
        return new IfStmt(failed, new BlockStmt(new NodeList<>(new ThrowStmt(new ObjectCreationExpr(null,
                new ClassOrInterfaceType(null, "IllegalStateException"), new NodeList<>(message))))), null);
    }

    private Statement raise(PyStmt.Raise raise) {
        if (raise.exc() == null) {
            String caught = scope.lookup(CAUGHT).map(Scope.Symbol::javaName).orElseThrow(() -> new Untranslatable(
                    Code.NBM234, raise.span(), "a bare raise outside an except clause is not translated"));
            return new ThrowStmt(new NameExpr(caught));
        }
        PyExpr exc = raise.exc();
        String pythonClass = exc instanceof PyExpr.Call call ? simpleName(call.func()) : simpleName(exc);
        String javaClass = pythonClass == null ? null : EXCEPTIONS.get(pythonClass);
        if (javaClass == null || javaClass.startsWith("org.apache.spark")) {
            throw new Untranslatable(Code.NBM238, raise.span(), "raising " + (pythonClass == null ? "this value" : pythonClass)
                    + " is not translated (only Python's built-in exceptions)");
        }
        NodeList<Expression> args = new NodeList<>();
        if (exc instanceof PyExpr.Call call) {
            if (call.args().size() > 1 || !call.keywords().isEmpty()) {
                throw new Untranslatable(Code.NBM237, raise.span(), "exceptions with several arguments are not translated");
            }
            if (call.args().size() == 1) {
                args.add(new DriverPython(context, expressions).strings().str(expressions.translate(call.args().get(0))));
            }
        }
        return new ThrowStmt(new ObjectCreationExpr(null, new ClassOrInterfaceType(null, context.imports().use(qualified(javaClass))), args));
    }

    private static String qualified(String javaClass) {
        return javaClass.contains(".") ? javaClass : "java.lang." + javaClass;
    }

    private String simpleName(PyExpr expr) {
        if (expr instanceof PyExpr.Name name && scope.lookup(name.id()).map(s -> !s.isVariable()).orElse(true)) {
            return name.id();
        }
        if (expr instanceof PyExpr.Attribute attribute) {
            return attribute.attr();
        }
        return null;
    }

    /** The Python name under which an except clause's exception is known to a bare {@code raise}. */
    private static final String CAUGHT = " caught";

    private Statement tryStatement(PyStmt.Try tryStmt) {
        if (!tryStmt.orElse().isEmpty()) {
            throw new Untranslatable(Code.NBM234, tryStmt.span(), "try ... else is not translated");
        }
        BlockStmt body = block(tryStmt.body());
        NodeList<CatchClause> catches = new NodeList<>();
        for (ExceptHandler handler : tryStmt.handlers()) {
            String javaClass = caught(handler);
            String name = handler.name() != null ? handler.name() : "e";
            String javaName = scope.freshJavaName(name);
            if (handler.name() != null) {
                scope.bindGlobal(handler.name(), javaName, "Exception", new dev.nbmigrate.converter.types.JavaObjectType(
                        qualified(javaClass)));
            }
            scope.bindGlobal(CAUGHT, javaName, "Exception", UnknownType.UNKNOWN);
            BlockStmt handlerBody = block(handler.body());
            catches.add(new CatchClause(new Parameter(new ClassOrInterfaceType(null, context.imports().use(qualified(javaClass))),
                    javaName), handlerBody));
        }
        BlockStmt finallyBlock = tryStmt.finalBody().isEmpty() ? null : block(tryStmt.finalBody());
        return new TryStmt(body, catches, finallyBlock);
    }

    /** The Java exception an except clause catches: Exception for a bare except or Exception, else the table's. */
    private String caught(ExceptHandler handler) {
        if (handler.type() == null) {
            return "Exception";
        }
        String pythonClass = simpleName(handler.type());
        if ("Exception".equals(pythonClass) || "BaseException".equals(pythonClass)) {
            return "Exception";
        }
        String javaClass = pythonClass == null ? null : EXCEPTIONS.get(pythonClass);
        if (javaClass == null) {
            throw new Untranslatable(Code.NBM238, handler.span(), "catching " + (pythonClass == null ? "this exception"
                    : pythonClass) + " is not translated");
        }
        context.report(Code.NBM251, handler.span(), "except " + pythonClass + " catches " + javaClass);
        return javaClass;
    }

    // ---- item assignment

    private Statement itemAssignment(PyExpr.Subscript target, PyExpr value) {
        TExpr container = expressions.translate(target.value());
        PyType type = PyTypes.strip(container.type());
        TExpr item = expressions.translate(value);
        Expression self = ExprTranslator.enclosed(container.java());
        if (type instanceof DictType && !(target.slice() instanceof PyExpr.Slice)) {
            TExpr key = expressions.translate(target.slice());
            return new ExpressionStmt(new MethodCallExpr(self, "put", new NodeList<>(DriverPython.boxed(key), DriverPython.boxed(item))));
        }
        if (type instanceof ListType && !(target.slice() instanceof PyExpr.Slice)) {
            TExpr index = expressions.translate(target.slice());
            Expression position = index.java() instanceof IntegerLiteralExpr ? index.java()
                    : new MethodCallExpr(new NameExpr("Math"), "toIntExact", new NodeList<>(index.java()));
            return new ExpressionStmt(new MethodCallExpr(self, "set", new NodeList<>(position, DriverPython.boxed(item))));
        }
        throw new Untranslatable(Code.NBM236, target.span(), "assigning an item of a " + type.display() + " is not translated");
    }
}
