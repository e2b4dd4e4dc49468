/**
 * Hive SQL to Spark SQL: rewrites the Hive-specific parts of legacy notebook SQL so it runs without Hive support (on
 * Databricks with Unity Catalog and on local Spark).
 *
 * <p>Entry point: {@link dev.nbmigrate.converter.translate.sql.HiveSqlRewriter#rewrite}, giving a
 * {@link dev.nbmigrate.converter.translate.sql.Rewrite}: the Spark SQL, the
 * {@link dev.nbmigrate.converter.translate.sql.Finding}s ({@code NBM260}-{@code NBM269}) for what was rewritten or left
 * out, and the {@link dev.nbmigrate.converter.translate.sql.StorageLocation}s the output names. Each statement is parsed
 * with Spark's own parser; its meaning comes from the logical plan and where its clauses are from the grammar's tree
 * ({@code SparkSyntax}), and only the clauses that must change are edited ({@code TextEdits}), so the user's layout and
 * comments survive. {@code CreateTableRewriter} and {@code HiveFormats} turn Hive {@code CREATE TABLE} into data source
 * tables. Used by the translation of SQL cells ({@link dev.nbmigrate.converter.translate.job}).
 */
package dev.nbmigrate.converter.translate.sql;
