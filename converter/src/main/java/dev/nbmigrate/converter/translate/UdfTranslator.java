package dev.nbmigrate.converter.translate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;

import dev.nbmigrate.converter.render.JavaText;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.Span;
import dev.nbmigrate.converter.parse.python.ast.Arg;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.translate.FunctionRegistry.UdfBinding;
import dev.nbmigrate.converter.translate.data.CallArguments;
import dev.nbmigrate.converter.translate.data.PyValue;
import dev.nbmigrate.converter.types.FunctionKind;
import dev.nbmigrate.converter.types.FunctionType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SparkObject;

/**
 * Translates Python UDFs: {@code F.udf(fn, DoubleType())}, {@code udf(lambda ...)}, the decorators
 * {@code @F.udf(returnType=...)} / {@code @udf("double")} / {@code @udf}, {@code spark.udf.register("name", fn, T)} and
 * the legacy {@code sqlContext.registerFunction("name", fn, T)};
 * then the calls {@code my_udf(F.col("x"), "y")} in DataFrame expressions.
 *
 * <p>Each UDF gets the first form that translates its body: a native Column expression ({@link ColumnUdfBody}),
 * a member method {@code private static Column toKg(Column quantity, Column unit)} called as
 * {@code toKg(col("quantity"), col("unit"))}; else a typed Java UDF ({@link JavaUdfBody}), a member
 * {@code private static final UserDefinedFunction TO_KG_UDF} called as {@code TO_KG_UDF.apply(...)}. A UDF
 * registered for SQL is always a Java UDF (SQL can only call registered functions). Every translated UDF is
 * reported (NBM206, naming the form); pandas UDFs are NBM202 errors; a body neither form takes is an NBM219 error
 * giving both reasons.
 */
final class UdfTranslator {

    /** The two forms a UDF can take in Java. */
    enum Form {
        COLUMN("a native Column expression"),
        JAVA_UDF("a typed Java UDF");

        final String description;

        Form(String description) {
            this.description = description;
        }
    }

    private static final String UDF = "pyspark.sql.functions.udf";
    private static final String PANDAS_UDF = "pyspark.sql.functions.pandas_udf";

    /** A UDF made in the notebook: the Python function, its return type, and the SQL name it is registered as. */
    private record Request(PyExpr function, Optional<PyExpr> returnType, Optional<String> sqlName,
                           Optional<PyExpr.Attribute> registration, Span span) {
    }

    private final TranslationContext context;
    private final ExprTranslator expressions;
    private final FunctionRegistry registry;

    UdfTranslator(TranslationContext context, ExprTranslator expressions) {
        this.context = context;
        this.expressions = expressions;
        this.registry = context.functions();
    }

    /** {@code name = F.udf(...)} or {@code name = spark.udf.register(...)}: binds the name, when it is one. */
    Optional<List<Statement>> assign(String pythonName, PyExpr.Call call, Scope scope) {
        Optional<Request> request = request(call);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        UdfBinding binding = build(request.get(), pythonName);
        scope.bindName(pythonName, binding.javaName(), new FunctionType(binding.arity(), FunctionKind.UDF,
                SparkObject.COLUMN));
        return Optional.of(registration(request.get(), binding).map(e -> List.<Statement>of(new ExpressionStmt(e)))
                .orElse(List.of()));
    }

    /**
     * A UDF made inside an expression: applied at once ({@code F.udf(f, T)(col)}), or a registration used as a
     * statement. Empty when the call makes no UDF.
     */
    Optional<TExpr> translate(PyExpr.Call call) {
        if (call.func() instanceof PyExpr.Call maker) {
            Optional<Request> request = request(maker);
            if (request.isPresent()) {
                UdfBinding binding = build(request.get(), null);
                return Optional.of(apply(binding, call));
            }
            return Optional.empty();
        }
        Optional<Request> request = request(call);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        if (request.get().sqlName().isEmpty()) {
            throw new Untranslatable(Code.NBM238, call.span(), "a UDF that is neither assigned to a name nor called"
                    + " at once is not translated");
        }
        UdfBinding binding = build(request.get(), null);
        return Optional.of(TExpr.of(registration(request.get(), binding).orElseThrow(),
                new FunctionType(binding.arity(), FunctionKind.UDF, SparkObject.COLUMN)));
    }

