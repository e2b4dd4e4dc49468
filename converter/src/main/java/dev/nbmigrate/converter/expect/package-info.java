/**
 * Expectations files: what a migrating team states a converted job must produce on the sample data
 * ({@code <notebook>.expect.json}, format in {@code docs/expectations.md}).
 *
 * <p>{@link dev.nbmigrate.converter.expect.ExpectationsReader} reads one strictly into an
 * {@link dev.nbmigrate.converter.expect.Expectations} record; anything that does not follow the format is an
 * {@link dev.nbmigrate.converter.expect.ExpectationsException} naming the file and the JSON path. The convert stage
 * reads the file beside each notebook and hands it to rendering, which turns it into the assertions of the generated
 * module's test.
 */
package dev.nbmigrate.converter.expect;
