package dev.nbmigrate.converter.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.BinOperator;
import dev.nbmigrate.converter.parse.python.ast.BoolOperator;
import dev.nbmigrate.converter.parse.python.ast.CmpOperator;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.UnaryOperator;
import dev.nbmigrate.converter.translate.ColumnUdfBody.Outcome;
import dev.nbmigrate.converter.translate.ColumnUdfBody.Value;
import dev.nbmigrate.converter.translate.data.PyValue;
import dev.nbmigrate.converter.types.ModuleType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.UnknownType;

/**
 * The expressions of a {@link ColumnUdfBody}: each Python expression of a UDF's body as a Spark Column expression
 * (arithmetic, comparisons, {@code in}, {@code and}/{@code or}, string methods, casts and builtins, conditional
 * expressions as {@code when}), and returned branches flattened into one {@code when ... otherwise} chain. Anything
 * else throws {@link Untranslatable}.
 */
final class ColumnUdfExpressions {

    private static final Map<BinOperator, String> ARITHMETIC = Map.of(
            BinOperator.ADD, "plus", BinOperator.SUB, "minus", BinOperator.MULT, "multiply", BinOperator.DIV, "divide");

    private static final Map<CmpOperator, String> ORDERING = Map.of(
            CmpOperator.LT, "lt", CmpOperator.LT_E, "leq", CmpOperator.GT, "gt", CmpOperator.GT_E, "geq");

    private static final Map<String, String> STRING_METHODS = Map.of(
            "lower", "lower", "upper", "upper", "strip", "btrim", "lstrip", "ltrim", "rstrip", "rtrim");

    private static final Map<String, String> MATH = Map.of(
            "sqrt", "sqrt", "exp", "exp", "log10", "log10", "floor", "floor", "ceil", "ceil", "fabs", "abs");

    private static final Map<String, String> CASTS = Map.of("float", "double", "int", "bigint", "str", "string",
            "bool", "boolean");

    private final TranslationContext context;
    private final FunctionRegistry.Frame frame;
    private final FunctionTranslator functions;
    /** The body being built, where a constant global the UDF reads is declared. */
    private final BlockStmt body;

    ColumnUdfExpressions(TranslationContext context, FunctionRegistry.Frame frame, FunctionTranslator functions,
            BlockStmt body) {
        this.context = context;
        this.frame = frame;
        this.functions = functions;
        this.body = body;
    }

    Value flatten(Outcome outcome) {
        if (outcome.conditions().isEmpty()) {
            return outcome.otherwise();
        }
        Expression chain = null;
        PyType type = null;
        for (int i = 0; i < outcome.conditions().size(); i++) {
            Value value = outcome.values().get(i);
            NodeList<Expression> args = new NodeList<>(outcome.conditions().get(i), branchValue(value));
            chain = chain == null ? fn("when", args) : new MethodCallExpr(chain, "when", args);
            type = join(type, value);
        }
        if (!outcome.otherwise().isNone()) {
            chain = new MethodCallExpr(chain, "otherwise", new NodeList<>(branchValue(outcome.otherwise())));
        }
        type = join(type, outcome.otherwise());
        return Value.column(chain, type == null ? UnknownType.UNKNOWN : type);
    }

    private static PyType join(PyType sofar, Value value) {
        if (value.isNone()) {
            return sofar;
        }
        if (sofar == null) {
            return value.type();
        }
        return sofar.equals(value.type()) ? sofar : UnknownType.UNKNOWN;
    }

    private Expression branchValue(Value value) {
        return value.literal() && !value.isNone() ? value.java() : columnOf(twoValued(value));
    }

    // ---- expressions

    Value none() {
        return new Value(new NullLiteralExpr(), ScalarType.NONE, true, false);
    }

    /** An expression in a test position ({@code if}, {@code when}): null there means false, as in Python. */
    Expression condition(PyExpr test, Map<String, Value> env) {
        return columnOf(truth(expr(test, env), test));
    }

    /** Python truthiness of a value as a boolean Column. */
    private Value truth(Value value, PyExpr node) {
        PyType type = PyTypes.strip(value.type());
        if (type == ScalarType.BOOL) {
            return value;
        }
        if (type == ScalarType.STR || type == ScalarType.INT || type == ScalarType.FLOAT) {
            Expression column = columnOf(value);
            Expression nonEmpty = new MethodCallExpr(column, "notEqual", new NodeList<>(type == ScalarType.STR
                    ? new StringLiteralExpr("") : new com.github.javaparser.ast.expr.IntegerLiteralExpr("0")));
            return Value.column(new MethodCallExpr(new MethodCallExpr(column, "isNotNull"), "and",
                    new NodeList<>(nonEmpty)), ScalarType.BOOL);
        }
        throw new Untranslatable(Code.NBM230, node.span(), "the truth value of a value of unknown type has no Column"
                + " form");
    }

