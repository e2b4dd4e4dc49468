package dev.nbmigrate.converter.parse.python.ast;

import dev.nbmigrate.converter.parse.Span;
import java.util.List;
import java.util.Objects;

/** One part of an f-string ({@link PyExpr.FString}): literal text or a replacement field. */
public sealed interface FStringPart extends PyNode {

    /** Literal text, escapes decoded ({@code {{} becomes {@code {}). */
    record Literal(String text, Span span) implements FStringPart {
        public Literal {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public List<PyNode> children() {
            return List.of();
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitFStringLiteral(this);
        }
    }

    /**
     * A replacement field {@code {value!conversion:formatSpec}}; {@code formatSpec} is null when absent and is
     * itself an f-string (it may nest fields, e.g. {@code {x:>{width}}}). A self-documenting field {@code {x=}}
     * is the literal {@code "x="} followed by a field with {@link Conversion#REPR}, as in CPython.
     */
    record Formatted(PyExpr value, Conversion conversion, PyExpr.FString formatSpec, Span span) implements FStringPart {
        public Formatted {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(conversion, "conversion");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(value, formatSpec);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitFStringFormatted(this);
        }
    }
}