    /** A decorated def: {@code @udf(...)} binds the def's name to the UDF. */
    List<Statement> decorated(PyStmt.FunctionDef def, Scope scope) {
        if (def.decorators().size() != 1) {
            throw new Untranslatable(Code.NBM231, def.span(), "def " + def.name() + " has several decorators");
        }
        PyExpr decorator = def.decorators().get(0);
        PyExpr callee = decorator instanceof PyExpr.Call call ? call.func() : decorator;
        String qualified = expressions.qualifiedName(callee).orElse("");
        if (qualified.equals(PANDAS_UDF)) {
            throw new Untranslatable(Code.NBM202, def.span(), "the pandas UDF " + def.name() + " is not translated");
        }
        if (!qualified.equals(UDF)) {
            throw new Untranslatable(Code.NBM231, def.span(), "the decorator of def " + def.name()
                    + " is not translated (only @udf is)");
        }
        Optional<PyExpr> returnType = Optional.empty();
        if (decorator instanceof PyExpr.Call call) {
            returnType = CallArguments.argument(call, 0, "returnType");
            if (returnType.isEmpty()) {
                returnType = call.keywords().stream().filter(k -> "f".equals(k.name())).map(k -> k.value()).findFirst();
            }
        }
        String javaName = registry.methodName(def.name());
        registry.define(new FunctionRegistry.Definition(def, scope, context.cell(), javaName,
                new java.util.LinkedHashMap<>()));
        scope.bindName(def.name(), javaName, new FunctionType(FunctionTranslator.positional(def).size(),
                FunctionKind.DEF, dev.nbmigrate.converter.types.UnknownType.UNKNOWN));
        UdfBinding binding = build(new Request(new PyExpr.Name(def.name(), dev.nbmigrate.converter.parse.python.ast
                .ExprContext.LOAD, def.span()), returnType, Optional.empty(), Optional.empty(), def.span()), def.name());
        scope.bindName(def.name(), binding.javaName(), new FunctionType(binding.arity(), FunctionKind.UDF,
                SparkObject.COLUMN));
        return List.of();
    }

    /** A call of a UDF bound to a name: its method or its {@code apply} on the argument Columns. */
    TExpr call(PyExpr.Call call, Scope.Symbol symbol) {
        UdfBinding binding = registry.udf(symbol.javaName()).orElseThrow(() -> new Untranslatable(Code.NBM219,
                call.span(), "no translation of the function " + symbol.javaName()));
        return apply(binding, call);
    }

    private TExpr apply(UdfBinding binding, PyExpr.Call call) {
        if (!call.keywords().isEmpty() || call.args().size() != binding.arity()) {
            throw new Untranslatable(Code.NBM237, call.span(), "the UDF " + binding.pythonName() + " takes "
                    + binding.arity() + " Columns, passed positionally");
        }
        NodeList<Expression> columns = new NodeList<>();
        for (int i = 0; i < call.args().size(); i++) {
            Expression column = expressions.asColumn(expressions.translate(call.args().get(i)));
            if (binding.form() == Form.JAVA_UDF) {
                column = new MethodCallExpr(ExprTranslator.enclosed(column), "cast",
                        new NodeList<>(new StringLiteralExpr(binding.parameterCasts().get(i))));
            }
            columns.add(column);
        }
        Expression java = binding.form() == Form.COLUMN ? new MethodCallExpr(null, binding.javaName(), columns)
                : new MethodCallExpr(new NameExpr(binding.javaName()), "apply", columns);
        return TExpr.of(java, SparkObject.COLUMN);
    }

    // ---- recognising UDFs

