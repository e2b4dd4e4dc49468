/**
 * Secrets: where a job's secret values come from and how they are kept out of every output.
 *
 * <p>A {@link dev.nbmigrate.runtime.secrets.Secret} config component is read from a
 * {@link dev.nbmigrate.runtime.secrets.SecretStore}: Databricks secret scopes on Databricks
 * ({@link dev.nbmigrate.runtime.secrets.DatabricksSecretStore}, reached by reflection), environment variables
 * {@code NBM_SECRET_<KEY>} elsewhere ({@link dev.nbmigrate.runtime.secrets.EnvSecretStore}). Every value read is
 * registered with the {@link dev.nbmigrate.runtime.secrets.Redactor}, which log layouts and rethrown exceptions pass
 * through ({@link dev.nbmigrate.runtime.secrets.RedactedException}); a {@code Secret}'s {@code toString()} never
 * shows its value.
 */
package dev.nbmigrate.runtime.secrets;
