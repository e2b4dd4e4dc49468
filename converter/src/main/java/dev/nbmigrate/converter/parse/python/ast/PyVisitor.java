package dev.nbmigrate.converter.parse.python.ast;

/**
 * A visitor over {@link PyNode}s: one method per node type, each defaulting to {@link #visitNode(PyNode)}. Implement
 * {@code visitNode} (the fallback) and override the node types of interest; dispatch with
 * {@code node.accept(visitor)}. {@link PyTreeScanner} is a visitor that walks the whole tree.
 *
 * @param <R> what a visit returns ({@code Void} for side effects only)
 */
public interface PyVisitor<R> {

    /** Called for every node type whose method is not overridden. */
    R visitNode(PyNode node);

    // module

    default R visitModule(PyModule node) {
        return visitNode(node);
    }

    // statements

    default R visitFunctionDef(PyStmt.FunctionDef node) {
        return visitNode(node);
    }

    default R visitClassDef(PyStmt.ClassDef node) {
        return visitNode(node);
    }

    default R visitReturn(PyStmt.Return node) {
        return visitNode(node);
    }

    default R visitDelete(PyStmt.Delete node) {
        return visitNode(node);
    }

    default R visitAssign(PyStmt.Assign node) {
        return visitNode(node);
    }

    default R visitAugAssign(PyStmt.AugAssign node) {
        return visitNode(node);
    }

    default R visitAnnAssign(PyStmt.AnnAssign node) {
        return visitNode(node);
    }

    default R visitFor(PyStmt.For node) {
        return visitNode(node);
    }

    default R visitWhile(PyStmt.While node) {
        return visitNode(node);
    }

    default R visitIf(PyStmt.If node) {
        return visitNode(node);
    }

    default R visitWith(PyStmt.With node) {
        return visitNode(node);
    }

    default R visitMatch(PyStmt.Match node) {
        return visitNode(node);
    }

    default R visitRaise(PyStmt.Raise node) {
        return visitNode(node);
    }

    default R visitTry(PyStmt.Try node) {
        return visitNode(node);
    }

    default R visitAssert(PyStmt.Assert node) {
        return visitNode(node);
    }

    default R visitImport(PyStmt.Import node) {
        return visitNode(node);
    }

    default R visitImportFrom(PyStmt.ImportFrom node) {
        return visitNode(node);
    }

    default R visitGlobal(PyStmt.Global node) {
        return visitNode(node);
    }

    default R visitNonlocal(PyStmt.Nonlocal node) {
        return visitNode(node);
    }

    default R visitExprStmt(PyStmt.ExprStmt node) {
        return visitNode(node);
    }

    default R visitPass(PyStmt.Pass node) {
        return visitNode(node);
    }

    default R visitBreak(PyStmt.Break node) {
        return visitNode(node);
    }

    default R visitContinue(PyStmt.Continue node) {
        return visitNode(node);
    }

    default R visitTypeAlias(PyStmt.TypeAlias node) {
        return visitNode(node);
    }

    // expressions

    default R visitBoolOp(PyExpr.BoolOp node) {
        return visitNode(node);
    }

    default R visitNamedExpr(PyExpr.NamedExpr node) {
        return visitNode(node);
    }

    default R visitBinOp(PyExpr.BinOp node) {
        return visitNode(node);
    }

    default R visitUnaryOp(PyExpr.UnaryOp node) {
        return visitNode(node);
    }

    default R visitLambda(PyExpr.Lambda node) {
        return visitNode(node);
    }

    default R visitIfExp(PyExpr.IfExp node) {
        return visitNode(node);
    }

    default R visitDictExpr(PyExpr.DictExpr node) {
        return visitNode(node);
    }

    default R visitSetExpr(PyExpr.SetExpr node) {
        return visitNode(node);
    }

    default R visitListExpr(PyExpr.ListExpr node) {
        return visitNode(node);
    }

    default R visitTupleExpr(PyExpr.TupleExpr node) {
        return visitNode(node);
    }

