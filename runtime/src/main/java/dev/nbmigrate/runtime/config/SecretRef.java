package dev.nbmigrate.runtime.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a {@link dev.nbmigrate.runtime.secrets.Secret} config component to a secret. On Databricks the value is read
 * from the secret scope ({@link #scope()}, else {@code --secret-scope}, else the job name) under {@link #value()};
 * elsewhere from the environment variable {@code NBM_SECRET_<KEY>} (the key upper-cased, every other character than
 * a letter or digit replaced by {@code _}: {@code sales-db-password} is read from
 * {@code NBM_SECRET_SALES_DB_PASSWORD}). Secrets are always required and can never be given on the command line
 * or in a config file.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface SecretRef {
    /** The secret's key in its scope. */
    String value();

    /** The Databricks secret scope; empty for the job's default scope. */
    String scope() default "";
}
