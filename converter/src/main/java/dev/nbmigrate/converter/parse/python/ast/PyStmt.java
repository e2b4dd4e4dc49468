package dev.nbmigrate.converter.parse.python.ast;

import dev.nbmigrate.converter.parse.Span;
import java.util.List;
import java.util.Objects;

/** A Python statement. The records mirror Python 3.12's {@code ast} statement classes. */
public sealed interface PyStmt extends PyNode {

    /**
     * {@code def name(args) -> returns: body}, with its decorators; {@code isAsync} for {@code async def}.
     * {@code returns} is null without an annotation; {@code typeParams} holds PEP 695 {@code [T]} parameters.
     */
    record FunctionDef(String name, Arguments args, List<PyStmt> body, List<PyExpr> decorators, PyExpr returns,
                       List<TypeParam> typeParams, boolean isAsync, Span span) implements PyStmt {
        public FunctionDef {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(args, "args");
            body = Children.copy(body);
            decorators = Children.copy(decorators);
            typeParams = Children.copy(typeParams);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(decorators, typeParams, args, returns, body);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitFunctionDef(this);
        }
    }

    /** {@code class name(bases, keywords): body}, with its decorators. */
    record ClassDef(String name, List<PyExpr> bases, List<Keyword> keywords, List<PyStmt> body,
                    List<PyExpr> decorators, List<TypeParam> typeParams, Span span) implements PyStmt {
        public ClassDef {
            Objects.requireNonNull(name, "name");
            bases = Children.copy(bases);
            keywords = Children.copy(keywords);
            body = Children.copy(body);
            decorators = Children.copy(decorators);
            typeParams = Children.copy(typeParams);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(decorators, typeParams, bases, keywords, body);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitClassDef(this);
        }
    }

    /** {@code return value}; {@code value} is null for a bare {@code return}. */
    record Return(PyExpr value, Span span) implements PyStmt {
        @Override
        public List<PyNode> children() {
            return Children.of(value);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitReturn(this);
        }
    }

    /** {@code del targets}. */
    record Delete(List<PyExpr> targets, Span span) implements PyStmt {
        public Delete {
            targets = Children.copy(targets);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(targets);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitDelete(this);
        }
    }

    /**
     * {@code t1 = t2 = value}: one target per {@code =}; a tuple target ({@code a, b = ...}) is a
     * {@link PyExpr.TupleExpr} in store context.
     */
    record Assign(List<PyExpr> targets, PyExpr value, Span span) implements PyStmt {
        public Assign {
            targets = Children.copy(targets);
            Objects.requireNonNull(value, "value");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(targets, value);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitAssign(this);
        }
    }

    /** {@code target op= value}. */
    record AugAssign(PyExpr target, BinOperator op, PyExpr value, Span span) implements PyStmt {
        public AugAssign {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(target, value);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitAugAssign(this);
        }
    }

    /**
     * {@code target: annotation = value}; {@code value} is null for a bare annotation; {@code simple} is true
     * when the target is a plain name not in parentheses.
     */
    record AnnAssign(PyExpr target, PyExpr annotation, PyExpr value, boolean simple, Span span) implements PyStmt {
        public AnnAssign {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(annotation, "annotation");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(target, annotation, value);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitAnnAssign(this);
        }
    }

    /** {@code for target in iter: body else: orElse}; {@code isAsync} for {@code async for}. */
    record For(PyExpr target, PyExpr iter, List<PyStmt> body, List<PyStmt> orElse, boolean isAsync, Span span)
            implements PyStmt {
        public For {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(iter, "iter");
            body = Children.copy(body);
            orElse = Children.copy(orElse);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(target, iter, body, orElse);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitFor(this);
        }
    }

    /** {@code while test: body else: orElse}. */
    record While(PyExpr test, List<PyStmt> body, List<PyStmt> orElse, Span span) implements PyStmt {
        public While {
            Objects.requireNonNull(test, "test");
            body = Children.copy(body);
            orElse = Children.copy(orElse);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(test, body, orElse);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitWhile(this);
        }
    }

    /** {@code if test: body else: orElse}; an {@code elif} is a nested {@code If} alone in {@code orElse}. */
    record If(PyExpr test, List<PyStmt> body, List<PyStmt> orElse, Span span) implements PyStmt {
        public If {
            Objects.requireNonNull(test, "test");
            body = Children.copy(body);
            orElse = Children.copy(orElse);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(test, body, orElse);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitIf(this);
        }
    }

