/**
 * The {@code nbmigrate} command line (picocli): {@link dev.nbmigrate.converter.cli.NbmigrateCli} and one command
 * class per subcommand ({@code assess}, {@code convert}, {@code check}, {@code verify}, {@code run},
 * {@code conformance}, {@code explain}).
 *
 * <p>This package owns argument parsing, expanding folders to notebooks ({@code read.NotebookFinder}), the shared
 * {@code --fail-on} threshold, and the exit codes every command uses ({@link dev.nbmigrate.converter.cli.ExitCodes});
 * an exception that escapes a command becomes one line and an exit code, its stack trace going to a log file
 * ({@code InternalErrorHandler}). The commands hold no pipeline logic of their own: they call
 * {@link dev.nbmigrate.converter.assess}, {@link dev.nbmigrate.converter.convert}, {@link dev.nbmigrate.converter.verify},
 * {@link dev.nbmigrate.converter.conformance} and {@link dev.nbmigrate.converter.diag}, with the translator and working
 * folder taken from a {@link dev.nbmigrate.converter.cli.CliContext} (tests give their own).
 */
package dev.nbmigrate.converter.cli;
