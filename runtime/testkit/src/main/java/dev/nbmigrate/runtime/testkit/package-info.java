/**
 * The test kit of generated modules' tests (and the runtime's own): one shared local SparkSession and assertions on
 * Datasets.
 *
 * <p>{@link dev.nbmigrate.runtime.testkit.SparkTest} (with {@link dev.nbmigrate.runtime.testkit.SparkExtension}) gives
 * JUnit 5 tests the one session of the test JVM ({@link dev.nbmigrate.runtime.testkit.LocalSpark}: {@code local[2]},
 * UTC, a temporary warehouse). {@link dev.nbmigrate.runtime.testkit.DatasetAssert} asserts a Dataset's schema and rows
 * ({@link dev.nbmigrate.runtime.testkit.Rows}), comparing values by value and saying which column of which row
 * differs. The generated module tests ({@code templates/JobTest.java.ftl}) are written against this API.
 */
package dev.nbmigrate.runtime.testkit;
