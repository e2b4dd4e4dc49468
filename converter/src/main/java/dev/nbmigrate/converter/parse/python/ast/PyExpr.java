package dev.nbmigrate.converter.parse.python.ast;

import dev.nbmigrate.converter.parse.Span;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A Python expression. The records mirror Python 3.12's {@code ast} expression classes, except that constants
 * are the typed {@link Literal} records and displays are named {@code ListExpr}, {@code TupleExpr},
 * {@code SetExpr}, {@code DictExpr} (so they do not clash with {@code java.util}).
 */
public sealed interface PyExpr extends PyNode {

    /** A constant: one of the {@code *Lit} records. Implicitly concatenated strings are one literal. */
    sealed interface Literal extends PyExpr {
    }

    /** {@code a and b and c} (one node for a run of the same operator). */
    record BoolOp(BoolOperator op, List<PyExpr> values, Span span) implements PyExpr {
        public BoolOp {
            Objects.requireNonNull(op, "op");
            values = Children.copy(values);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(values);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitBoolOp(this);
        }
    }

    /** The walrus {@code target := value}. */
    record NamedExpr(PyExpr target, PyExpr value, Span span) implements PyExpr {
        public NamedExpr {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(target, value);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitNamedExpr(this);
        }
    }

    /** {@code left op right}. */
    record BinOp(PyExpr left, BinOperator op, PyExpr right, Span span) implements PyExpr {
        public BinOp {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(left, right);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitBinOp(this);
        }
    }

    /** {@code op operand}, e.g. {@code -x}, {@code not x}, {@code ~mask}. */
    record UnaryOp(UnaryOperator op, PyExpr operand, Span span) implements PyExpr {
        public UnaryOp {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(operand);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitUnaryOp(this);
        }
    }

    /** {@code lambda args: body}. */
    record Lambda(Arguments args, PyExpr body, Span span) implements PyExpr {
        public Lambda {
            Objects.requireNonNull(args, "args");
            Objects.requireNonNull(body, "body");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(args, body);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitLambda(this);
        }
    }

    /** {@code body if test else orElse}. */
    record IfExp(PyExpr test, PyExpr body, PyExpr orElse, Span span) implements PyExpr {
        public IfExp {
            Objects.requireNonNull(test, "test");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(orElse, "orElse");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(body, test, orElse);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitIfExp(this);
        }
    }

    /** {@code {k: v, **other}}: one {@link DictItem} per entry, in order. */
    record DictExpr(List<DictItem> items, Span span) implements PyExpr {
        public DictExpr {
            items = Children.copy(items);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(items);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitDictExpr(this);
        }
    }

    /** {@code {a, b}}. */
    record SetExpr(List<PyExpr> elements, Span span) implements PyExpr {
        public SetExpr {
            elements = Children.copy(elements);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(elements);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitSetExpr(this);
        }
    }

    /** {@code [a, b]} (also an unpacking target in store context). */
    record ListExpr(List<PyExpr> elements, ExprContext ctx, Span span) implements PyExpr {
        public ListExpr {
            elements = Children.copy(elements);
            Objects.requireNonNull(ctx, "ctx");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(elements);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitListExpr(this);
        }
    }

    /** {@code (a, b)} or {@code a, b} (also an unpacking target in store context). */
    record TupleExpr(List<PyExpr> elements, ExprContext ctx, Span span) implements PyExpr {
        public TupleExpr {
            elements = Children.copy(elements);
            Objects.requireNonNull(ctx, "ctx");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(elements);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitTupleExpr(this);
        }
    }

    /** {@code [element for ... if ...]}. */
    record ListComp(PyExpr element, List<Comprehension> generators, Span span) implements PyExpr {
        public ListComp {
            Objects.requireNonNull(element, "element");
            generators = Children.copy(generators);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(element, generators);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitListComp(this);
        }
    }

    /** {@code {element for ...}}. */
    record SetComp(PyExpr element, List<Comprehension> generators, Span span) implements PyExpr {
        public SetComp {
            Objects.requireNonNull(element, "element");
            generators = Children.copy(generators);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(element, generators);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitSetComp(this);
        }
    }

    /** {@code {key: value for ...}}. */
    record DictComp(PyExpr key, PyExpr value, List<Comprehension> generators, Span span) implements PyExpr {
        public DictComp {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            generators = Children.copy(generators);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(key, value, generators);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitDictComp(this);
        }
    }

    /** {@code (element for ...)}. */
    record GeneratorExp(PyExpr element, List<Comprehension> generators, Span span) implements PyExpr {
        public GeneratorExp {
            Objects.requireNonNull(element, "element");
            generators = Children.copy(generators);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(element, generators);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitGeneratorExp(this);
        }
    }

    /** {@code await value}. */
    record Await(PyExpr value, Span span) implements PyExpr {
        public Await {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(value);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitAwait(this);
        }
    }

    /** {@code yield value}; {@code value} is null for a bare {@code yield}. */
    record Yield(PyExpr value, Span span) implements PyExpr {
        @Override
        public List<PyNode> children() {
            return Children.of(value);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitYield(this);
        }
    }

    /** {@code yield from value}. */
    record YieldFrom(PyExpr value, Span span) implements PyExpr {
        public YieldFrom {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(value);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitYieldFrom(this);
        }
    }