    Value expr(PyExpr expr, Map<String, Value> env) {
        if (expr instanceof PyExpr.StrLit s) {
            return new Value(new StringLiteralExpr().setString(s.value()), ScalarType.STR, true, false);
        }
        if (expr instanceof PyExpr.IntLit || expr instanceof PyExpr.FloatLit || expr instanceof PyExpr.BoolLit
                || expr instanceof PyExpr.UnaryOp u && u.op() == UnaryOperator.USUB
                && (u.operand() instanceof PyExpr.IntLit || u.operand() instanceof PyExpr.FloatLit)) {
            TExpr literal = new ExprTranslator(context, new Scope()).translate(expr);
            return new Value(literal.java(), literal.type(), true, false);
        }
        if (expr instanceof PyExpr.NoneLit) {
            return none();
        }
        if (expr instanceof PyExpr.Name name) {
            return name(name, env);
        }
        if (expr instanceof PyExpr.BinOp binOp) {
            return binary(binOp, env);
        }
        if (expr instanceof PyExpr.UnaryOp unary) {
            return unary(unary, env);
        }
        if (expr instanceof PyExpr.Compare compare) {
            return compare(compare, env);
        }
        if (expr instanceof PyExpr.BoolOp boolOp) {
            return boolOp(boolOp, env);
        }
        if (expr instanceof PyExpr.IfExp ifExp) {
            Expression test = condition(ifExp.test(), env);
            Value then = expr(ifExp.body(), env);
            Value orElse = expr(ifExp.orElse(), env);
            return flatten(new Outcome(List.of(test), List.of(then), orElse));
        }
        if (expr instanceof PyExpr.Call call) {
            return call(call, env);
        }
        throw new Untranslatable(Code.NBM234, expr.span(), "the expression " + expr.getClass().getSimpleName()
                + " has no Column form");
    }

    private Value name(PyExpr.Name name, Map<String, Value> env) {
        Value local = env.get(name.id());
        if (local != null) {
            return local;
        }
        Optional<Scope.Symbol> global = frame.scope.lookup(name.id());
        if (global.isEmpty()) {
            global = frame.globals.lookup(name.id());
            if (global.isPresent() && global.get().isVariable()
                    && global.get().constant().filter(FunctionTranslator::isScalar).isPresent()) {
                functions.constant(frame, name.id(), global.get(), body);
                global = frame.scope.lookup(name.id());
            }
        }
        if (global.isPresent() && global.get().isVariable() && global.get().constant().isPresent()) {
            return new Value(new NameExpr(global.get().javaName()), PyTypes.strip(global.get().type()), true, false);
        }
        throw new Untranslatable(Code.NBM232, name.span(), "a UDF reads '" + name.id() + "', which is no constant"
                + " the converter knows");
    }

    private Value binary(PyExpr.BinOp binOp, Map<String, Value> env) {
        Value left = expr(binOp.left(), env);
        Value right = expr(binOp.right(), env);
        PyType lt = PyTypes.strip(left.type());
        PyType rt = PyTypes.strip(right.type());
        boolean strings = lt == ScalarType.STR || rt == ScalarType.STR;
        if (binOp.op() == BinOperator.ADD && strings) {
            return Value.column(fn("concat", new NodeList<>(columnOf(left), columnOf(right))), ScalarType.STR);
        }
        if (strings || (lt.isUnknown() && rt.isUnknown() && binOp.op() == BinOperator.ADD)) {
            throw new Untranslatable(Code.NBM230, binOp.span(), "'" + binOp.op() + "' on values whose types are not"
                    + " known (numbers or strings?) has no Column form; annotate the parameters (x: float)");
        }
        PyType numeric = lt == ScalarType.FLOAT || rt == ScalarType.FLOAT || binOp.op() == BinOperator.DIV
                ? ScalarType.FLOAT : lt == ScalarType.INT && rt == ScalarType.INT ? ScalarType.INT
                : UnknownType.UNKNOWN;
        String method = ARITHMETIC.get(binOp.op());
        if (method != null) {
            return Value.column(new MethodCallExpr(columnOf(left), method, new NodeList<>(operand(right))), numeric);
        }
        return switch (binOp.op()) {
            case MOD -> Value.column(fn("pmod", new NodeList<>(columnOf(left), columnOf(right))), numeric);
            case FLOOR_DIV -> {
                Expression floor = fn("floor", new NodeList<>(new MethodCallExpr(columnOf(left), "divide",
                        new NodeList<>(operand(right)))));
                yield Value.column(numeric == ScalarType.FLOAT ? cast(floor, "double") : floor, numeric);
            }
            case POW -> {
                Expression pow = fn("pow", new NodeList<>(columnOf(left), columnOf(right)));
                yield Value.column(numeric == ScalarType.INT ? cast(pow, "bigint") : pow, numeric);
            }
            default -> throw new Untranslatable(Code.NBM236, binOp.span(), "'" + binOp.op() + "' has no Column form");
        };
    }

