package dev.nbmigrate.runtime.interop;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python number formats {@link java.util.Formatter} has not. */
public final class PyFormat {
    private PyFormat() {
    }

    /**
     * Python's {@code '%g' % x} / {@code '{:.Ng}'.format(x)}: {@code precision} significant digits (6 by default,
     * 0 counts as 1), fixed notation for exponents from -4 to below the precision, else scientific with a two-digit
     * exponent, trailing zeros removed.
     */
    public static String g(double x, int precision) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return 1 / x < 0 ? "-0" : "0";
        }
        int digits = precision == 0 ? 1 : precision;
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= -4 && exponent < digits) {
            return stripZeros(rounded.setScale(Math.max(digits - 1 - exponent, 0), RoundingMode.HALF_EVEN)
                    .toPlainString());
        }
        String mantissa = stripZeros(rounded.movePointLeft(exponent).setScale(digits - 1, RoundingMode.HALF_EVEN)
                .toPlainString());
        int magnitude = Math.abs(exponent);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + magnitude;
    }

    /** {@code '%g' % x} with the default precision. */
    public static String g(double x) {
        return g(x, 6);
    }

    private static String stripZeros(String number) {
        if (!number.contains(".")) {
            return number;
        }
        String out = number.replaceAll("0+$", "");
        return out.endsWith(".") ? out.substring(0, out.length() - 1) : out;
    }
}
