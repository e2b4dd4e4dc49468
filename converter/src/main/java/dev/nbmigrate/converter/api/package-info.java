/**
 * The PySpark API table and call planning: which PySpark classes, modules and members nbmigrate supports, and how
 * one PySpark call becomes one Java call.
 *
 * <p>{@link dev.nbmigrate.converter.api.ApiCatalog} loads the two declarative tables in this package's resources,
 * {@code classes.tsv} (PySpark classes and modules to Spark Java classes) and {@code pyspark-api.tsv} (the
 * PySpark-only differences, with parameters, rules and diagnostics), and answers for members the table does not list
 * by reflection on Spark's Java API. {@link dev.nbmigrate.converter.api.ApiCatalog#classify} gives an
 * {@link dev.nbmigrate.converter.api.ApiSupport}, which the analyse stage records and {@code nbmigrate assess} reports
 * as is. {@link dev.nbmigrate.converter.api.CallPlanner} is what the translate stage calls: it binds a call's
 * arguments to the PySpark parameters ({@link dev.nbmigrate.converter.api.PyParams}), applies the argument part of the
 * member's {@link dev.nbmigrate.converter.api.TranslationRule} and chooses the Java overload
 * ({@link dev.nbmigrate.converter.api.OverloadResolver}), giving a {@link dev.nbmigrate.converter.api.CallPlan}.
 * Writing the Java of a plan is the translator's job, not this package's.
 */
package dev.nbmigrate.converter.api;
