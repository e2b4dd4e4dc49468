package dev.nbmigrate.converter.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.types.DataType;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.UnknownType;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.Span;
import dev.nbmigrate.converter.parse.python.ast.Arg;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.parse.python.ast.PyTreeScanner;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;

/**
 * A Python UDF body as a typed Java UDF ({@code UDF1..UDF22} given to {@code functions.udf}): the body is translated
 * as driver-side Python is (plain Java over boxed values, so {@code x is None} is {@code x == null} and a None that
 * Python would fail on fails the same way), and the call sites cast each argument Column to the parameter's type,
 * so Spark hands the lambda the Java type it declares.
 *
 * <p>Parameter types come from annotations ({@code def f(x: float)}) or, without one, from how the body uses the
 * parameter: compared or combined with a str literal or given a string method, it is a str; compared or combined
 * with a number, or an operand of {@code - * / ** %}, it is a number: an int when the UDF returns an integral type,
 * else a float (a double holds every int a Python UDF meets exactly; an int column cast to bigint would lose
 * fractions). A parameter still unknown makes the UDF untranslatable, with a message asking for an annotation.
 */
final class JavaUdfBody {

    private static final Map<PyType, String> BOXED = Map.of(ScalarType.STR, "String", ScalarType.INT, "Long",
            ScalarType.FLOAT, "Double", ScalarType.BOOL, "Boolean");

    /** The Spark type name a call site casts an argument Column to, by the parameter's type. */
    static final Map<PyType, String> CASTS = Map.of(ScalarType.STR, "string", ScalarType.INT, "bigint",
            ScalarType.FLOAT, "double", ScalarType.BOOL, "boolean");

    private static final Map<String, String> RETURNS = Map.of("StringType", "String", "DoubleType", "Double",
            "LongType", "Long", "IntegerType", "Integer", "BooleanType", "Boolean", "FloatType", "Float",
            "ShortType", "Short", "ByteType", "Byte");

    private static final Set<String> STRING_METHODS = Set.of("strip", "lstrip", "rstrip", "lower", "upper",
            "startswith", "endswith", "split", "replace", "title", "capitalize", "find", "isdigit");

    /** The UDF expression and the casts its call sites apply, one per parameter. */
    record Result(Expression udf, List<String> casts) {
    }

    private final TranslationContext context;
    private final FunctionTranslator functions;

    JavaUdfBody(TranslationContext context, FunctionTranslator functions) {
        this.context = context;
        this.functions = functions;
    }

    Result translate(String description, List<Arg> params, List<PyStmt> statements, DataType returnType,
                     FunctionRegistry.Frame frame, Span span) {
        if (params.size() > 22) {
            throw new Untranslatable(Code.NBM231, span, description + " takes more than 22 parameters");
        }
        String returnJava = RETURNS.get(returnType.getClass().getSimpleName().replace("$", ""));
        if (returnJava == null) {
            throw new Untranslatable(Code.NBM230, span, description + " returns " + returnType.simpleString()
                    + ", which has no typed Java UDF form here");
        }
        List<String> typeArgs = new ArrayList<>();
        List<String> casts = new ArrayList<>();
        NodeList<Parameter> parameters = new NodeList<>();
        for (Arg param : params) {
            PyType type = parameterType(param, statements, returnJava.equals("Long") || returnJava.equals("Integer")
                    || returnJava.equals("Short") || returnJava.equals("Byte"));
            if (type == null) {
                throw new Untranslatable(Code.NBM230, span, description + ": the type of parameter '" + param.name()
                        + "' is not known; annotate it (" + param.name() + ": float) so that it has a Java type");
            }
            String javaName = frame.scope.freshJavaName(param.name());
            frame.scope.bindGlobal(param.name(), javaName, BOXED.get(type), PyTypes.nullable(type));
            typeArgs.add(BOXED.get(type));
            casts.add(CASTS.get(type));
            parameters.add(new Parameter(new UnknownType(), javaName));
        }
        typeArgs.add(returnJava);
        BlockStmt body = new BlockStmt();
        for (String name : FreeNames.of(params, statements)) {
            frame.globals.lookup(name).ifPresent(symbol -> {
                if (!symbol.isVariable()) {
                    frame.scope.bindName(name, symbol.javaName(), symbol.type());
                } else if (symbol.constant().filter(FunctionTranslator::isScalar).isPresent()) {
                    functions.constant(frame, name, symbol, body);
                }
            });
        }
        StmtTranslator translator = new StmtTranslator(context, frame.scope);
        context.functions().push(frame);
        try {
            for (int i = 0; i < statements.size(); i++) {
                PyStmt statement = statements.get(i);
                if (i == 0 && statement instanceof PyStmt.ExprStmt doc && doc.value() instanceof PyExpr.StrLit) {
                    continue;
                }
                translator.translate(statement).forEach(body::addStatement);
            }
        } finally {
            context.functions().pop();
        }
        convertReturns(frame, returnJava);
        if (FunctionTranslator.completesNormally(body.getStatements())) {
            body.addStatement(new ReturnStmt(new NullLiteralExpr()));
        }
        LambdaExpr lambda = new LambdaExpr(parameters, body);
        lambda.setEnclosingParameters(parameters.size() != 1);
        String udfType = context.imports().use("org.apache.spark.sql.api.java.UDF" + params.size());
        Expression typed = new CastExpr(StaticJavaParser.parseClassOrInterfaceType(udfType + "<"
                + String.join(", ", typeArgs) + ">"), lambda);
        context.imports().useStatic("org.apache.spark.sql.functions.*");
        return new Result(new MethodCallExpr(null, "udf", new NodeList<>(typed, dataType(returnType))), casts);
    }

