package dev.nbmigrate.converter.analyze;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A value the analyser knows at conversion time: a Python constant (literal, or folded from literals through
 * names, {@code +}, {@code %}, {@code str.format}, f-strings and simple helper functions), a list or tuple of
 * them, or a {@link Template}: a string with some parts known only at run time (e.g. SQL built with
 * {@code .format(run_date)} where {@code run_date} comes from a widget).
 *
 * <p>{@link #str()} is Python's {@code str()} of the value, {@link #repr()} its {@code repr()}: what a notebook
 * printed, and how reports show defaults.
 */
public sealed interface ConstantValue {

    /** Python's {@code str(value)}. */
    String str();

    /** Python's {@code repr(value)}. */
    String repr();

    /** A {@code str}. */
    record Str(String value) implements ConstantValue {
        public Str {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String str() {
            return value;
        }

        /** Python's {@code repr}: single quotes, or double quotes when the text has a single quote and no double. */
        @Override
        public String repr() {
            char quote = value.indexOf('\'') >= 0 && value.indexOf('"') < 0 ? '"' : '\'';
            StringBuilder out = new StringBuilder().append(quote);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == quote) {
                    out.append('\\').append(c);
                    continue;
                }
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20 || c == 0x7f) {
                            out.append(String.format("\\x%02x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append(quote).toString();
        }
    }

    /** An {@code int} of any size. */
    record Int(BigInteger value) implements ConstantValue {
        public Int {
            Objects.requireNonNull(value, "value");
        }

        public static Int of(long value) {
            return new Int(BigInteger.valueOf(value));
        }

        @Override
        public String str() {
            return value.toString();
        }

        @Override
        public String repr() {
            return str();
        }
    }

    /** A {@code float}. */
    record Float(double value) implements ConstantValue {
        @Override
        public String str() {
            return PythonFloats.repr(value);
        }

        @Override
        public String repr() {
            return str();
        }
    }

    /** {@code True} or {@code False}. */
    record Bool(boolean value) implements ConstantValue {
        @Override
        public String str() {
            return value ? "True" : "False";
        }

        @Override
        public String repr() {
            return str();
        }
    }

    /** {@code None}. */
    record None() implements ConstantValue {
        @Override
        public String str() {
            return "None";
        }

        @Override
        public String repr() {
            return str();
        }
    }

    /** A list ({@code tuple == false}) or tuple of constants. */
    record Sequence(List<ConstantValue> elements, boolean tuple) implements ConstantValue {
        public Sequence {
            elements = List.copyOf(elements);
        }

        @Override
        public String str() {
            return repr();
        }

        @Override
        public String repr() {
            String inner = elements.stream().map(ConstantValue::repr).collect(Collectors.joining(", "));
            if (tuple) {
                return "(" + inner + (elements.size() == 1 ? ",)" : ")");
            }
            return "[" + inner + "]";
        }
    }

    /**
     * A string of which some parts are known only at run time. Each hole is labelled by the Python source of the
     * value that fills it (e.g. {@code RERUN_MONTH}); {@link #str()} shows holes as {@code {label}}.
     */
    record Template(List<Part> parts) implements ConstantValue {
        public Template {
            parts = List.copyOf(parts);
        }

        /** One part: known text ({@code hole == false}) or a run-time value labelled {@code text}. */
        public record Part(String text, boolean hole) {
            public Part {
                Objects.requireNonNull(text, "text");
            }
        }

        @Override
        public String str() {
            StringBuilder out = new StringBuilder();
            for (Part part : parts) {
                out.append(part.hole() ? "{" + part.text() + "}" : part.text());
            }
            return out.toString();
        }

        @Override
        public String repr() {
            return "f" + new Str(str()).repr();
        }

        /** The labels of the holes, in order. */
        public List<String> holes() {
            return parts.stream().filter(Part::hole).map(Part::text).toList();
        }
    }

    /** The text of a {@link Str}, else null. */
    default String asString() {
        return this instanceof Str s ? s.value() : null;
    }
}
