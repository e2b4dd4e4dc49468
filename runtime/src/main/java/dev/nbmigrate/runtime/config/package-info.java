/**
 * Job configuration: a job's config record (a Java record with annotated components) as command-line options,
 * environment variables and config file keys, bound, typed and validated.
 *
 * <p>{@link dev.nbmigrate.runtime.config.ConfigSchema} reads the record's components and annotations
 * ({@link dev.nbmigrate.runtime.config.Default}, {@link dev.nbmigrate.runtime.config.Required},
 * {@link dev.nbmigrate.runtime.config.Range}, {@link dev.nbmigrate.runtime.config.Pattern},
 * {@link dev.nbmigrate.runtime.config.OneOf}, {@link dev.nbmigrate.runtime.config.Schemes},
 * {@link dev.nbmigrate.runtime.config.SecretRef}, {@link dev.nbmigrate.runtime.config.Alias},
 * {@link dev.nbmigrate.runtime.config.Help}) into {@link dev.nbmigrate.runtime.config.OptionSpec}s, checking the record
 * itself. {@link dev.nbmigrate.runtime.config.CommandLine} splits arguments as argparse does,
 * {@link dev.nbmigrate.runtime.config.ConfigFile} reads a JSON or properties file, and
 * {@link dev.nbmigrate.runtime.config.Binder} binds values by precedence (command line, environment, config file,
 * default), collecting every problem into one {@link dev.nbmigrate.runtime.config.ConfigException}.
 * {@link dev.nbmigrate.runtime.config.Names} holds the naming rules the converter's generated code relies on;
 * {@link dev.nbmigrate.runtime.config.Usage} renders {@code --help}.
 */
package dev.nbmigrate.runtime.config;
