package dev.nbmigrate.converter.translate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.nbmigrate.converter.api.Arg;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.translate.data.PyValue;

/**
 * Python's builtin {@code float} applied to a constant: {@code float('inf')} is {@code Double.POSITIVE_INFINITY},
 * {@code float('-inf')} {@code Double.NEGATIVE_INFINITY}, {@code float('nan')} {@code Double.NaN},
 * {@code float('2.5')} and {@code float(3)} the double literals (the bounds of a {@code Bucketizer}'s splits are
 * written so).
 */
final class FloatConstants {

    /** What CPython's float() accepts besides inf and nan: digits with optional '_' separators and exponent. */
    private static final Pattern DECIMAL = Pattern.compile(
            "(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?([eE][+-]?\\d(_?\\d)*)?");

    private FloatConstants() {
    }

    /** The constant for {@code float(literal)} when {@code float} is Python's builtin (not rebound in scope). */
    static Optional<TExpr> translate(PyExpr.Call call, Scope scope) {
        if (!(call.func() instanceof PyExpr.Name name) || !name.id().equals("float") || scope.lookup("float").isPresent()
                || call.args().size() != 1 || !call.keywords().isEmpty()) {
            return Optional.empty();
        }
        Optional<Double> value = value(call.args().get(0));
        return value.map(v -> TExpr.literal(ExprTranslator.doubleLiteral(v), Arg.floatLiteral(v), new PyValue.Float(v)));
    }

    private static Optional<Double> value(PyExpr argument) {
        if (argument instanceof PyExpr.IntLit i) {
            return Optional.of(i.value().doubleValue());
        }
        if (argument instanceof PyExpr.FloatLit f) {
            return Optional.of(f.value());
        }
        if (argument instanceof PyExpr.StrLit s) {
            return parse(s.value());
        }
        return Optional.empty();
    }

    /** CPython's parsing of a float string; empty when float() would raise ValueError. */
    static Optional<Double> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        double sign = 1;
        if (t.startsWith("+") || t.startsWith("-")) {
            sign = t.startsWith("-") ? -1 : 1;
            t = t.substring(1);
        }
        if (t.equals("inf") || t.equals("infinity")) {
            return Optional.of(sign * Double.POSITIVE_INFINITY);
        }
        if (t.equals("nan")) {
            return Optional.of(Double.NaN);
        }
        if (t.isEmpty() || t.equals(".") || !DECIMAL.matcher(t).matches() || !Character.isDigit(t.replace(".", "").charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(sign * Double.parseDouble(t.replace("_", "")));
    }
}
