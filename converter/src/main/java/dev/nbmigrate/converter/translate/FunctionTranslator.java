package dev.nbmigrate.converter.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnknownType;

import dev.nbmigrate.converter.render.JavaText;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.Span;
import dev.nbmigrate.converter.parse.python.ast.Arg;
import dev.nbmigrate.converter.parse.python.ast.Keyword;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.translate.FunctionRegistry.Capture;
import dev.nbmigrate.converter.translate.FunctionRegistry.Definition;
import dev.nbmigrate.converter.translate.FunctionRegistry.Frame;
import dev.nbmigrate.converter.translate.FunctionRegistry.Specialization;
import dev.nbmigrate.converter.translate.data.PyValue;
import dev.nbmigrate.converter.types.FunctionKind;
import dev.nbmigrate.converter.types.FunctionType;
import dev.nbmigrate.converter.types.JavaTypeRef;
import dev.nbmigrate.converter.types.JavaTypes;
import dev.nbmigrate.converter.types.NullableType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SparkObject;

/**
 * Translates Python {@code def}s into {@code private static} methods of the generated class.
 *
 * <p>A {@code def} is translated when it is used, not where it stands: each call translates the body for the
 * types of the arguments passed there (one Java overload per distinct list of parameter types, so
 * {@code lake_path("sales")} and {@code lake_path(name, "raw/")} share one method {@code lakePath(String, String)});
 * a missing argument is the default filled in at the call site. A def named without a call (passed to
 * {@code transform}, {@code aggregate}, ...) is a method over Columns, given to Spark as a lambda
 * {@code (x, i) -> alternate(x, i)}. The return type is the join of the types of the {@code return}s.
 *
 * <p>Globals the body reads, resolved when it is called (as Python does): modules, classes and functions by
 * their names; constants (str, int, float, bool) are locals of the same name declared at the top of the method
 * with the value the global holds at the call, so the helper reads {@code STORAGE_ACCOUNT} as the notebook did (a
 * second call with another value gets a method of its own); any other variable ({@code spark}, a DataFrame, a
 * job parameter read from {@code config}) is a parameter in front of the declared ones, which every call site
 * passes. Helpers that log or inspect get the
 * method's {@code ctx} (or {@code out}) passed the same way.
 */
final class FunctionTranslator {

    /** Names the generated method has in scope that are no Python names: the job context and conformance output. */
    private static final Map<String, String> CONTEXT_NAMES = Map.of(
            "ctx", "dev.nbmigrate.runtime.JobContext",
            "out", "dev.nbmigrate.converter.conformance.ExampleOutput");

    private final TranslationContext context;
    private final ExprTranslator expressions;
    private final FunctionRegistry registry;

    FunctionTranslator(TranslationContext context, ExprTranslator expressions) {
        this.context = context;
        this.expressions = expressions;
        this.registry = context.functions();
    }

    // ---- def statements

    /** A {@code def} statement: binds the name; the body is translated at the first use. */
    List<Statement> define(PyStmt.FunctionDef def, Scope scope) {
        if (def.isAsync()) {
            throw new Untranslatable(Code.NBM231, def.span(), "async def " + def.name() + " is not translated");
        }
        if (!def.decorators().isEmpty()) {
            return new UdfTranslator(context, expressions).decorated(def, scope);
        }
        if (def.args().vararg() != null || def.args().kwarg() != null) {
            throw new Untranslatable(Code.NBM231, def.span(), "def " + def.name()
                    + " takes *args or **kwargs, which have no Java method form");
        }
        String javaName = registry.methodName(def.name());
        registry.define(new Definition(def, scope, context.cell(), javaName, new LinkedHashMap<>()));
        scope.bindName(def.name(), javaName, new FunctionType(positional(def).size(), FunctionKind.DEF,
                dev.nbmigrate.converter.types.UnknownType.UNKNOWN));
        return List.of();
    }