    default R visitListComp(PyExpr.ListComp node) {
        return visitNode(node);
    }

    default R visitSetComp(PyExpr.SetComp node) {
        return visitNode(node);
    }

    default R visitDictComp(PyExpr.DictComp node) {
        return visitNode(node);
    }

    default R visitGeneratorExp(PyExpr.GeneratorExp node) {
        return visitNode(node);
    }

    default R visitAwait(PyExpr.Await node) {
        return visitNode(node);
    }

    default R visitYield(PyExpr.Yield node) {
        return visitNode(node);
    }

    default R visitYieldFrom(PyExpr.YieldFrom node) {
        return visitNode(node);
    }

    default R visitCompare(PyExpr.Compare node) {
        return visitNode(node);
    }

    default R visitCall(PyExpr.Call node) {
        return visitNode(node);
    }

    default R visitFString(PyExpr.FString node) {
        return visitNode(node);
    }

    default R visitAttribute(PyExpr.Attribute node) {
        return visitNode(node);
    }

    default R visitSubscript(PyExpr.Subscript node) {
        return visitNode(node);
    }

    default R visitStarred(PyExpr.Starred node) {
        return visitNode(node);
    }

    default R visitName(PyExpr.Name node) {
        return visitNode(node);
    }

    default R visitSlice(PyExpr.Slice node) {
        return visitNode(node);
    }

    default R visitStrLit(PyExpr.StrLit node) {
        return visitNode(node);
    }

    default R visitBytesLit(PyExpr.BytesLit node) {
        return visitNode(node);
    }

    default R visitIntLit(PyExpr.IntLit node) {
        return visitNode(node);
    }

    default R visitFloatLit(PyExpr.FloatLit node) {
        return visitNode(node);
    }

    default R visitComplexLit(PyExpr.ComplexLit node) {
        return visitNode(node);
    }

    default R visitBoolLit(PyExpr.BoolLit node) {
        return visitNode(node);
    }

    default R visitNoneLit(PyExpr.NoneLit node) {
        return visitNode(node);
    }

    default R visitEllipsisLit(PyExpr.EllipsisLit node) {
        return visitNode(node);
    }

    // f-string parts

    default R visitFStringLiteral(FStringPart.Literal node) {
        return visitNode(node);
    }

    default R visitFStringFormatted(FStringPart.Formatted node) {
        return visitNode(node);
    }

    // patterns

    default R visitMatchValue(PyPattern.MatchValue node) {
        return visitNode(node);
    }

    default R visitMatchSingleton(PyPattern.MatchSingleton node) {
        return visitNode(node);
    }

    default R visitMatchSequence(PyPattern.MatchSequence node) {
        return visitNode(node);
    }

    default R visitMatchMapping(PyPattern.MatchMapping node) {
        return visitNode(node);
    }

    default R visitMatchClass(PyPattern.MatchClass node) {
        return visitNode(node);
    }

    default R visitMatchStar(PyPattern.MatchStar node) {
        return visitNode(node);
    }

    default R visitMatchAs(PyPattern.MatchAs node) {
        return visitNode(node);
    }

    default R visitMatchOr(PyPattern.MatchOr node) {
        return visitNode(node);
    }

    // helper nodes

    default R visitArguments(Arguments node) {
        return visitNode(node);
    }

    default R visitArg(Arg node) {
        return visitNode(node);
    }

    default R visitKeyword(Keyword node) {
        return visitNode(node);
    }

    default R visitAlias(Alias node) {
        return visitNode(node);
    }

    default R visitWithItem(WithItem node) {
        return visitNode(node);
    }

    default R visitExceptHandler(ExceptHandler node) {
        return visitNode(node);
    }

    default R visitComprehension(Comprehension node) {
        return visitNode(node);
    }

    default R visitMatchCase(MatchCase node) {
        return visitNode(node);
    }

    default R visitTypeParam(TypeParam node) {
        return visitNode(node);
    }
}
