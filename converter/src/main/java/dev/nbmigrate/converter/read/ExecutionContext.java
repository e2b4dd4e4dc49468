package dev.nbmigrate.converter.read;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a cell's code ran in the legacy setup, and therefore which names it could use without defining them.
 *
 * <p>The predefined globals are data: later stages treat them as known symbols (for example {@code spark} is a
 * {@code SparkSession}, {@code sqlContext} a {@code HiveContext}) instead of reporting them as undefined.
 */
public enum ExecutionContext {
    /**
     * A remote Spark session through Apache Livy: sparkmagic kernels ({@code pysparkkernel}, {@code pyspark3kernel},
     * {@code sparkkernel}, {@code sparkrkernel}) and Zeppelin's {@code %livy}/{@code %livy2} interpreters. Livy's
     * Python shell also imports {@code HiveContext}, {@code StreamingContext} and {@code cloudpickle}.
     */
    LIVY(true, true, Map.of(
            Language.PYTHON, names("spark", "sc", "sqlContext", "HiveContext", "StreamingContext", "cloudpickle"),
            Language.SCALA, names("spark", "sc", "sqlContext"),
            Language.R, names("spark", "sc", "sqlContext"))),
    /** Zeppelin's own Spark interpreter ({@code %spark}, {@code %pyspark}): Livy's names plus {@code z}. */
    ZEPPELIN_SPARK(true, true, Map.of(
            Language.PYTHON, names("spark", "sc", "sqlContext", "z"),
            Language.SCALA, names("spark", "sc", "sqlContext", "z"),
            Language.R, names("spark", "sc", "sqlContext", "z"))),
    /** A Databricks notebook. */
    DATABRICKS(true, true, Map.of(
            Language.PYTHON, names("spark", "sc", "sqlContext", "dbutils", "display", "displayHTML", "getArgument",
                    "sql", "table", "udf"),
            Language.SCALA, names("spark", "sc", "sqlContext", "dbutils", "display", "displayHTML", "getArgument",
                    "sql", "table", "udf"),
            Language.R, names("spark", "sc", "sqlContext", "dbutils", "display", "displayHTML", "getArgument"))),
    /** An Azure Synapse notebook ({@code synapse_pyspark}). */
    SYNAPSE(true, true, Map.of(
            Language.PYTHON, names("spark", "sc", "sqlContext", "mssparkutils", "notebookutils", "display"),
            Language.SCALA, names("spark", "sc", "sqlContext", "mssparkutils", "notebookutils", "display"))),
    /**
     * A kernel nbmigrate does not know, in a notebook that uses Spark: the usual {@code spark}, {@code sc} and
     * {@code sqlContext} are assumed to exist, since the code uses them without creating them.
     */
    ASSUMED_SPARK(true, true, Map.of(
            Language.PYTHON, names("spark", "sc", "sqlContext"),
            Language.SCALA, names("spark", "sc", "sqlContext"),
            Language.R, names("spark", "sc", "sqlContext"))),
    /**
     * A plain Python process (IPython {@code python3}/{@code python2} kernel) whose code builds its own Spark
     * session ({@code SparkSession.builder...getOrCreate()}, {@code SparkContext(...)}, {@code findspark.init()}):
     * the code is the Spark driver, so it is job code, but nothing Spark is predefined.
     */
    OWN_SPARK(false, true, Map.of(
            Language.PYTHON, names("display", "get_ipython"))),
    /**
     * The notebook server's own process, not the cluster, with no Spark: plain IPython kernels whose code neither
     * builds nor uses a Spark session, sparkmagic's {@code %%local} cells, Zeppelin's {@code %python} and
     * {@code %sh} paragraphs.
     */
    NOTEBOOK_SERVER(false, false, Map.of(
            Language.PYTHON, names("display", "get_ipython")));

    private final boolean sparkProvided;
    private final boolean jobCode;
    private final Map<Language, SortedSet<String>> predefined;

    ExecutionContext(boolean sparkProvided, boolean jobCode, Map<Language, SortedSet<String>> predefined) {
        this.sparkProvided = sparkProvided;
        this.jobCode = jobCode;
        this.predefined = new EnumMap<>(predefined);
    }

    /** True when code in this context ran in a Spark driver (given a session or making its own): job code. */
    public boolean jobCode() {
        return jobCode;
    }

    /** True when the context hands the code a ready Spark session (the code runs on a cluster's driver). */
    public boolean sparkProvided() {
        return sparkProvided;
    }

    /** The names code in {@code language} can use in this context without defining them, sorted. */
    public SortedSet<String> predefinedGlobals(Language language) {
        return predefined.getOrDefault(language, Collections.emptySortedSet());
    }

    private static SortedSet<String> names(String... names) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(List.of(names)));
    }
}