    private Value unary(PyExpr.UnaryOp unary, Map<String, Value> env) {
        Value operand = expr(unary.operand(), env);
        return switch (unary.op()) {
            case NOT -> Value.column(fn("not", new NodeList<>(columnOf(twoValued(truth(operand, unary.operand()))))),
                    ScalarType.BOOL);
            case USUB -> Value.column(fn("negate", new NodeList<>(columnOf(operand))), operand.type());
            case UADD -> operand;
            default -> throw new Untranslatable(Code.NBM236, unary.span(), "'" + unary.op() + "' has no Column form");
        };
    }

    private Value compare(PyExpr.Compare compare, Map<String, Value> env) {
        Value result = null;
        PyExpr left = compare.left();
        for (int i = 0; i < compare.ops().size(); i++) {
            PyExpr right = compare.comparators().get(i);
            Value one = compareOne(compare.ops().get(i), left, right, env, compare);
            result = result == null ? one : new Value(new MethodCallExpr(columnOf(result), "and",
                    new NodeList<>(columnOf(one))), ScalarType.BOOL, false, result.nullMeansFalse() || one.nullMeansFalse());
            left = right;
        }
        return result;
    }

    private Value compareOne(CmpOperator op, PyExpr leftExpr, PyExpr rightExpr, Map<String, Value> env, PyExpr node) {
        if (op == CmpOperator.IS || op == CmpOperator.IS_NOT) {
            PyExpr other = rightExpr instanceof PyExpr.NoneLit ? leftExpr : leftExpr instanceof PyExpr.NoneLit ? rightExpr : null;
            if (other == null) {
                throw new Untranslatable(Code.NBM236, node.span(), "'is' other than 'is None' has no Column form");
            }
            return Value.column(new MethodCallExpr(columnOf(expr(other, env)), op == CmpOperator.IS ? "isNull" : "isNotNull"),
                    ScalarType.BOOL);
        }
        if (op == CmpOperator.IN || op == CmpOperator.NOT_IN) {
            Value in = membership(leftExpr, rightExpr, env, node);
            return op == CmpOperator.IN ? in
                    : Value.column(fn("not", new NodeList<>(columnOf(twoValued(in)))), ScalarType.BOOL);
        }
        Value left = expr(leftExpr, env);
        Value right = expr(rightExpr, env);
        if (left.literal() && !right.literal()) {
            Value swap = left;
            left = right;
            right = swap;
            op = switch (op) {
                case LT -> CmpOperator.GT;
                case LT_E -> CmpOperator.GT_E;
                case GT -> CmpOperator.LT;
                case GT_E -> CmpOperator.LT_E;
                default -> op;
            };
        }
        if (op == CmpOperator.EQ || op == CmpOperator.NOT_EQ) {
            Expression equal = new MethodCallExpr(columnOf(left), "eqNullSafe", new NodeList<>(operand(right)));
            return Value.column(op == CmpOperator.EQ ? equal : fn("not", new NodeList<>(equal)), ScalarType.BOOL);
        }
        String method = ORDERING.get(op);
        if (method == null) {
            throw new Untranslatable(Code.NBM236, node.span(), "'" + op + "' has no Column form");
        }
        return Value.column(new MethodCallExpr(columnOf(left), method, new NodeList<>(operand(right))), ScalarType.BOOL);
    }

