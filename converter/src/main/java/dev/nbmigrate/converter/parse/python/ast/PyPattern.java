package dev.nbmigrate.converter.parse.python.ast;

import dev.nbmigrate.converter.parse.Span;
import java.util.List;
import java.util.Objects;

/** A pattern of a {@code match} statement's {@code case} (PEP 634), as in Python's {@code ast}. */
public sealed interface PyPattern extends PyNode {

    /** A value pattern: a literal or dotted name compared with {@code ==}. */
    record MatchValue(PyExpr value, Span span) implements PyPattern {
        public MatchValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(value);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitMatchValue(this);
        }
    }

    /** {@code None}, {@code True} or {@code False}, compared with {@code is}: the literal itself. */
    record MatchSingleton(PyExpr.Literal value, Span span) implements PyPattern {
        public MatchSingleton {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(value);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitMatchSingleton(this);
        }
    }

    /** {@code [p1, p2, *rest]}. */
    record MatchSequence(List<PyPattern> patterns, Span span) implements PyPattern {
        public MatchSequence {
            patterns = Children.copy(patterns);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(patterns);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitMatchSequence(this);
        }
    }

    /** {@code {k1: p1, **rest}}; {@code rest} is null without {@code **}. */
    record MatchMapping(List<PyExpr> keys, List<PyPattern> patterns, String rest, Span span) implements PyPattern {
        public MatchMapping {
            keys = Children.copy(keys);
            patterns = Children.copy(patterns);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(keys, patterns);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitMatchMapping(this);
        }
    }

    /** {@code Cls(p1, attr=p2)}. */
    record MatchClass(PyExpr cls, List<PyPattern> patterns, List<String> keywordNames, List<PyPattern> keywordPatterns,
                      Span span) implements PyPattern {
        public MatchClass {
            Objects.requireNonNull(cls, "cls");
            patterns = Children.copy(patterns);
            keywordNames = Children.copy(keywordNames);
            keywordPatterns = Children.copy(keywordPatterns);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(cls, patterns, keywordPatterns);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitMatchClass(this);
        }
    }

    /** {@code *name} inside a sequence pattern; {@code name} is null for {@code *_}. */
    record MatchStar(String name, Span span) implements PyPattern {
        @Override
        public List<PyNode> children() {
            return List.of();
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitMatchStar(this);
        }
    }

    /**
     * {@code pattern as name}, a capture {@code name} (pattern null), or the wildcard {@code _} (both null).
     */
    record MatchAs(PyPattern pattern, String name, Span span) implements PyPattern {
        @Override
        public List<PyNode> children() {
            return Children.of(pattern);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitMatchAs(this);
        }
    }

    /** {@code p1 | p2}. */
    record MatchOr(List<PyPattern> patterns, Span span) implements PyPattern {
        public MatchOr {
            patterns = Children.copy(patterns);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(patterns);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitMatchOr(this);
        }
    }
}
