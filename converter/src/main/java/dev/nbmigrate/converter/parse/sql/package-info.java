/**
 * The SQL half of the parse stage: SQL text to parsed, classified statements, with Spark's own parser and without a
 * SparkSession.
 *
 * <p>Entry point: {@link dev.nbmigrate.converter.parse.sql.SqlParser}. {@code parse} takes one cell's SQL, splits it
 * at the {@code ;} tokens of Spark's own lexer ({@code SqlSplitter}), substitutes Hive-style {@code ${...}}
 * references ({@code VariableSubstitutor}), and classifies each statement from its unresolved logical plan
 * ({@code PlanReader}) into a {@link dev.nbmigrate.converter.parse.sql.SqlStatement} with its
 * {@link dev.nbmigrate.converter.parse.sql.SqlKind},
 * tables read and written and details, all in a {@link dev.nbmigrate.converter.parse.sql.SqlScript} with its
 * {@code NBM104}/{@code NBM105} diagnostics. It also validates single statements, and parses SQL expressions
 * ({@link dev.nbmigrate.converter.parse.sql.SqlExpressionInfo}) and data types
 * ({@link dev.nbmigrate.converter.parse.sql.SqlTypeInfo}). The analyse stage and the Hive SQL rewriter
 * ({@link dev.nbmigrate.converter.translate.sql}) use it; its results hold no Spark parser types.
 */
package dev.nbmigrate.converter.parse.sql;