    /** {@code with a as x, b: body}; {@code isAsync} for {@code async with}. */
    record With(List<WithItem> items, List<PyStmt> body, boolean isAsync, Span span) implements PyStmt {
        public With {
            items = Children.copy(items);
            body = Children.copy(body);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(items, body);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitWith(this);
        }
    }

    /** {@code match subject: case ...}. */
    record Match(PyExpr subject, List<MatchCase> cases, Span span) implements PyStmt {
        public Match {
            Objects.requireNonNull(subject, "subject");
            cases = Children.copy(cases);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(subject, cases);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitMatch(this);
        }
    }

    /** {@code raise exc from cause}; both null for a bare {@code raise}, {@code cause} null without {@code from}. */
    record Raise(PyExpr exc, PyExpr cause, Span span) implements PyStmt {
        @Override
        public List<PyNode> children() {
            return Children.of(exc, cause);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitRaise(this);
        }
    }

    /**
     * {@code try: body except ...: handlers else: orElse finally: finalBody}; {@code star} for
     * {@code except*} (exception groups).
     */
    record Try(List<PyStmt> body, List<ExceptHandler> handlers, List<PyStmt> orElse, List<PyStmt> finalBody,
               boolean star, Span span) implements PyStmt {
        public Try {
            body = Children.copy(body);
            handlers = Children.copy(handlers);
            orElse = Children.copy(orElse);
            finalBody = Children.copy(finalBody);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(body, handlers, orElse, finalBody);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitTry(this);
        }
    }

    /** {@code assert test, msg}; {@code msg} is null when absent. */
    record Assert(PyExpr test, PyExpr msg, Span span) implements PyStmt {
        public Assert {
            Objects.requireNonNull(test, "test");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(test, msg);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitAssert(this);
        }
    }

    /** {@code import a.b as c, d}. */
    record Import(List<Alias> names, Span span) implements PyStmt {
        public Import {
            names = Children.copy(names);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(names);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitImport(this);
        }
    }

    /**
     * {@code from module import names}; {@code module} is null for {@code from . import x}; {@code level} counts
     * the leading dots of a relative import; a star import has one alias named {@code *}.
     */
    record ImportFrom(String module, List<Alias> names, int level, Span span) implements PyStmt {
        public ImportFrom {
            names = Children.copy(names);
        }

        @Override
        public List<PyNode> children() {
            return Children.of(names);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitImportFrom(this);
        }
    }

    /** {@code global a, b}. */
    record Global(List<String> names, Span span) implements PyStmt {
        public Global {
            names = Children.copy(names);
        }

        @Override
        public List<PyNode> children() {
            return List.of();
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitGlobal(this);
        }
    }

    /** {@code nonlocal a, b}. */
    record Nonlocal(List<String> names, Span span) implements PyStmt {
        public Nonlocal {
            names = Children.copy(names);
        }

        @Override
        public List<PyNode> children() {
            return List.of();
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitNonlocal(this);
        }
    }

    /** An expression used as a statement, e.g. a call or a bare {@code df} whose value a notebook displays. */
    record ExprStmt(PyExpr value, Span span) implements PyStmt {
        public ExprStmt {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(value);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitExprStmt(this);
        }
    }

    /** {@code pass}. */
    record Pass(Span span) implements PyStmt {
        @Override
        public List<PyNode> children() {
            return List.of();
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitPass(this);
        }
    }

    /** {@code break}. */
    record Break(Span span) implements PyStmt {
        @Override
        public List<PyNode> children() {
            return List.of();
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitBreak(this);
        }
    }

    /** {@code continue}. */
    record Continue(Span span) implements PyStmt {
        @Override
        public List<PyNode> children() {
            return List.of();
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitContinue(this);
        }
    }

    /** {@code type Name[T] = value} (PEP 695). */
    record TypeAlias(PyExpr.Name name, List<TypeParam> typeParams, PyExpr value, Span span) implements PyStmt {
        public TypeAlias {
            Objects.requireNonNull(name, "name");
            typeParams = Children.copy(typeParams);
            Objects.requireNonNull(value, "value");
        }

        @Override
        public List<PyNode> children() {
            return Children.of(name, typeParams, value);
        }

        @Override
        public <R> R accept(PyVisitor<R> visitor) {
            return visitor.visitTypeAlias(this);
        }
    }
}