    private Optional<Request> request(PyExpr.Call call) {
        Optional<String> qualified = expressions.qualifiedName(call.func());
        if (qualified.filter(PANDAS_UDF::equals).isPresent()) {
            throw new Untranslatable(Code.NBM202, call.span(), "pandas UDFs are not translated");
        }
        if (qualified.filter(UDF::equals).isPresent()) {
            Optional<PyExpr> function = CallArguments.argument(call, 0, "f");
            if (function.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Request(function.get(), CallArguments.argument(call, 1, "returnType"),
                    Optional.empty(), Optional.empty(), call.span()));
        }
        if (call.func() instanceof PyExpr.Attribute attribute && (attribute.attr().equals("register")
                && isRegistration(attribute.value()) || attribute.attr().equals("registerFunction")
                && isSqlContext(attribute.value()))) {
            Optional<PyExpr> name = CallArguments.argument(call, 0, "name");
            Optional<PyExpr> function = CallArguments.argument(call, 1, "f");
            Optional<PyValue> sqlName = name.flatMap(expressions::fold);
            if (function.isEmpty() || sqlName.isEmpty() || !(sqlName.get() instanceof PyValue.Str text)) {
                throw new Untranslatable(Code.NBM237, call.span(), "udf.register needs a constant name and a function");
            }
            return Optional.of(new Request(function.get(), CallArguments.argument(call, 2, "returnType"),
                    Optional.of(text.value()), Optional.of(attribute), call.span()));
        }
        return Optional.empty();
    }

    /** {@code spark.udf} or {@code sqlContext.udf}. */
    private boolean isRegistration(PyExpr receiver) {
        return receiver instanceof PyExpr.Attribute attribute && attribute.attr().equals("udf")
                && (isSession(attribute.value()) || isSqlContext(attribute.value()));
    }

    private boolean isSession(PyExpr receiver) {
        return typeOf(receiver) == SparkObject.SPARK_SESSION;
    }

    /** The legacy {@code sqlContext.registerFunction(name, f, T)} (Spark 1.x/2.x). */
    private boolean isSqlContext(PyExpr receiver) {
        return typeOf(receiver) == SparkObject.SQL_CONTEXT;
    }

    private dev.nbmigrate.converter.types.PyType typeOf(PyExpr expr) {
        if (!(expr instanceof PyExpr.Name name) || expressions.scope().lookup(name.id()).isEmpty()) {
            return dev.nbmigrate.converter.types.UnknownType.UNKNOWN;
        }
        return PyTypes.strip(expressions.scope().lookup(name.id()).get().type());
    }

    /** {@code spark.udf().register("name", FIELD)} for a registered UDF. */
    private Optional<Expression> registration(Request request, UdfBinding binding) {
        if (request.registration().isEmpty()) {
            return Optional.empty();
        }
        PyExpr.Attribute attribute = request.registration().get();
        Expression registry = attribute.attr().equals("registerFunction")
                ? new MethodCallExpr(ExprTranslator.enclosed(expressions.translate(attribute.value()).java()), "udf")
                : expressions.translate(attribute.value()).java();
        return Optional.of(new MethodCallExpr(registry, "register", new NodeList<>(
                new StringLiteralExpr().setString(request.sqlName().get()), new NameExpr(binding.javaName()))));
    }

    // ---- building a UDF

