package dev.nbmigrate.runtime.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession of a test JVM: {@code local[2]}, session time zone UTC, UI off, 2 shuffle partitions,
 * bound to 127.0.0.1, warehouse in a temporary folder deleted at exit. Created on first use; Spark's own shutdown hook stops it when
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

    /**
     * A new, empty temporary folder for a Spark warehouse (managed tables and databases), deleted with everything
     * in it when the JVM exits: a session that uses it leaves nothing behind, and a second test run never finds the
     * tables of the first ({@code LOCATION_ALREADY_EXISTS}).
     */
    public static Path temporaryWarehouse() {
        Path warehouse;
        try {
            warehouse = Files.createTempDirectory("nbmigrate-spark-warehouse");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a temporary Spark warehouse folder", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(warehouse), "nbmigrate-warehouse-cleanup"));
        return warehouse;
    }

    /** Deletes {@code root} and everything under it, as far as it can (what is left is in a temporary folder). */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort at exit: the folder is under the temporary folder, which the system clears
        }
    }

    private static SparkSession create() {
        Path warehouse = temporaryWarehouse();
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
