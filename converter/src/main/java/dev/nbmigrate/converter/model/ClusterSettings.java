package dev.nbmigrate.converter.model;

import java.util.Set;

/**
 * Which Spark settings a job can make on its session and which only its cluster can: Spark refuses to change a
 * static SQL setting or a Spark core setting ({@code spark.executor.memory}, {@code spark.driver.maxResultSize})
 * once the session runs, and reads {@code spark.hadoop.*} only when the cluster starts. Those go to the
 * {@code spark_conf} of the job cluster in {@code databricks.yml}; {@code spark.sql.*} settings and Hadoop settings
 * without the {@code spark.hadoop.} prefix ({@code fs.azure.*}) stay the job's.
 */
public final class ClusterSettings {

    /** Static SQL settings: fixed when the session starts. */
    private static final Set<String> STATIC_SQL = Set.of("spark.sql.warehouse.dir", "spark.sql.catalogImplementation",
            "spark.sql.extensions", "spark.sql.queryExecutionListeners", "spark.sql.streaming.streamingQueryListeners",
            "spark.sql.cache.serializer", "spark.sql.ui.retainedExecutions", "spark.sql.event.truncate.length",
            "spark.sql.sources.schemaStringLengthThreshold", "spark.sql.legacy.sessionInitWithConfigDefaults",
            "spark.sql.broadcastExchange.maxThreadThreshold", "spark.sql.hive.thriftServer.singleSession",
            "spark.sql.filesourceTableRelationCacheSize", "spark.sql.codegen.cache.maxEntries");
    /** Prefixes of static SQL settings. */
    private static final Set<String> STATIC_SQL_PREFIXES = Set.of("spark.sql.hive.metastore.");

    private ClusterSettings() {
    }

    /** Whether {@code key} is a setting only the cluster can make. */
    public static boolean isCluster(String key) {
        if (key.startsWith("spark.sql.")) {
            return STATIC_SQL.contains(key) || STATIC_SQL_PREFIXES.stream().anyMatch(key::startsWith);
        }
        return key.startsWith("spark.");
    }
}