    private UdfBinding build(Request request, String assignedName) {
        DataType returnType = returnType(request);
        FunctionSource source = source(request);
        String cacheKey = source.key() + " -> " + returnType.sql() + (request.sqlName().isPresent() ? " (sql)" : "");
        Optional<UdfBinding> cached = registry.udf(cacheKey);
        if (cached.isPresent()) {
            return cached.get();
        }
        String pythonName = source.def() != null ? source.def().name() : assignedName != null ? assignedName : "udf";
        String description = "UDF " + pythonName;
        String columnReason = null;
        Code columnCode = null;
        UdfBinding binding = null;
        if (request.sqlName().isEmpty()) {
            try {
                binding = columnForm(source, pythonName, returnType, description);
            } catch (Untranslatable e) {
                columnReason = e.getMessage();
                columnCode = e.code();
            }
        } else {
            columnReason = "it is registered for SQL, which calls only registered functions";
        }
        if (binding == null) {
            try {
                binding = javaForm(source, pythonName, returnType, description, request.span());
            } catch (Untranslatable e) {
                // what the user can do: a notebook variable read is NBM232 in either form, else the Java form's reason
                throw new Untranslatable(columnCode == Code.NBM232 ? columnCode : e.code(), request.span(),
                        description + " is not translated: as a"
                        + " Column expression, " + columnReason + "; as a Java UDF, " + e.getMessage());
            }
        }
        registry.bindUdf(cacheKey, binding);
        registry.bindUdf(binding.javaName(), binding);
        context.report(Code.NBM206, request.span(), "Python " + description + " (returns " + returnType.simpleString()
                + ") translated as " + binding.form().description + " (" + binding.javaName() + ")"
                + (binding.form() == Form.JAVA_UDF && columnReason != null ? "; not a Column expression because "
                + columnReason : ""));
        return binding;
    }

    /** The Python function a UDF wraps: a def (with the scope it reads globals from) or a lambda. */
    private record FunctionSource(PyStmt.FunctionDef def, PyExpr.Lambda lambda, Scope globals,
                                  dev.nbmigrate.converter.parse.SourceRef cell, String key,
                                  FunctionRegistry.Definition definition) {
        List<Arg> params() {
            if (def != null) {
                return FunctionTranslator.positional(def);
            }
            return lambda.args().args();
        }

        List<PyStmt> body() {
            return def != null ? def.body() : List.of(new PyStmt.Return(lambda.body(), lambda.span()));
        }
    }

    private FunctionSource source(Request request) {
        PyExpr function = request.function();
        if (function instanceof PyExpr.Lambda lambda) {
            return new FunctionSource(null, lambda, expressions.scope(), context.cell(),
                    "lambda@" + context.cell().cell() + ":" + lambda.span(), null);
        }
        if (function instanceof PyExpr.Name name) {
            Scope.Symbol symbol = expressions.scope().lookup(name.id()).orElseThrow(() ->
                    UnboundName.of(context, name));
            FunctionRegistry.Definition definition = registry.definition(symbol.javaName()).orElseThrow(() ->
                    new Untranslatable(Code.NBM238, name.span(), "the UDF wraps '" + name.id()
                            + "', which is no def of the notebook"));
            PyStmt.FunctionDef def = definition.def();
            if (def.args().vararg() != null || def.args().kwarg() != null || !def.args().kwOnly().isEmpty()) {
                throw new Untranslatable(Code.NBM231, name.span(), "the UDF " + def.name() + " takes *args, **kwargs"
                        + " or keyword-only parameters");
            }
            return new FunctionSource(def, null, definition.globals(), definition.cell(), "def " + definition.javaName(),
                    definition);
        }
        throw new Untranslatable(Code.NBM238, request.span(), "the UDF wraps a " + function.getClass().getSimpleName()
                + "; only a def or a lambda is translated");
    }

    private DataType returnType(Request request) {
        if (request.returnType().isEmpty()) {
            return DataTypes.StringType;
        }
        PyExpr expr = request.returnType().get();
        Optional<PyValue> ddl = expressions.fold(expr);
        if (ddl.isPresent() && ddl.get() instanceof PyValue.Str text) {
            try {
                return DataType.fromDDL(text.value());
            } catch (RuntimeException e) {
                throw new Untranslatable(Code.NBM237, expr.span(), "not a Spark type: '" + text.value() + "'");
            }
        }
        return new SpecialCalls(context, expressions).dataTypes().fold(expr).orElseThrow(() -> new Untranslatable(
                Code.NBM230, expr.span(), "the return type of the UDF is not known at conversion time"));
    }

