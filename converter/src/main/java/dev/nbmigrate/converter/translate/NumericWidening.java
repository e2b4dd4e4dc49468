package dev.nbmigrate.converter.translate;

import java.util.Optional;

import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.PrimitiveType;

import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.TupleType;

/**
 * Ints among floats in a list or tuple literal ({@code [-float('inf'), -15.0, 0, 30.0]}): the analysis types the
 * sequence as floats, so its Java is a {@code List<Double>}, and each int element becomes a double ({@code 0.0},
 * {@code (double) n}) to fit it. The numbers are the same; only an int element printed on its own would read
 * {@code 0.0} where Python prints {@code 0}.
 */
final class NumericWidening {

    private NumericWidening() {
    }

    /** Whether a sequence of {@code type} holds floats (with perhaps some ints among them). */
    static boolean floatElements(PyType type) {
        PyType stripped = PyTypes.strip(type);
        PyType element = stripped instanceof ListType list ? list.element()
                : stripped instanceof TupleType tuple ? tuple.elementJoin() : null;
        return element != null && PyTypes.strip(element) == ScalarType.FLOAT;
    }

    /** {@code value} as a double, when it is an int; empty when it is not (it stays as it is). */
    static Optional<Expression> toFloat(TExpr value) {
        if (PyTypes.strip(value.type()) != ScalarType.INT) {
            return Optional.empty();
        }
        Expression java = value.java();
        if (java instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.MINUS
                && literal(unary.getExpression()).isPresent()) {
            return Optional.of(new UnaryExpr(new DoubleLiteralExpr(literal(unary.getExpression()).get() + ".0"),
                    UnaryExpr.Operator.MINUS));
        }
        Optional<String> digits = literal(java);
        if (digits.isPresent()) {
            return Optional.of(new DoubleLiteralExpr(digits.get() + ".0"));
        }
        return Optional.of(new CastExpr(PrimitiveType.doubleType(), new EnclosedExpr(java)));
    }

    /** The decimal digits of an int or long literal. */
    private static Optional<String> literal(Expression java) {
        String text = java instanceof IntegerLiteralExpr i ? i.getValue()
                : java instanceof LongLiteralExpr l ? l.getValue().replaceAll("[lL]$", "") : null;
        return text != null && text.chars().allMatch(Character::isDigit) ? Optional.of(text) : Optional.empty();
    }
}
