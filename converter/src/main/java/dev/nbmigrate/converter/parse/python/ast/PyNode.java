package dev.nbmigrate.converter.parse.python.ast;

import dev.nbmigrate.converter.parse.Span;
import java.util.List;

/**
 * A node of nbmigrate's Python syntax tree: an immutable record under one of the sealed hierarchies
 * ({@link PyModule}, {@link PyStmt}, {@link PyExpr}, {@link PyPattern}, {@link FStringPart}) or one of the
 * helper nodes ({@link Arguments}, {@link Arg}, {@link Keyword}, {@link Alias}, {@link WithItem},
 * {@link ExceptHandler}, {@link Comprehension}, {@link MatchCase}, {@link TypeParam}).
 *
 * <p>The tree follows Python 3.12's {@code ast} module, with three deliberate differences that make it easier to
 * consume: constants are typed literal records ({@link PyExpr.StrLit}, {@link PyExpr.IntLit}, ...); a parameter
 * carries its own default value ({@link Arg#defaultValue()}); dict displays are lists of {@link DictItem}s.
 * Optional fields are {@code null} when absent (documented per field); lists are never null and immutable.
 *
 * <p>Traverse with {@link PyVisitor} / {@link PyTreeScanner}, with {@link #children()}, or with
 * {@link PyNodes#walk(PyNode)}; print with {@link PyDump}.
 */
public sealed interface PyNode permits PyModule, PyStmt, PyExpr, PyPattern, FStringPart, Arguments, Arg, Keyword,
        Alias, WithItem, ExceptHandler, Comprehension, MatchCase, TypeParam {

    /** Where the node is in the parsed text (see {@link Span}). */
    Span span();

    /** The direct child nodes, in source order. */
    List<PyNode> children();

    /** Double dispatch to the visitor method for this node's type. */
    <R> R accept(PyVisitor<R> visitor);
}