    /**
     * Whether an expression statement runs for its effects even when its value is not used: a call of one of the
     * notebook's defs, or a UDF registration.
     */
    static boolean runsForEffect(PyExpr value, TExpr translated, Scope scope) {
        if (translated.type() instanceof FunctionType f && f.kind() == FunctionKind.UDF) {
            return true;
        }
        return value instanceof PyExpr.Call call && call.func() instanceof PyExpr.Name name
                && scope.lookup(name.id()).map(s -> !s.isVariable() && s.type() instanceof FunctionType f
                && f.kind() == FunctionKind.DEF).orElse(false);
    }

    static List<Arg> positional(PyStmt.FunctionDef def) {
        List<Arg> params = new ArrayList<>(def.args().posOnly());
        params.addAll(def.args().args());
        return params;
    }

    /** {@code return value} inside a def being translated. */
    Statement returnStatement(PyStmt.Return ret) {
        Frame frame = registry.current().orElseThrow(() ->
                new Untranslatable(Code.NBM234, ret.span(), "'return' outside a function"));
        if (ret.value() == null && frame.yielded != null) {
            return new ReturnStmt(new NameExpr(frame.yielded));
        }
        if (ret.value() == null) {
            frame.returns.add(ScalarType.NONE);
            ReturnStmt statement = new ReturnStmt();
            frame.returnStatements.add(statement);
            return statement;
        }
        if (frame.yielded != null) {
            throw new Untranslatable(Code.NBM231, ret.span(),
                    "'return value' in a generator function is not translated");
        }
        TExpr value = expressions.translate(ret.value());
        frame.returns.add(value.type());
        ReturnStmt statement = new ReturnStmt(value.java());
        frame.returnStatements.add(statement);
        return statement;
    }

    /**
     * {@code yield value} inside a generator def: the value is added to the list the method returns (a generator
     * is translated as the list of everything it yields, which is what RDD partition functions, {@code flatMap},
     * {@code list()} and {@code for} loops consume).
     */
    Statement yieldStatement(PyExpr.Yield yield) {
        Frame frame = registry.current().filter(f -> f.yielded != null).orElseThrow(() ->
                new Untranslatable(Code.NBM234, yield.span(), "'yield' outside a generator function"));
        if (yield.value() == null) {
            throw new Untranslatable(Code.NBM231, yield.span(), "a bare 'yield' (yielding None) is not translated");
        }
        TExpr value = expressions.translate(yield.value());
        frame.yields.add(value.type());
        return new com.github.javaparser.ast.stmt.ExpressionStmt(new MethodCallExpr(new NameExpr(frame.yielded), "add",
                new NodeList<>(dev.nbmigrate.converter.translate.rdd.RddFunctions.held(value))));
    }

    /** True when {@code yield} occurs in the def's own body (not in a nested def, lambda or class). */
    static boolean isGenerator(PyStmt.FunctionDef def) {
        return def.body().stream().anyMatch(FunctionTranslator::yields);
    }

    private static boolean yields(dev.nbmigrate.converter.parse.python.ast.PyNode node) {
        if (node instanceof PyExpr.Yield || node instanceof PyExpr.YieldFrom) {
            return true;
        }
        if (node instanceof PyStmt.FunctionDef || node instanceof PyExpr.Lambda || node instanceof PyStmt.ClassDef) {
            return false;
        }
        return node.children().stream().anyMatch(FunctionTranslator::yields);
    }

    // ---- calls and references

    /** A call of a def (or of a UDF bound to a name): a call of its Java method for these argument types. */
    TExpr call(PyExpr.Call call, Scope.Symbol symbol) {
        Optional<Definition> found = symbol.type() instanceof FunctionType f && f.kind() == FunctionKind.UDF
                ? Optional.empty() : registry.definition(symbol.javaName());
        if (found.isEmpty()) {
            return new UdfTranslator(context, expressions).call(call, symbol);
        }
        Definition definition = found.get();
        List<TExpr> args = bind(definition, call);
        Specialization method = specialize(definition, args.stream().map(TExpr::type).toList(), call.span());
        NodeList<Expression> javaArgs = new NodeList<>();
        for (Capture capture : method.captures()) {
            javaArgs.add(captureArgument(capture, definition.globals(), call.span()));
        }
        // An int literal passes as a long: the parameter is long, or Long when the function checks it for None.
        args.forEach(a -> javaArgs.add(a.java() instanceof com.github.javaparser.ast.expr.IntegerLiteralExpr i
                ? new com.github.javaparser.ast.expr.LongLiteralExpr(i.getValue() + "L") : a.java()));
        return TExpr.of(new MethodCallExpr(null, method.methodName(), javaArgs), method.returns());
    }

