package dev.nbmigrate.runtime.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession of a test JVM: {@code local[2]}, session time zone UTC, UI off, 2 shuffle partitions,
 * bound to 127.0.0.1, warehouse in a temporary folder. Created on first use; Spark's own shutdown hook stops it when
 * the JVM exits. Jobs run in tests find it with {@code getOrCreate()} and leave it open.
 */
public final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    /** The shared session, created on first call (and again if something stopped it). */
    public static synchronized SparkSession session() {
        if (session == null || session.sparkContext().isStopped()) {
            session = create();
        }
        return session;
    }

    private static SparkSession create() {
        Path warehouse;
        try {
            warehouse = Files.createTempDirectory("nbmigrate-spark-warehouse");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a temporary Spark warehouse folder", e);
        }
        return SparkSession.builder()
                .master("local[2]")
                .appName("nbmigrate-tests")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.warehouse.dir", warehouse.toUri().toString())
                .config("spark.sql.adaptive.enabled", "false")
                .getOrCreate();
    }
}