    /** A Java expression for a Spark data type: {@code DataTypes.DoubleType}, else parsed from its DDL. */
    Expression dataType(DataType type) {
        String simple = type.getClass().getSimpleName().replace("$", "");
        if (RETURNS.containsKey(simple) || simple.equals("DateType") || simple.equals("TimestampType")) {
            return new com.github.javaparser.ast.expr.FieldAccessExpr(new NameExpr(context.imports()
                    .use("org.apache.spark.sql.types.DataTypes")), simple);
        }
        return new MethodCallExpr(new NameExpr(context.imports().use("org.apache.spark.sql.types.DataType")),
                "fromDDL", new NodeList<>(new com.github.javaparser.ast.expr.StringLiteralExpr().setString(type.sql())));
    }

    /** {@code return n} of an int from a UDF returning Double is widened, as the declared type needs. */
    private static void convertReturns(FunctionRegistry.Frame frame, String returnJava) {
        for (int i = 0; i < frame.returnStatements.size(); i++) {
            ReturnStmt statement = frame.returnStatements.get(i);
            PyType type = PyTypes.strip(frame.returns.get(i));
            Expression value = statement.getExpression().orElse(null);
            if (value == null) {
                statement.setExpression(new NullLiteralExpr());
            } else if (returnJava.equals("Long") && value instanceof com.github.javaparser.ast.expr.IntegerLiteralExpr literal) {
                statement.setExpression(new com.github.javaparser.ast.expr.LongLiteralExpr(literal.getValue() + "L"));
            } else if (returnJava.equals("Double") && value instanceof com.github.javaparser.ast.expr.IntegerLiteralExpr literal) {
                statement.setExpression(new com.github.javaparser.ast.expr.DoubleLiteralExpr(literal.getValue() + ".0"));
            } else if (returnJava.equals("Double") && type == ScalarType.INT) {
                statement.setExpression(new CastExpr(StaticJavaParser.parseType("double"), ExprTranslator.enclosed(value)));
            } else if (returnJava.equals("Integer") && type == ScalarType.INT) {
                statement.setExpression(new MethodCallExpr(new NameExpr("Math"), "toIntExact", new NodeList<>(value)));
            }
        }
    }

    /** The parameter's type from its annotation, else from its use in the body; null when neither tells. */
    private static PyType parameterType(Arg param, List<PyStmt> statements, boolean integral) {
        if (param.annotation() instanceof PyExpr.Name name) {
            for (Map.Entry<PyType, String> entry : Map.of((PyType) ScalarType.STR, "str", ScalarType.INT, "int",
                    ScalarType.FLOAT, "float", ScalarType.BOOL, "bool").entrySet()) {
                if (entry.getValue().equals(name.id())) {
                    return entry.getKey();
                }
            }
        }
        PyType[] found = new PyType[1];
        boolean[] arithmetic = new boolean[1];
        PyTreeScanner scanner = new PyTreeScanner() {
            @Override
            public Void visitCompare(PyExpr.Compare compare) {
                List<PyExpr> operands = new ArrayList<>();
                operands.add(compare.left());
                operands.addAll(compare.comparators());
                note(operands);
                return super.visitCompare(compare);
            }

            @Override
            public Void visitBinOp(PyExpr.BinOp binOp) {
                note(List.of(binOp.left(), binOp.right()));
                if (binOp.op() != dev.nbmigrate.converter.parse.python.ast.BinOperator.ADD
                        && (isParam(binOp.left()) || isParam(binOp.right())) && found[0] == null) {
                    arithmetic[0] = true;
                }
                return super.visitBinOp(binOp);
            }

            @Override
            public Void visitCall(PyExpr.Call call) {
                if (call.func() instanceof PyExpr.Attribute attribute && isParam(attribute.value())
                        && STRING_METHODS.contains(attribute.attr())) {
                    found[0] = ScalarType.STR;
                }
                return super.visitCall(call);
            }

            private void note(List<PyExpr> operands) {
                if (operands.stream().noneMatch(this::isParam)) {
                    return;
                }
                for (PyExpr operand : operands) {
                    if (operand instanceof PyExpr.StrLit) {
                        found[0] = ScalarType.STR;
                    } else if (operand instanceof PyExpr.FloatLit || operand instanceof PyExpr.IntLit) {
                        arithmetic[0] = true;
                    }
                }
            }

            private boolean isParam(PyExpr expr) {
                return expr instanceof PyExpr.Name n && n.id().equals(param.name());
            }
        };
        statements.forEach(scanner::scan);
        return found[0] != null ? found[0] : arithmetic[0] ? (integral ? ScalarType.INT : ScalarType.FLOAT) : null;
    }
}