    /**
     * A def named without being called: passed to a higher-order function ({@code transform(c, f)}), it is its
     * method over Columns wrapped in a lambda of the same arity.
     */
    TExpr value(PyExpr.Name name, Scope.Symbol symbol) {
        Definition definition = (symbol.type() instanceof FunctionType f && f.kind() == FunctionKind.UDF
                ? Optional.<Definition>empty() : registry.definition(symbol.javaName())).orElseThrow(() -> new Untranslatable(
                Code.NBM238, name.span(), "the UDF " + name.id() + " is only translated where it is called on Columns"));
        int arity = positional(definition.def()).size();
        List<PyType> columns = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            columns.add(SparkObject.COLUMN);
        }
        Specialization method = specialize(definition, columns, name.span());
        Scope inner = expressions.scope().child();
        NodeList<Parameter> parameters = new NodeList<>();
        NodeList<Expression> javaArgs = new NodeList<>();
        for (Capture capture : method.captures()) {
            javaArgs.add(captureArgument(capture, definition.globals(), name.span()));
        }
        for (Arg param : positional(definition.def())) {
            Scope.Symbol symbolOf = inner.parameter(param.name(), "Column", SparkObject.COLUMN);
            parameters.add(new Parameter(new UnknownType(), symbolOf.javaName()));
            javaArgs.add(new NameExpr(symbolOf.javaName()));
        }
        LambdaExpr lambda = new LambdaExpr(parameters, new MethodCallExpr(null, method.methodName(), javaArgs));
        lambda.setEnclosingParameters(parameters.size() != 1);
        return TExpr.of(lambda, new FunctionType(arity, FunctionKind.DEF, method.returns()));
    }

    /** The arguments of a call in parameter order, defaults filled in. */
    private List<TExpr> bind(Definition definition, PyExpr.Call call) {
        PyStmt.FunctionDef def = definition.def();
        List<Arg> positional = positional(def);
        Map<String, TExpr> byName = new LinkedHashMap<>();
        for (int i = 0; i < call.args().size(); i++) {
            PyExpr arg = call.args().get(i);
            if (arg instanceof PyExpr.Starred || i >= positional.size()) {
                throw new Untranslatable(Code.NBM231, call.span(), arg instanceof PyExpr.Starred
                        ? "*args in a call of " + def.name() + " is not translated"
                        : def.name() + "() takes " + positional.size() + " positional arguments but "
                        + call.args().size() + " were given");
            }
            byName.put(positional.get(i).name(), expressions.translate(arg));
        }
        List<Arg> all = new ArrayList<>(positional);
        all.addAll(def.args().kwOnly());
        for (Keyword keyword : call.keywords()) {
            if (keyword.isUnpacking() || all.stream().noneMatch(a -> a.name().equals(keyword.name()))) {
                throw new Untranslatable(Code.NBM231, keyword.span(), keyword.isUnpacking()
                        ? "**kwargs in a call of " + def.name() + " is not translated"
                        : def.name() + "() got an unexpected keyword argument '" + keyword.name() + "'");
            }
            byName.put(keyword.name(), expressions.translate(keyword.value()));
        }
        List<TExpr> args = new ArrayList<>();
        for (Arg param : all) {
            TExpr value = byName.get(param.name());
            if (value == null) {
                if (param.defaultValue() == null) {
                    throw new Untranslatable(Code.NBM231, call.span(), def.name() + "() missing required argument '"
                            + param.name() + "'");
                }
                value = new ExprTranslator(context, definition.globals()).translate(param.defaultValue());
            }
            args.add(value);
        }
        return args;
    }

    /**
     * The argument a call site passes for a capture: the variable itself where the call site sees the same one
     * as the def (a top-level call, or a nested def called by its enclosing function), else the caller's capture
     * of it.
     */
    private Expression captureArgument(Capture capture, Scope globals, Span span) {
        Optional<Scope.Symbol> here = expressions.scope().lookup(capture.pythonName());
        if (here.isPresent() && here.equals(globals.lookup(capture.pythonName()))) {
            return new NameExpr(here.get().javaName());
        }
        Optional<Frame> caller = registry.current();
        if (caller.isEmpty()) {
            if (CONTEXT_NAMES.containsKey(capture.pythonName())) {
                return new NameExpr(capture.pythonName());
            }
            Scope.Symbol symbol = expressions.scope().lookup(capture.pythonName()).orElseThrow(() ->
                    UnboundName.withoutValue(capture.pythonName(), span));
            return new NameExpr(symbol.javaName());
        }
        return new NameExpr(captureIn(caller.get(), capture, span).parameter());
    }

    /** The caller's capture of the same global, added when the caller did not read it itself. */
    private static Capture captureIn(Frame caller, Capture capture, Span span) {
        Optional<Capture> existing = caller.capture(capture.pythonName());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!caller.capturesVariables) {
            throw new Untranslatable(Code.NBM232, span, "a UDF cannot read the variable '" + capture.pythonName()
                    + "' of the notebook: only constants reach a UDF");
        }
        if (!CONTEXT_NAMES.containsKey(capture.pythonName()) && caller.scope.lookup(capture.pythonName()).isPresent()) {
            throw new Untranslatable(Code.NBM238, span, "the global '" + capture.pythonName()
                    + "' is hidden by a local of the same name in " + caller.description);
        }
        Capture added = new Capture(capture.pythonName(), captureName(caller.scope, capture.pythonName()),
                capture.javaType(),
                capture.type());
        if (!CONTEXT_NAMES.containsKey(capture.pythonName())) {
            caller.scope.bindGlobal(capture.pythonName(), added.parameter(), added.javaType(), added.type());
        }
        caller.captures.add(added);
        return added;
    }

    // ---- specialization

    /** Whether the function's body compares the parameter with {@code None}: its Java type must hold null. */
    private static boolean comparedWithNone(PyStmt.FunctionDef def, String parameter) {
        for (PyStmt statement : def.body()) {
            for (PyExpr.Compare compare : dev.nbmigrate.converter.parse.python.ast.PyNodes.findAll(statement,
                    PyExpr.Compare.class)) {
                List<PyExpr> operands = new ArrayList<>(compare.comparators());
                operands.add(0, compare.left());
                boolean none = operands.stream().anyMatch(PyExpr.NoneLit.class::isInstance);
                boolean param = operands.stream().anyMatch(o -> o instanceof PyExpr.Name n && n.id().equals(parameter));
                if (none && param) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The method of {@code definition} for these parameter types, translated on first need. */
    private Specialization specialize(Definition definition, List<PyType> argTypes, Span span) {
        PyStmt.FunctionDef def = definition.def();
        List<Arg> params = new ArrayList<>(positional(def));
        params.addAll(def.args().kwOnly());
        List<JavaTypeRef> javaTypes = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            PyType type = argTypes.get(i);
            if (type.isUnknown()) {
                throw new Untranslatable(Code.NBM230, span, "def " + def.name() + ": the type of parameter '"
                        + params.get(i).name() + "' is not known at this call, so it has no Java method; make the"
                        + " argument's type clear (a literal, a typed variable) or port the function by hand");
            }
            boolean mayBeNone = comparedWithNone(def, params.get(i).name());
            javaTypes.add((mayBeNone ? JavaTypes.boxedDeclaration(type) : JavaTypes.declaration(type))
                    .orElseThrow(() -> new Untranslatable(Code.NBM230, span,
                    "def " + def.name() + ": parameter '" + def.name() + "' gets a " + type.display()
                            + ", which Java cannot hold")));
        }
        Set<String> free = FreeNames.of(params, def.body());
        String key = javaTypes.stream().map(JavaTypeRef::text).collect(Collectors.joining(", ")) + " | "
                + free.stream().map(n -> n + "=" + definition.globals().lookup(n).flatMap(Scope.Symbol::constant)
                        .map(Object::toString).orElse("")).collect(Collectors.joining(","));
        Specialization known = definition.specializations().get(key);
        if (known != null) {
            return known;
        }
        String description = "def " + def.name() + " (" + definition.cell().location(def.span()) + ")";
        if (registry.translating(description)) {
            throw new Untranslatable(Code.NBM231, span, description + " calls itself; recursive functions are not"
                    + " translated");
        }
        Scope scope = new Scope();
        CONTEXT_NAMES.keySet().forEach(scope::reserve);
        Frame frame = new Frame(scope, definition.globals(), true, description);
        BlockStmt body = new BlockStmt();
        bindGlobals(frame, free, body, description);
        List<Parameter> declared = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            String javaName = scope.freshJavaName(params.get(i).name());
            scope.bindGlobal(params.get(i).name(), javaName, javaTypes.get(i).text(), argTypes.get(i));
            javaTypes.get(i).imports().forEach(context.imports()::use);
            declared.add(new Parameter(StaticJavaParser.parseType(javaTypes.get(i).text()), javaName));
        }
        boolean generator = isGenerator(def);
        if (generator) {
            frame.yielded = scope.freshJavaName("yielded");
        }
        translateBody(definition, frame, body, span);
        PyType returns = generator ? generatorList(frame, body, description, span) : returnType(frame, body);
        Type returnJava = javaReturnType(returns, description, span);
        fixLiterals(frame, returns);
        addContextCaptures(frame, body);
        MethodDeclaration method = new MethodDeclaration(new NodeList<>(Modifier.privateModifier(),
                Modifier.staticModifier()), returnJava, uniqueOverload(definition, javaTypes));
        for (Capture capture : frame.captures) {
            method.addParameter(new Parameter(StaticJavaParser.parseType(importType(capture.javaType())),
                    capture.parameter()));
        }
        declared.forEach(method::addParameter);
        method.setBody(body);
        method.setJavadocComment("Python " + JavaText.javadoc(description) + ".");
        Specialization specialization = new Specialization(method.getNameAsString(), List.copyOf(frame.captures),
                returns);
        definition.specializations().put(key, specialization);
        context.addMember(method.getNameAsString() + "(" + key + ")", method);
        return specialization;
    }

    /**
     * The method name for a new specialization: the def's name, unless a method of that name already takes the
     * same Java parameter types (then the globals differed: another name).
     */
    private String uniqueOverload(Definition definition, List<JavaTypeRef> javaTypes) {
        String signature = javaTypes.stream().map(JavaTypeRef::text).collect(Collectors.joining(", ")) + " | ";
        boolean clash = definition.specializations().keySet().stream().anyMatch(k -> k.startsWith(signature));
        return clash ? registry.methodName(definition.def().name()) : definition.javaName();
    }

    /** Binds the globals the body reads into its scope: names, constant fields, or captured variables. */
    private void bindGlobals(Frame frame, Set<String> free, BlockStmt body, String description) {
        for (String name : free) {
            Optional<Scope.Symbol> found = frame.globals.lookup(name);
            if (found.isEmpty()) {
                continue;
            }
            Scope.Symbol symbol = found.get();
            if (!symbol.isVariable()) {
                frame.scope.bindName(name, symbol.javaName(), symbol.type());
            } else if (symbol.constant().filter(FunctionTranslator::isScalar).isPresent()) {
                constant(frame, name, symbol, body);
            } else if (frame.capturesVariables) {
                Capture capture = new Capture(name, captureName(frame.scope, name), symbol.javaType(), symbol.type());
                frame.scope.bindGlobal(name, capture.parameter(), capture.javaType(), capture.type());
                frame.captures.add(capture);
            }
        }
    }

    /** The parameter a captured global takes: its own name for a context name, else a name no other has. */
    private static String captureName(Scope scope, String pythonName) {
        return CONTEXT_NAMES.containsKey(pythonName) ? Scope.legal(pythonName) : scope.freshJavaName(pythonName);
    }

    static boolean isScalar(PyValue value) {
        return value instanceof PyValue.Str || value instanceof PyValue.Int || value instanceof PyValue.Float
                || value instanceof PyValue.Bool;
    }

    /**
     * A global constant the body reads: a local of the same name declared at the top of the body with the value
     * the global has when the function is called. (Not a field: the generated class may hold the notebook's
     * variables as fields of the same names.)
     */
    void constant(Frame frame, String name, Scope.Symbol symbol, BlockStmt body) {
        TExpr value = new ExprTranslator(context, new Scope()).translate(literalOf(symbol.constant().get()));
        String javaType = JavaTypes.declaration(PyTypes.strip(value.type())).orElseThrow().text();
        Scope.Binding binding = frame.scope.assign(name, value.type(), javaType, symbol.constant());
        body.addStatement(new com.github.javaparser.ast.stmt.ExpressionStmt(
                new com.github.javaparser.ast.expr.VariableDeclarationExpr(
                        new com.github.javaparser.ast.body.VariableDeclarator(StaticJavaParser.parseType(javaType),
                                binding.symbol().javaName(), value.java()))));
    }

    private static PyExpr literalOf(PyValue value) {
        if (value instanceof PyValue.Str s) {
            return new PyExpr.StrLit(s.value(), Span.NONE);
        }
        if (value instanceof PyValue.Int i) {
            return new PyExpr.IntLit(i.value(), Span.NONE);
        }
        if (value instanceof PyValue.Float f) {
            return new PyExpr.FloatLit(f.value(), Span.NONE);
        }
        return new PyExpr.BoolLit(((PyValue.Bool) value).value(), Span.NONE);
    }

    private void translateBody(Definition definition, Frame frame, BlockStmt body, Span callSpan) {
        var saved = context.cell();
        registry.push(frame);
        context.enterCell(definition.cell());
        try {
            StmtTranslator statements = new StmtTranslator(context, frame.scope);
            List<PyStmt> stmts = definition.def().body();
            for (int i = 0; i < stmts.size(); i++) {
                PyStmt stmt = stmts.get(i);
                if (i == 0 && stmt instanceof PyStmt.ExprStmt doc && doc.value() instanceof PyExpr.StrLit) {
                    continue;
                }
                statements.translate(stmt).forEach(body::addStatement);
            }
        } catch (Untranslatable e) {
            throw new Untranslatable(e.code(), callSpan, frame.description + ": " + e.getMessage()
                    + (e.span() != null && e.span().isKnown() ? " (" + definition.cell().location(e.span()) + ")" : ""),
                    e.subject().orElse(null));
        } finally {
            registry.pop();
            context.enterCell(saved);
        }
    }

    /**
     * A generator def's result: the list of what it yields, declared first in the body and returned at its end;
     * the element type is the join of the yielded types.
     */
    private PyType generatorList(Frame frame, BlockStmt body, String description, Span span) {
        PyType element = PyTypes.join(frame.yields);
        if (frame.yields.isEmpty() || element.isUnknown()) {
            throw new Untranslatable(Code.NBM230, span, description + " is a generator whose yielded values have no"
                    + " known type");
        }
        dev.nbmigrate.converter.types.ListType list = new dev.nbmigrate.converter.types.ListType(element);
        JavaTypeRef ref = JavaTypes.boxedDeclaration(list).orElseThrow(() -> new Untranslatable(Code.NBM230, span,
                description + " yields " + element.display() + ", which Java cannot hold"));
        ref.imports().forEach(context.imports()::use);
        String arrayList = context.imports().use("java.util.ArrayList");
        body.addStatement(0, StaticJavaParser.parseStatement(ref.text() + " " + frame.yielded + " = new " + arrayList
                + "<>();"));
        if (completesNormally(body.getStatements())) {
            body.addStatement(new ReturnStmt(new NameExpr(frame.yielded)));
        }
        return list;
    }

    /** The join of the returned types; None too when the body can end without a return. */
    private static PyType returnType(Frame frame, BlockStmt body) {
        boolean valued = frame.returns.stream().anyMatch(t -> t != ScalarType.NONE);
        if (!valued) {
            return ScalarType.NONE;
        }
        PyType type = PyTypes.join(frame.returns);
        if (completesNormally(body.getStatements())) {
            body.addStatement(new ReturnStmt(new NullLiteralExpr()));
            type = PyTypes.join(type, ScalarType.NONE);
        }
        for (ReturnStmt bare : frame.returnStatements) {
            if (bare.getExpression().isEmpty()) {
                bare.setExpression(new NullLiteralExpr());
            }
        }
        return type;
    }

    private Type javaReturnType(PyType returns, String description, Span span) {
        if (returns == ScalarType.NONE) {
            return new com.github.javaparser.ast.type.VoidType();
        }
        JavaTypeRef ref = JavaTypes.declaration(returns).orElseThrow(() -> new Untranslatable(Code.NBM230, span,
                description + " returns a " + returns.display() + ", which Java cannot hold"));
        ref.imports().forEach(context.imports()::use);
        return StaticJavaParser.parseType(ref.text());
    }

    /** {@code return 1} in a method returning {@code Long} or {@code Double} needs a literal of that type. */
    private static void fixLiterals(Frame frame, PyType returns) {
        if (!(returns instanceof NullableType nullable)) {
            return;
        }
        for (ReturnStmt statement : frame.returnStatements) {
            if (statement.getExpression().orElse(null) instanceof IntegerLiteralExpr literal) {
                if (nullable.inner() == ScalarType.INT) {
                    statement.setExpression(new LongLiteralExpr(literal.getValue() + "L"));
                } else if (nullable.inner() == ScalarType.FLOAT) {
                    statement.setExpression(new DoubleLiteralExpr(literal.getValue() + ".0"));
                }
            }
        }
    }

    /** {@code ctx} or {@code out} used in the body (logging, inspection) are passed in by the caller. */
    private void addContextCaptures(Frame frame, BlockStmt body) {
        for (Map.Entry<String, String> name : new java.util.TreeMap<>(CONTEXT_NAMES).entrySet()) {
            boolean used = body.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(name.getKey()));
            if (used && frame.capture(name.getKey()).isEmpty()) {
                frame.captures.add(new Capture(name.getKey(), name.getKey(), name.getValue(),
                        dev.nbmigrate.converter.types.UnknownType.UNKNOWN));
            }
        }
    }

    private String importType(String javaType) {
        return javaType.contains(".") && !javaType.contains("<") ? context.imports().use(javaType) : javaType;
    }

    /** Whether control can reach the end of these statements (no return on every path). */
    static boolean completesNormally(List<Statement> statements) {
        if (statements.isEmpty()) {
            return true;
        }
        Statement last = statements.get(statements.size() - 1);
        if (last instanceof ReturnStmt || last instanceof com.github.javaparser.ast.stmt.ThrowStmt) {
            return false;
        }
        if (last instanceof com.github.javaparser.ast.stmt.IfStmt ifStmt && ifStmt.getElseStmt().isPresent()) {
            return completesNormally(block(ifStmt.getThenStmt())) || completesNormally(block(ifStmt.getElseStmt().get()));
        }
        if (last instanceof BlockStmt inner) {
            return completesNormally(inner.getStatements());
        }
        if (last instanceof com.github.javaparser.ast.stmt.TryStmt tryStmt) {
            // javac's rule: a try completes normally when its block or a catch does, and its finally does too.
            boolean finallyCompletes = tryStmt.getFinallyBlock().map(f -> completesNormally(f.getStatements()))
                    .orElse(true);
            boolean bodyCompletes = completesNormally(tryStmt.getTryBlock().getStatements())
                    || tryStmt.getCatchClauses().stream().anyMatch(c -> completesNormally(c.getBody().getStatements()));
            return finallyCompletes && bodyCompletes;
        }
        return true;
    }

    private static List<Statement> block(Statement statement) {
        return statement instanceof BlockStmt block ? block.getStatements() : List.of(statement);
    }
}
