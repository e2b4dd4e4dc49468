package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.python.ast.BinOperator;
import dev.nbmigrate.converter.parse.python.ast.CmpOperator;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.UnaryOperator;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PandasType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SetType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.TupleType;
import dev.nbmigrate.converter.types.UnknownType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The operators of the expression evaluator: arithmetic, comparisons, {@code and}/{@code or}, unary operators and
 * conditional expressions, each to an {@link Eval} (a type over the lattice and a folded constant where the operands
 * are known). An operator on a PySpark {@code Column} is the Column's dunder method, classified by the API table.
 */
final class OperatorEvaluator {

    private static final Map<BinOperator, String> DUNDER = new EnumMap<>(Map.ofEntries(
            Map.entry(BinOperator.ADD, "add"), Map.entry(BinOperator.SUB, "sub"), Map.entry(BinOperator.MULT, "mul"),
            Map.entry(BinOperator.DIV, "truediv"), Map.entry(BinOperator.FLOOR_DIV, "floordiv"),
            Map.entry(BinOperator.MOD, "mod"), Map.entry(BinOperator.POW, "pow"), Map.entry(BinOperator.BIT_AND, "and"),
            Map.entry(BinOperator.BIT_OR, "or"), Map.entry(BinOperator.BIT_XOR, "xor"),
            Map.entry(BinOperator.LSHIFT, "lshift"), Map.entry(BinOperator.RSHIFT, "rshift"),
            Map.entry(BinOperator.MAT_MULT, "matmul")));
    private static final Map<CmpOperator, String> COMPARE = new EnumMap<>(Map.of(
            CmpOperator.EQ, "__eq__", CmpOperator.NOT_EQ, "__ne__", CmpOperator.LT, "__lt__", CmpOperator.LT_E, "__le__",
            CmpOperator.GT, "__gt__", CmpOperator.GT_E, "__ge__", CmpOperator.IN, "__contains__",
            CmpOperator.NOT_IN, "__contains__"));
    private static final Map<CmpOperator, String> REFLECTED = new EnumMap<>(Map.of(
            CmpOperator.EQ, "__eq__", CmpOperator.NOT_EQ, "__ne__", CmpOperator.LT, "__gt__", CmpOperator.LT_E, "__ge__",
            CmpOperator.GT, "__lt__", CmpOperator.GT_E, "__le__"));

    private final ExpressionEvaluator expressions;
    private final AnalysisState state;
    private final ApiUses api;
    private final ParameterFinder parameters;

    OperatorEvaluator(ExpressionEvaluator expressions, AnalysisState state, ApiUses api, ParameterFinder parameters) {
        this.expressions = expressions;
        this.state = state;
        this.api = api;
        this.parameters = parameters;
    }

    /** {@code left op right}; {@code node} is null for augmented assignments (no API reference node). */
    Eval binary(BinOperator op, Eval left, Eval right, PyExpr leftExpr, PyExpr rightExpr, PyExpr node, Frame f) {
        PyType l = PyTypes.strip(left.type());
        PyType r = PyTypes.strip(right.type());
        PyExpr at = node != null ? node : leftExpr;
        if (l == SparkObject.COLUMN || r == SparkObject.COLUMN) {
            boolean reflected = l != SparkObject.COLUMN;
            String dunder = "__" + (reflected ? "r" : "") + DUNDER.get(op) + "__";
            return api.operator(dunder, List.of(reflected ? left : right), List.of(reflected ? leftExpr : rightExpr),
                    at, f.cell.location(at.span()), f);
        }
        if (l instanceof PandasType || r instanceof PandasType) {
            return Eval.of(new PandasType("Series"));
        }
        PyType type = arithmetic(op, l, r, f.cell.python2());
        ConstantValue constant;
        boolean text = left.constant() instanceof ConstantValue.Str || left.constant() instanceof ConstantValue.Template
                || right.constant() instanceof ConstantValue.Str || right.constant() instanceof ConstantValue.Template;
        if (op == BinOperator.ADD && text && (l == ScalarType.STR || r == ScalarType.STR)) {
            constant = ConstantFolder.binary(op, expressions.displays().piece(left, leftExpr, f),
                    expressions.displays().piece(right, rightExpr, f));
        } else if (op == BinOperator.MOD && left.constant() instanceof ConstantValue.Str) {
            constant = ConstantFolder.binary(op, left.constant(), rightExpr instanceof PyExpr.TupleExpr tuple
                    ? new ConstantValue.Sequence(expressions.displays().piecesOf(tuple.elements().stream()
                    .map(this::lastEval).toList(), tuple.elements(), f), true) : expressions.displays().piece(right, rightExpr, f));
        } else {
            constant = ConstantFolder.binary(op, left.constant(), right.constant());
        }
        if (constant instanceof ConstantValue.Str || constant instanceof ConstantValue.Template) {
            type = ScalarType.STR;
        }
        return new Eval(type, constant, null, null, null, null, null);
    }

