package com.databricks.dbutils_v1;

/** Test stand-in for dbutils.secrets. */
public interface SecretUtils {
    /** The secret, or IllegalArgumentException if the scope or key does not exist (as dbutils does). */
    String get(String scope, String key);
}
