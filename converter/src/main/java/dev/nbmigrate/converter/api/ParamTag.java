package dev.nbmigrate.converter.api;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a PySpark parameter's argument turns into, where that is not simply the Java argument at the same
 * position. Written after the parameter's name in the API table: {@code header:option=None}.
 */
public enum ParamTag {
    /** A Java argument at its position (the default, not written). */
    ARG,
    /** A str or number here is a literal value: when Java wants a Column it becomes lit(value), never col(). */
    LIT,
    /** The keyword becomes {@code .option("name", value)} before the call (readers, writers). */
    OPTION,
    /** The keyword becomes a builder call of the same name before the call: {@code .mode(v)}, {@code .format(v)}. */
    CALL,
    /** Accepted by PySpark but without effect in Java: dropped with a warning. */
    IGNORED,
    /**
     * A bool or a width, as {@code show}'s {@code truncate}: when further arguments follow, a literal {@code True}
     * is the width 20 and {@code False} is 0 (no truncation), so the call fits Java's {@code int} parameter.
     */
    WIDTH;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ParamTag byLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown parameter tag '" + label
                        + "' (expected lit, option, call, ignored or width)"));
    }
}
