package dev.nbmigrate.converter.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.Arg;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.UnknownType;

/**
 * A Python UDF body as one Column expression over its parameters: the native form of a UDF, which Spark can
 * optimise and which runs without Python. {@code if/elif/else} return chains become {@code when(..).when(..)
 * .otherwise(..)} (no {@code otherwise} when the last branch returns None: {@code when} gives null), locals assigned
 * at the top of the body become Java locals, {@code x is None} is {@code isNull()}, {@code ==} is the null-safe
 * {@code eqNullSafe} (Python's {@code None == "kg"} is False), {@code in} on a literal list is {@code isin}, string
 * methods ({@code strip} is {@code btrim} with Python's whitespace), {@code float}/{@code int}/{@code str}/{@code round}/{@code abs}/{@code len}, arithmetic and
 * comparisons have their Column twins. Anything else throws {@link Untranslatable}: the caller then tries a typed
 * Java UDF.
 *
 * <p>Null semantics: Python code that would raise on None (arithmetic, {@code <}, string methods) gives null here,
 * as the Python UDF's failing rows would not have been in the notebook's output; where Python defines a result for
 * None ({@code ==}, {@code in}, {@code is None}, {@code not}) the Column form gives the same result.
 */
final class ColumnUdfBody {

    /**
     * Python's {@code str.strip()} whitespace (its ASCII part; Spark's {@code trim} alone strips only spaces), as
     * the text of a Java string literal.
     */
    static final String PY_WHITESPACE = " \\t\\n\\u000B\\f\\r";

    /**
     * A translated value: a Column expression, or a literal (raw Java value) that is wrapped in {@code lit} only
     * where a Column is needed.
     *
     * @param java the Column expression, or the literal's Java value when {@code literal}
     * @param type its Python type when known, else Unknown
     * @param nullMeansFalse a boolean that is null where Python's is False ({@code isin} on a null value)
     */
    record Value(Expression java, PyType type, boolean literal, boolean nullMeansFalse) {
        static Value column(Expression java, PyType type) {
            return new Value(java, type, false, false);
        }

        boolean isNone() {
            return literal && java instanceof NullLiteralExpr;
        }
    }

    /** Returned branches: each condition with its value, then the value when none holds (null: falls through). */
    record Outcome(List<Expression> conditions, List<Value> values, Value otherwise) {
    }

    private final BlockStmt body = new BlockStmt();
    private final Map<String, Integer> localNames = new HashMap<>();
    private final ColumnUdfExpressions expressions;

    ColumnUdfBody(TranslationContext context, FunctionRegistry.Frame frame, FunctionTranslator functions) {
        this.expressions = new ColumnUdfExpressions(context, frame, functions, body);
    }

    /**
     * Translates the body; returns the method body (locals, then {@code return <expr>}) and the result's Python
     * type (Unknown when a branch's type is not known).
     */
    Map.Entry<BlockStmt, PyType> translate(List<Arg> params, List<PyStmt> statements) {
        Map<String, Value> env = new HashMap<>();
        List<String> javaNames = JavaNames.parameters(params.stream().map(Arg::name).toList());
        for (int i = 0; i < params.size(); i++) {
            Arg param = params.get(i);
            String name = javaNames.get(i);
            localNames.put(name, 1);
            env.put(param.name(), Value.column(new NameExpr(name), annotated(param)));
        }
        Outcome outcome = run(statements, env, true);
        Value result = expressions.flatten(outcome);
        body.addStatement(new com.github.javaparser.ast.stmt.ReturnStmt(expressions.columnOf(result)));
        return Map.entry(body, result.type());
    }

    private static PyType annotated(Arg param) {
        if (param.annotation() instanceof PyExpr.Name name) {
            return switch (name.id()) {
                case "str" -> ScalarType.STR;
                case "int" -> ScalarType.INT;
                case "float" -> ScalarType.FLOAT;
                case "bool" -> ScalarType.BOOL;
                default -> UnknownType.UNKNOWN;
            };
        }
        return UnknownType.UNKNOWN;
    }

    // ---- statements

    private Outcome run(List<PyStmt> statements, Map<String, Value> env, boolean top) {
        List<Expression> conditions = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            PyStmt statement = statements.get(i);
            if (statement instanceof PyStmt.Pass
                    || statement instanceof PyStmt.ExprStmt e && e.value() instanceof PyExpr.StrLit) {
                continue;
            }
            if (statement instanceof PyStmt.Assign assign && assign.targets().size() == 1
                    && assign.targets().get(0) instanceof PyExpr.Name target) {
                bind(target.id(), expressions.expr(assign.value(), env), env, top);
                continue;
            }
            if (statement instanceof PyStmt.AugAssign aug && aug.target() instanceof PyExpr.Name target) {
                bind(target.id(), expressions.expr(new PyExpr.BinOp(aug.target(), aug.op(), aug.value(), aug.span()), env), env, top);
                continue;
            }
            if (statement instanceof PyStmt.Return ret) {
                Value value = ret.value() == null ? expressions.none() : expressions.expr(ret.value(), env);
                return new Outcome(conditions, values, value);
            }
            if (statement instanceof PyStmt.If ifStmt) {
                Expression test = expressions.condition(ifStmt.test(), env);
                List<PyStmt> rest = statements.subList(i + 1, statements.size());
                if (ifStmt.orElse().isEmpty() && alwaysReturns(ifStmt.body())) {
                    conditions.add(test);
                    values.add(expressions.flatten(run(ifStmt.body(), new HashMap<>(env), false)));
                    continue;
                }
                List<PyStmt> thenPath = new ArrayList<>(ifStmt.body());
                thenPath.addAll(rest);
                List<PyStmt> elsePath = new ArrayList<>(ifStmt.orElse());
                elsePath.addAll(rest);
                conditions.add(test);
                values.add(expressions.flatten(run(thenPath, new HashMap<>(env), false)));
                Outcome orElse = run(elsePath, new HashMap<>(env), false);
                conditions.addAll(orElse.conditions());
                values.addAll(orElse.values());
                return new Outcome(conditions, values, orElse.otherwise());
            }
            throw new Untranslatable(Code.NBM234, statement.span(), "the statement "
                    + statement.getClass().getSimpleName() + " has no Column form");
        }
        return new Outcome(conditions, values, expressions.none());
    }

    private void bind(String name, Value value, Map<String, Value> env, boolean top) {
        if (!top || value.literal()) {
            env.put(name, value);
            return;
        }
        String base = Scope.legal(name);
        int n = localNames.merge(base, 1, Integer::sum);
        String javaName = n == 1 ? base : base + n;
        body.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                StaticJavaParser.parseClassOrInterfaceType("Column"), javaName, expressions.columnOf(value)))));
        env.put(name, new Value(new NameExpr(javaName), value.type(), false, value.nullMeansFalse()));
    }

    static boolean alwaysReturns(List<PyStmt> statements) {
        if (statements.isEmpty()) {
            return false;
        }
        PyStmt last = statements.get(statements.size() - 1);
        return last instanceof PyStmt.Return || last instanceof PyStmt.Raise
                || last instanceof PyStmt.If i && alwaysReturns(i.body()) && alwaysReturns(i.orElse());
    }
}
