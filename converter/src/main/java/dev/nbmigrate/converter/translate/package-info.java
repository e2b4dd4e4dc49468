/**
 * The translate stage: Python, statement by statement and expression by expression, to Java source (JavaParser
 * nodes), type-directed over the lattice of {@link dev.nbmigrate.converter.types}.
 *
 * <p>{@link dev.nbmigrate.converter.translate.NotebookTranslator} is the stage's interface as the commands call it
 * (one notebook in, its {@link dev.nbmigrate.converter.model.JobModel} out), found with
 * {@link dev.nbmigrate.converter.translate.Translators}; the registered implementation is in
 * {@link dev.nbmigrate.converter.translate.job}. This package holds the Python-to-Java translation that
 * implementation (and the conformance translator) use: {@link dev.nbmigrate.converter.translate.StmtTranslator} for
 * statements and {@link dev.nbmigrate.converter.translate.ExprTranslator} for expressions, giving
 * {@link dev.nbmigrate.converter.translate.TExpr}s (Java expression, type, folded constant). PySpark calls are planned
 * by {@link dev.nbmigrate.converter.api.CallPlanner} and written by {@code CallEmitter}; driver-side Python
 * (builtins, strings, dates, comprehensions, control flow), functions and UDFs have their own classes here.
 * {@link dev.nbmigrate.converter.translate.Scope} keeps the Python names bound so far and
 * {@link dev.nbmigrate.converter.translate.TranslationContext} what one notebook's translation shares (imports,
 * diagnostics, exploration mode). A statement with no Java throws {@link dev.nbmigrate.converter.translate.Untranslatable},
 * which the caller turns into a failing TODO.
 */
package dev.nbmigrate.converter.translate;
