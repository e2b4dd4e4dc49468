/**
 * The parse stage: one cell's Python source to nbmigrate's own immutable Python AST
 * ({@link dev.nbmigrate.converter.parse.python.PythonParser}), and SQL text to parsed, classified statements
 * ({@link dev.nbmigrate.converter.parse.sql.SqlParser}). Positions are {@link dev.nbmigrate.converter.parse.Span}s
 * relative to the parsed text; a {@link dev.nbmigrate.converter.parse.SourceRef} maps them to notebook
 * locations. No type of GraalPy or of Spark's parser is visible outside this package tree.
 */
package dev.nbmigrate.converter.parse;
