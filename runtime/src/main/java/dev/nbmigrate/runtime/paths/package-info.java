/**
 * Path resolution: maps the storage locations a job names ({@code wasbs://}, {@code abfss://}, {@code /mnt/...},
 * {@code dbfs:}, local paths; see {@link dev.nbmigrate.runtime.paths.StorageScheme}) to where they are in the current
 * environment, so one job reads a local folder on a laptop and the lake in production.
 *
 * <p>{@link dev.nbmigrate.runtime.paths.PathResolver} is behind {@code ctx.path(...)};
 * {@link dev.nbmigrate.runtime.paths.PathRules} are the declarative rules per environment, read from a properties file.
 * A location the rules cannot map is a {@link dev.nbmigrate.runtime.paths.PathResolutionException} naming the rule
 * that would fix it.
 */
package dev.nbmigrate.runtime.paths;