    /** {@code x in ("a", "b")} is {@code x.isin("a", "b")}; {@code "a" in s} is {@code s.contains("a")}. */
    private Value membership(PyExpr item, PyExpr container, Map<String, Value> env, PyExpr node) {
        List<PyExpr> elements = container instanceof PyExpr.TupleExpr t ? t.elements()
                : container instanceof PyExpr.ListExpr l ? l.elements()
                : container instanceof PyExpr.SetExpr s ? s.elements() : null;
        if (elements == null && container instanceof PyExpr.Name name && !env.containsKey(name.id())) {
            Optional<PyValue> constant = frame.globals.lookup(name.id()).flatMap(Scope.Symbol::constant);
            if (constant.isPresent() && constant.get() instanceof PyValue.Sequence sequence
                    && sequence.items().stream().allMatch(FunctionTranslator::isScalar)) {
                NodeList<Expression> values = new NodeList<>();
                for (PyValue value : sequence.items()) {
                    values.add(expr(literal(value), env).java());
                }
                return new Value(new MethodCallExpr(columnOf(expr(item, env)), "isin", values), ScalarType.BOOL, false, true);
            }
        }
        if (elements != null) {
            NodeList<Expression> values = new NodeList<>();
            for (PyExpr element : elements) {
                Value value = expr(element, env);
                if (!value.literal()) {
                    throw new Untranslatable(Code.NBM237, node.span(), "'in' on a list of non-constants has no Column form");
                }
                values.add(value.java());
            }
            return new Value(new MethodCallExpr(columnOf(expr(item, env)), "isin", values), ScalarType.BOOL, false, true);
        }
        Value needle = expr(item, env);
        Value haystack = expr(container, env);
        if (needle.literal() && PyTypes.strip(needle.type()) == ScalarType.STR) {
            return Value.column(new MethodCallExpr(columnOf(haystack), "contains", new NodeList<>(needle.java())),
                    ScalarType.BOOL);
        }
        throw new Untranslatable(Code.NBM236, node.span(), "this 'in' test has no Column form");
    }

    private static PyExpr literal(PyValue value) {
        var span = dev.nbmigrate.converter.parse.Span.NONE;
        if (value instanceof PyValue.Str s) {
            return new PyExpr.StrLit(s.value(), span);
        }
        if (value instanceof PyValue.Int i) {
            return new PyExpr.IntLit(i.value(), span);
        }
        if (value instanceof PyValue.Float f) {
            return new PyExpr.FloatLit(f.value(), span);
        }
        return new PyExpr.BoolLit(((PyValue.Bool) value).value(), span);
    }

    private Value boolOp(PyExpr.BoolOp boolOp, Map<String, Value> env) {
        Expression result = null;
        boolean nullMeansFalse = false;
        for (PyExpr operand : boolOp.values()) {
            Value value = truth(expr(operand, env), operand);
            if (PyTypes.strip(expr(operand, env).type()) != ScalarType.BOOL) {
                throw new Untranslatable(Code.NBM236, boolOp.span(), "'and'/'or' on non-bool values returns one of"
                        + " them in Python; that has no Column form");
            }
            nullMeansFalse |= value.nullMeansFalse();
            result = result == null ? columnOf(value) : new MethodCallExpr(result,
                    boolOp.op() == BoolOperator.AND ? "and" : "or", new NodeList<>(columnOf(value)));
        }
        return new Value(result, ScalarType.BOOL, false, nullMeansFalse);
    }

    private Value call(PyExpr.Call call, Map<String, Value> env) {
        if (!call.keywords().isEmpty()) {
            throw new Untranslatable(Code.NBM237, call.span(), "keyword arguments in a UDF call have no Column form");
        }
        if (call.func() instanceof PyExpr.Attribute attribute) {
            if (attribute.value() instanceof PyExpr.Name module && !env.containsKey(module.id())
                    && frame.globals.lookup(module.id()).map(s -> s.type() instanceof ModuleType m
                    && m.name().equals("math")).orElse(false)) {
                String function = MATH.get(attribute.attr());
                if (function != null && call.args().size() == 1) {
                    return Value.column(fn(function, new NodeList<>(columnOf(expr(call.args().get(0), env)))),
                            ScalarType.FLOAT);
                }
            }
            Value receiver = expr(attribute.value(), env);
            String function = STRING_METHODS.get(attribute.attr());
            if (function != null && call.args().size() <= (function.equals("lower") || function.equals("upper") ? 0 : 1)) {
                NodeList<Expression> args = new NodeList<>(columnOf(receiver));
                if (function.endsWith("trim")) {
                    Expression characters = call.args().isEmpty() ? new StringLiteralExpr(ColumnUdfBody.PY_WHITESPACE)
                            : stringLiteral(call.args().get(0), env, call);
                    // btrim takes the characters as a Column (and, unlike trim(c, s), logs no deprecation).
                    args.add(function.equals("btrim") ? fn("lit", new NodeList<>(characters)) : characters);
                }
                return Value.column(fn(function, args), ScalarType.STR);
            }
            if ((attribute.attr().equals("startswith") || attribute.attr().equals("endswith")) && call.args().size() == 1) {
                return Value.column(new MethodCallExpr(columnOf(receiver), attribute.attr().equals("startswith")
                        ? "startsWith" : "endsWith", new NodeList<>(stringLiteral(call.args().get(0), env, call))),
                        ScalarType.BOOL);
            }
            throw new Untranslatable(Code.NBM235, call.span(), "the method ." + attribute.attr() + "() has no Column form");
        }
        if (call.func() instanceof PyExpr.Name name && !env.containsKey(name.id())
                && frame.globals.lookup(name.id()).isEmpty()) {
            List<Value> args = new ArrayList<>();
            for (PyExpr arg : call.args()) {
                args.add(expr(arg, env));
            }
            Optional<Value> builtin = builtin(name.id(), args);
            if (builtin.isPresent()) {
                return builtin.get();
            }
        }
        throw new Untranslatable(Code.NBM235, call.span(), "this call has no Column form");
    }