    private Eval lastEval(PyExpr expr) {
        return new Eval(state.lastType(expr), state.lastConstant(expr), null, null, null, null, null);
    }

    private static PyType arithmetic(BinOperator op, PyType l, PyType r, boolean python2) {
        boolean ln = l instanceof ScalarType s && s.isNumeric();
        boolean rn = r instanceof ScalarType s2 && s2.isNumeric();
        if (ln && rn) {
            boolean floats = l == ScalarType.FLOAT || r == ScalarType.FLOAT;
            switch (op) {
                case DIV:
                    return !floats && python2 ? ScalarType.INT : ScalarType.FLOAT;
                case BIT_AND, BIT_OR, BIT_XOR:
                    return l == ScalarType.BOOL && r == ScalarType.BOOL ? ScalarType.BOOL : ScalarType.INT;
                default:
                    return floats ? ScalarType.FLOAT : ScalarType.INT;
            }
        }
        if (l == ScalarType.STR && (op == BinOperator.ADD && r == ScalarType.STR || op == BinOperator.MOD
                || op == BinOperator.MULT && r == ScalarType.INT)) {
            return ScalarType.STR;
        }
        if (l instanceof ListType a && r instanceof ListType b && op == BinOperator.ADD) {
            return new ListType(PyTypes.join(a.element(), b.element()));
        }
        if (l instanceof ListType && r == ScalarType.INT && op == BinOperator.MULT) {
            return l;
        }
        if (l instanceof TupleType a && r instanceof TupleType b && op == BinOperator.ADD) {
            return TupleType.ofAny(PyTypes.join(a.elementJoin(), b.elementJoin()));
        }
        if (l instanceof SetType && r instanceof SetType) {
            return l;
        }
        boolean lDate = l == ScalarType.DATE || l == ScalarType.DATETIME;
        if (lDate && r == ScalarType.TIMEDELTA && (op == BinOperator.ADD || op == BinOperator.SUB)) {
            return l;
        }
        if (lDate && r == l && op == BinOperator.SUB) {
            return ScalarType.TIMEDELTA;
        }
        if (l == ScalarType.TIMEDELTA && (r == ScalarType.TIMEDELTA || rn)) {
            return ScalarType.TIMEDELTA;
        }
        if (ln && r == ScalarType.TIMEDELTA && op == BinOperator.MULT) {
            return ScalarType.TIMEDELTA;
        }
        return UnknownType.UNKNOWN;
    }

    Eval compare(PyExpr.Compare compare, Frame f) {
        Eval left = expressions.eval(compare.left(), f);
        List<Eval> right = new ArrayList<>();
        for (PyExpr comparator : compare.comparators()) {
            right.add(expressions.eval(comparator, f));
        }
        CmpOperator op = compare.ops().get(0);
        PyType l = PyTypes.strip(left.type());
        PyType r = PyTypes.strip(right.get(0).type());
        Location at = f.cell.location(compare.span());
        if (op != CmpOperator.IS && op != CmpOperator.IS_NOT) {
            if (l == SparkObject.COLUMN && COMPARE.containsKey(op) && op != CmpOperator.IN && op != CmpOperator.NOT_IN) {
                return api.operator(COMPARE.get(op), List.of(right.get(0)), List.of(compare.comparators().get(0)),
                        compare, at, f);
            }
            if (r == SparkObject.COLUMN) {
                String dunder = REFLECTED.getOrDefault(op, "__contains__");
                return api.operator(dunder, List.of(left), List.of(compare.left()), compare, at, f);
            }
        }
        ConstantValue constant = null;
        if (compare.ops().size() == 1 && left.constant() != null && right.get(0).constant() != null
                && !(left.constant() instanceof ConstantValue.Template)
                && !(right.get(0).constant() instanceof ConstantValue.Template)) {
            boolean equal = left.constant().equals(right.get(0).constant());
            if (op == CmpOperator.EQ) {
                constant = new ConstantValue.Bool(equal);
            } else if (op == CmpOperator.NOT_EQ) {
                constant = new ConstantValue.Bool(!equal);
            }
        }
        return new Eval(ScalarType.BOOL, constant, null, null, null, null, null);
    }

