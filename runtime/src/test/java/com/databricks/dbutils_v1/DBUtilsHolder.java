package com.databricks.dbutils_v1;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test stand-in for the Scala object that holds a Databricks cluster's dbutils. Tests put secrets in
 * {@link #SECRETS} under {@code scope + "/" + key}. Its implementation classes are not public, as on a cluster, so
 * the runtime must call through the public interfaces.
 */
public final class DBUtilsHolder {
    /** Secrets by "scope/key". */
    public static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

    private DBUtilsHolder() {
    }

    /** The dbutils instance. */
    public static DBUtilsV1 dbutils() {
        return new Utils();
    }

    private static final class Utils implements DBUtilsV1 {
        @Override
        public SecretUtils secrets() {
            return new Secrets();
        }
    }

    private static final class Secrets implements SecretUtils {
        @Override
        public String get(String scope, String key) {
            String value = SECRETS.get(scope + "/" + key);
            if (value == null) {
                throw new IllegalArgumentException("Secret does not exist with scope: " + scope + " and key: " + key);
            }
            return value;
        }
    }
}