    private UdfBinding columnForm(FunctionSource source, String pythonName, DataType returnType, String description) {
        FunctionRegistry.Frame frame = new FunctionRegistry.Frame(new Scope(), source.globals(), false, description);
        var saved = context.cell();
        context.enterCell(source.cell());
        Map.Entry<BlockStmt, dev.nbmigrate.converter.types.PyType> body;
        try {
            body = new ColumnUdfBody(context, frame, new FunctionTranslator(context, expressions))
                    .translate(source.params(), source.body());
        } finally {
            context.enterCell(saved);
        }
        if (!matches(body.getValue(), returnType)) {
            var ret = (com.github.javaparser.ast.stmt.ReturnStmt) body.getKey().getStatements()
                    .get(body.getKey().getStatements().size() - 1);
            ret.setExpression(new MethodCallExpr(ExprTranslator.enclosed(ret.getExpression().orElseThrow()), "cast",
                    new NodeList<>(new JavaUdfBody(context, null).dataType(returnType))));
        }
        String methodName = source.definition() != null && registry.udf(source.definition().javaName()).isEmpty()
                && source.definition().specializations().keySet().stream().noneMatch(k -> k.startsWith(String.join(
                        ", ", java.util.Collections.nCopies(source.params().size(), "Column")) + " |"))
                ? source.definition().javaName() : registry.methodName(pythonName);
        String column = context.imports().use("org.apache.spark.sql.Column");
        MethodDeclaration method = new MethodDeclaration(new NodeList<>(Modifier.privateModifier(),
                Modifier.staticModifier()), StaticJavaParser.parseClassOrInterfaceType(column), methodName);
        for (String name : JavaNames.parameters(source.params().stream().map(Arg::name).toList())) {
            method.addParameter(new Parameter(StaticJavaParser.parseClassOrInterfaceType(column), name));
        }
        method.setBody(body.getKey());
        method.setJavadocComment("Python " + JavaText.javadoc(description)
                + " (returns " + returnType.simpleString()
                + ") as a Column expression.");
        context.addMember(methodName + "(Column x" + source.params().size() + ")", method);
        return new UdfBinding(pythonName, source.params().size(), Form.COLUMN, methodName, List.of());
    }

    /** Whether the Column expression's Python type is the declared return type already (no cast needed). */
    private static boolean matches(dev.nbmigrate.converter.types.PyType type, DataType returnType) {
        var stripped = PyTypes.strip(type);
        return stripped == ScalarType.STR && returnType.equals(DataTypes.StringType)
                || stripped == ScalarType.FLOAT && returnType.equals(DataTypes.DoubleType)
                || stripped == ScalarType.INT && returnType.equals(DataTypes.LongType)
                || stripped == ScalarType.BOOL && returnType.equals(DataTypes.BooleanType);
    }

    private UdfBinding javaForm(FunctionSource source, String pythonName, DataType returnType, String description,
                                Span span) {
        FunctionRegistry.Frame frame = new FunctionRegistry.Frame(new Scope(), source.globals(), false, description);
        var saved = context.cell();
        context.enterCell(source.cell());
        JavaUdfBody.Result result;
        try {
            result = new JavaUdfBody(context, new FunctionTranslator(context, expressions)).translate(description,
                    source.params(), source.body(), returnType, frame, span);
        } finally {
            context.enterCell(saved);
        }
        String fieldName = registry.udfFieldName(pythonName);
        FieldDeclaration field = new FieldDeclaration(new NodeList<>(Modifier.privateModifier(),
                Modifier.staticModifier(), Modifier.finalModifier()), new VariableDeclarator(
                StaticJavaParser.parseClassOrInterfaceType(context.imports()
                        .use("org.apache.spark.sql.expressions.UserDefinedFunction")), fieldName, result.udf()));
        field.setJavadocComment("Python " + JavaText.javadoc(description)
                + " (returns " + returnType.simpleString()
                + ") as a typed Java UDF.");
        context.addMember(fieldName, field);
        return new UdfBinding(pythonName, source.params().size(), Form.JAVA_UDF, fieldName, result.casts());
    }
}