    /** {@code left op1 c1 op2 c2 ...}: a chained comparison has one operator per comparator. */
    record Compare(PyExpr left, List<CmpOperator> ops, List<PyExpr> comparators, Span span) implements PyExpr {
        public Compare {
            Objects.requireNonNull(left, "left");
            ops = Children.copy(ops);
            comparators = Children.copy(comparators);
            if (ops.size() != comparators.size() || ops.isEmpty()) {
                throw new IllegalArgumentException(ops.size() + " operators for " + comparators.size() + " comparators");
            }
        }

        @Override
        public List<PyNode> children() {
            return Children.of(left, comparators);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitCompare(this);
        }
    }

    /**
     * {@code func(args, keywords)}: positional arguments in order ({@code *xs} is a {@link Starred}), then
     * keyword arguments ({@code **kw} is a {@link Keyword} with a null name).
     */
    record Call(PyExpr func, List<PyExpr> args, List<Keyword> keywords, Span span) implements PyExpr {
        public Call {
            Objects.requireNonNull(func, "func");
            args = Children.copy(args);
            keywords = Children.copy(keywords);
        }

        /** The keyword argument of that name, or null. */
        public Keyword keyword(String name) {
            for (Keyword keyword : keywords) {
                if (name.equals(keyword.name())) {
                    return keyword;
                }
            }
            return null;
        }

        @Override
        public List<PyNode> children() {
            return Children.of(func, args, keywords);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitCall(this);
        }
    }

    /**
     * An f-string ({@code JoinedStr}): literal text and replacement fields in order. Plain strings implicitly
     * concatenated with it are literal parts; there are no empty literal parts.
     */
    record FString(List<FStringPart> parts, Span span) implements PyExpr {
        public FString {
            parts = Children.copy(parts);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(parts);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitFString(this);
        }
    }

    /** {@code value.attr}. */
    record Attribute(PyExpr value, String attr, ExprContext ctx, Span span) implements PyExpr {
        public Attribute {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(attr, "attr");
            Objects.requireNonNull(ctx, "ctx");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(value);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitAttribute(this);
        }
    }

    /** {@code value[slice]}; {@code slice} is a {@link Slice}, a {@link TupleExpr} of several, or any expression. */
    record Subscript(PyExpr value, PyExpr slice, ExprContext ctx, Span span) implements PyExpr {
        public Subscript {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(slice, "slice");
            Objects.requireNonNull(ctx, "ctx");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(value, slice);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitSubscript(this);
        }
    }

    /** {@code *value} in a call, display or assignment target. */
    record Starred(PyExpr value, ExprContext ctx, Span span) implements PyExpr {
        public Starred {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(ctx, "ctx");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(value);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitStarred(this);
        }
    }

    /** A name, e.g. {@code df}, in load, store or del context. */
    record Name(String id, ExprContext ctx, Span span) implements PyExpr {
        public Name {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(ctx, "ctx");
        }

        @Override
        public List<PyNode> children() {
            return List.of();
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitName(this);
        }
    }

    /** {@code lower:upper:step} inside a subscript; each part is null when omitted. */
    record Slice(PyExpr lower, PyExpr upper, PyExpr step, Span span) implements PyExpr {
        @Override
        public List<PyNode> children() {
            return Children.of(lower, upper, step);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitSlice(this);
        }
    }

    /** A {@code str} constant with its exact value (escapes decoded, implicit concatenation joined). */
    record StrLit(String value, Span span) implements Literal {
        public StrLit {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public List<PyNode> children() {
            return List.of();
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitStrLit(this);
        }
    }

    /** A {@code bytes} constant. The accessor returns a copy. */
    record BytesLit(byte[] value, Span span) implements Literal {
        public BytesLit {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof BytesLit that && Arrays.equals(value, that.value) && span.equals(that.span);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(value) + span.hashCode();
        }

        @Override
        public String toString() {
            return "BytesLit[value=" + Arrays.toString(value) + ", span=" + span + "]";
        }

        @Override
        public List<PyNode> children() {
            return List.of();
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitBytesLit(this);
        }
    }

    /** An {@code int} constant of any size. */
    record IntLit(BigInteger value, Span span) implements Literal {
        private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
        private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

        public IntLit {
            Objects.requireNonNull(value, "value");
        }

        /** Whether the value fits a Java {@code long} (PySpark's {@code bigint}). */
        public boolean fitsLong() {
            return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
        }

        /** The value as a {@code long}; throws {@link ArithmeticException} if it does not fit. */
        public long longValue() {
            return value.longValueExact();
        }

        @Override
        public List<PyNode> children() {
            return List.of();
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitIntLit(this);
        }
    }

    /** A {@code float} constant. */
    record FloatLit(double value, Span span) implements Literal {
        @Override
        public List<PyNode> children() {
            return List.of();
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitFloatLit(this);
        }
    }

    /** A {@code complex} constant; a literal such as {@code 2j} has a zero real part. */
    record ComplexLit(double real, double imag, Span span) implements Literal {
        @Override
        public List<PyNode> children() {
            return List.of();
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitComplexLit(this);
        }
    }

    /** {@code True} / {@code False}. */
    record BoolLit(boolean value, Span span) implements Literal {
        @Override
        public List<PyNode> children() {
            return List.of();
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitBoolLit(this);
        }
    }

    /** {@code None}. */
    record NoneLit(Span span) implements Literal {
        @Override
        public List<PyNode> children() {
            return List.of();
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitNoneLit(this);
        }
    }

    /** {@code ...}. */
    record EllipsisLit(Span span) implements Literal {
        @Override
        public List<PyNode> children() {
            return List.of();
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitEllipsisLit(this);
        }
    }
}