    Eval boolOp(PyExpr.BoolOp bool, Frame f) {
        List<Eval> values = new ArrayList<>();
        for (PyExpr value : bool.values()) {
            values.add(expressions.eval(value, f));
        }
        if (values.stream().anyMatch(v -> PyTypes.strip(v.type()) == SparkObject.COLUMN)) {
            return api.operator("__bool__", List.of(), List.of(), bool, f.cell.location(bool.span()), f);
        }
        PyType type = DisplayEvaluator.joinTypes(values);
        ConstantValue constant = null;
        if (values.stream().allMatch(v -> v.constant() != null && ConstantFolder.truth(v.constant()) != null)) {
            boolean and = bool.op() == dev.nbmigrate.converter.parse.python.ast.BoolOperator.AND;
            Eval chosen = values.get(values.size() - 1);
            for (Eval value : values) {
                if (ConstantFolder.truth(value.constant()) != and) {
                    chosen = value;
                    break;
                }
            }
            constant = chosen.constant();
        }
        return new Eval(type, constant, null, null, null, null, null);
    }

    Eval unary(PyExpr.UnaryOp unary, Frame f) {
        Eval operand = expressions.eval(unary.operand(), f);
        PyType type = PyTypes.strip(operand.type());
        Location at = f.cell.location(unary.span());
        if (type == SparkObject.COLUMN) {
            return switch (unary.op()) {
                case INVERT -> api.operator("__invert__", List.of(), List.of(), unary, at, f);
                case USUB -> api.operator("__neg__", List.of(), List.of(), unary, at, f);
                case NOT -> api.operator("__bool__", List.of(), List.of(), unary, at, f);
                case UADD -> Eval.of(SparkObject.COLUMN);
            };
        }
        if (unary.op() == UnaryOperator.NOT) {
            Boolean truth = ConstantFolder.truth(operand.constant());
            return new Eval(ScalarType.BOOL, truth == null ? null : new ConstantValue.Bool(!truth), null, null, null,
                    null, null);
        }
        if (unary.op() == UnaryOperator.INVERT) {
            return Eval.of(ScalarType.INT);
        }
        ConstantValue constant = unary.op() == UnaryOperator.USUB ? ConstantFolder.negate(operand.constant())
                : operand.constant();
        return new Eval(operand.type(), constant, null, null, null, null, null);
    }

    Eval ifExp(PyExpr.IfExp conditional, Frame f) {
        Eval test = expressions.eval(conditional.test(), f);
        Eval body = expressions.eval(conditional.body(), f);
        Eval orElse = expressions.eval(conditional.orElse(), f);
        Boolean truth = ConstantFolder.truth(test.constant());
        if (truth != null) {
            return truth ? body : orElse;
        }
        if (body.parameter() != null && orElse.constant() != null) {
            if (f.recording()) {
                parameters.defaultFor(body.parameter(), orElse.constant());
            }
            return Eval.of(PyTypes.join(body.type(), orElse.type())).withParameter(body.parameter());
        }
        if (orElse.parameter() != null && body.constant() != null) {
            if (f.recording()) {
                parameters.defaultFor(orElse.parameter(), body.constant());
            }
            return Eval.of(PyTypes.join(body.type(), orElse.type())).withParameter(orElse.parameter());
        }
        return body.join(orElse);
    }
}
