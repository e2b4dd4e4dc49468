/**
 * {@code nbmigrate conformance}: measures how faithful translation is against a corpus of PySpark doctests, beside
 * the main pipeline.
 *
 * <p>{@link dev.nbmigrate.converter.conformance.CorpusReader} reads the corpus (JSON Lines) into
 * {@link dev.nbmigrate.converter.conformance.CorpusEntry}s; a line it cannot read is an
 * {@link dev.nbmigrate.converter.conformance.UnreadableRecord} and the run goes on.
 * {@link dev.nbmigrate.converter.conformance.ConformanceTranslator} translates each record's examples, through the
 * translate stage's statement translator, into one {@link dev.nbmigrate.converter.conformance.ConformanceProgram}
 * class; {@link dev.nbmigrate.converter.conformance.ConformanceRunner} compiles it in memory, runs it on one shared
 * local SparkSession ({@link dev.nbmigrate.converter.conformance.ConformanceSession}), captures what each example
 * prints ({@link dev.nbmigrate.converter.conformance.ExampleOutput}, with values rendered by
 * {@link dev.nbmigrate.converter.conformance.PythonRepr}) and compares it with what PySpark printed, by doctest's
 * rules ({@link dev.nbmigrate.converter.conformance.DoctestOutputChecker}). Each record ends as one
 * {@link dev.nbmigrate.converter.conformance.RecordResult}: pass, fail or unsupported.
 */
package dev.nbmigrate.converter.conformance;
