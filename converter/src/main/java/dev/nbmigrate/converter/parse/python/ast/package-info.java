/**
 * nbmigrate's Python syntax tree: immutable records that mirror Python 3.12's {@code ast} module, with every position
 * a {@link dev.nbmigrate.converter.parse.Span} in the original cell source.
 *
 * <p>{@link dev.nbmigrate.converter.parse.python.ast.PyNode} is the root of the sealed hierarchies
 * {@link dev.nbmigrate.converter.parse.python.ast.PyModule} (one cell), {@link dev.nbmigrate.converter.parse.python.ast.PyStmt},
 * {@link dev.nbmigrate.converter.parse.python.ast.PyExpr}, {@link dev.nbmigrate.converter.parse.python.ast.PyPattern}
 * and {@link dev.nbmigrate.converter.parse.python.ast.FStringPart}, plus helper nodes (arguments, keywords, aliases,
 * comprehension clauses, ...). Walk a tree with a {@link dev.nbmigrate.converter.parse.python.ast.PyVisitor} or a
 * {@link dev.nbmigrate.converter.parse.python.ast.PyTreeScanner}; {@link dev.nbmigrate.converter.parse.python.ast.PyDump}
 * prints one in the style of {@code ast.dump}. Built by the Python parser, read by the analyse and translate stages;
 * this package depends on nothing but {@link dev.nbmigrate.converter.parse}.
 */
package dev.nbmigrate.converter.parse.python.ast;
