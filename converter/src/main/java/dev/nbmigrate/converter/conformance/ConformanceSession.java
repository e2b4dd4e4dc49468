package dev.nbmigrate.converter.conformance;

import java.nio.file.Path;
import java.util.TimeZone;

import org.apache.spark.sql.SparkSession;

import dev.nbmigrate.runtime.testkit.LocalSpark;

/**
 * The local SparkSession conformance runs use: shaped like PySpark's own doctest session ({@code local[4]},
 * default shuffle partitions, so unsorted outputs come out in the same order), UTC everywhere, no UI, its
 * warehouse a temporary folder deleted when the JVM exits (so two runs never find each other's tables).
 */
public final class ConformanceSession {

    private static Path warehouse;
    private static final ProgramClassLoader PROGRAMS = new ProgramClassLoader(ConformanceSession.class.getClassLoader());

    private ConformanceSession() {
    }

    private static synchronized Path warehouse() {
        if (warehouse == null) {
            warehouse = LocalSpark.temporaryWarehouse();
        }
        return warehouse;
    }

    /**
     * Gets or creates the session; the JVM's default zone becomes UTC, as the Python driver's was. A session created
     * here runs its tasks under {@link #programs()}, so that the functions of programs compiled in memory reach them.
     */
    public static SparkSession getOrCreate() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PROGRAMS);
        try {
            return builder();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The loader through which the local executor finds the classes of the program that runs. */
    static ProgramClassLoader programs() {
        return PROGRAMS;
    }

    private static SparkSession builder() {
        return SparkSession.builder()
                .master("local[4]")
                .appName("nbmigrate-conformance")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.ansi.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.warehouse.dir", warehouse().toUri().toString())
                .getOrCreate();
    }
}
