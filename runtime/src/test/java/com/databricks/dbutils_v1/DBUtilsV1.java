package com.databricks.dbutils_v1;

/** Test stand-in for the Databricks dbutils interface (only the secrets part), to exercise the reflective lookup. */
public interface DBUtilsV1 {
    /** The secrets utility. */
    SecretUtils secrets();
}