    private Expression stringLiteral(PyExpr arg, Map<String, Value> env, PyExpr node) {
        Value value = expr(arg, env);
        if (!value.literal() || PyTypes.strip(value.type()) != ScalarType.STR) {
            throw new Untranslatable(Code.NBM237, node.span(), "a string method with a non-constant argument has no"
                    + " Column form");
        }
        return value.java();
    }

    private Optional<Value> builtin(String name, List<Value> args) {
        String castTo = CASTS.get(name);
        if (castTo != null && args.size() == 1) {
            PyType type = switch (name) {
                case "float" -> ScalarType.FLOAT;
                case "int" -> ScalarType.INT;
                case "str" -> ScalarType.STR;
                default -> ScalarType.BOOL;
            };
            if (name.equals("bool")) {
                return Optional.empty();
            }
            return Optional.of(Value.column(cast(columnOf(args.get(0)), castTo), type));
        }
        return switch (name) {
            case "abs" -> args.size() == 1 ? Optional.of(Value.column(fn("abs", new NodeList<>(columnOf(args.get(0)))),
                    args.get(0).type())) : Optional.empty();
            case "len" -> args.size() == 1 ? Optional.of(Value.column(cast(fn("length", new NodeList<>(columnOf(args.get(0)))),
                    "bigint"), ScalarType.INT)) : Optional.empty();
            case "round" -> round(args);
            case "min", "max" -> args.size() >= 2 ? Optional.of(Value.column(fn(name.equals("min") ? "least" : "greatest",
                    columns(args)), args.stream().allMatch(a -> a.type().equals(args.get(0).type())) ? args.get(0).type()
                    : UnknownType.UNKNOWN)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Python's round is half-to-even: {@code bround}; without digits it returns an int. */
    private Optional<Value> round(List<Value> args) {
        if (args.size() == 1) {
            return Optional.of(Value.column(cast(fn("bround", new NodeList<>(columnOf(args.get(0)), intLiteral(0))),
                    "bigint"), ScalarType.INT));
        }
        if (args.size() == 2 && args.get(1).literal() && PyTypes.strip(args.get(1).type()) == ScalarType.INT) {
            return Optional.of(Value.column(fn("bround", new NodeList<>(columnOf(args.get(0)), args.get(1).java())),
                    args.get(0).type()));
        }
        return Optional.empty();
    }

    private NodeList<Expression> columns(List<Value> args) {
        NodeList<Expression> out = new NodeList<>();
        args.forEach(a -> out.add(columnOf(a)));
        return out;
    }

    private static Expression intLiteral(int value) {
        return new com.github.javaparser.ast.expr.IntegerLiteralExpr(Integer.toString(value));
    }

    // ---- Java building blocks

    /** A boolean that is never null where Python's is a bool: {@code coalesce(c, lit(false))} for isin results. */
    private Value twoValued(Value value) {
        if (!value.nullMeansFalse()) {
            return value;
        }
        return Value.column(fn("coalesce", new NodeList<>(columnOf(value), fn("lit",
                new NodeList<>(new BooleanLiteralExpr(false))))), ScalarType.BOOL);
    }

    /** The value as a Column: literals through {@code lit}. */
    Expression columnOf(Value value) {
        return value.literal() ? fn("lit", new NodeList<>(value.java())) : value.java();
    }

    /** The value as the argument of a Column method taking Object: literals as they are. */
    private Expression operand(Value value) {
        return value.literal() && !value.isNone() ? value.java() : columnOf(value);
    }

    private static Expression cast(Expression column, String type) {
        return new MethodCallExpr(ExprTranslator.enclosed(column), "cast",
                new NodeList<>(new StringLiteralExpr(type)));
    }

    private Expression fn(String name, NodeList<Expression> args) {
        context.imports().useStatic("org.apache.spark.sql.functions.*");
        return new MethodCallExpr(null, name, args);
    }
}
