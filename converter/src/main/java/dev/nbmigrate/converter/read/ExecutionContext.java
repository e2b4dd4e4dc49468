package dev.nbmigrate.converter.read;

import java.util.Collections;
import java.util.EnumMap;
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
    LIVY(true, globals(
            Language.PYTHON, "spark", "sc", "sqlContext", "HiveContext", "StreamingContext", "cloudpickle",
            Language.SCALA, "spark", "sc", "sqlContext",
            Language.R, "spark", "sc", "sqlContext")),
    /** Zeppelin's own Spark interpreter ({@code %spark}, {@code %pyspark}): Livy's names plus {@code z}. */
    ZEPPELIN_SPARK(true, globals(
            Language.PYTHON, "spark", "sc", "sqlContext", "z",
            Language.SCALA, "spark", "sc", "sqlContext", "z",
            Language.R, "spark", "sc", "sqlContext", "z")),
    /** A Databricks notebook. */
    DATABRICKS(true, globals(
            Language.PYTHON, "spark", "sc", "sqlContext", "dbutils", "display", "displayHTML", "getArgument",
            "sql", "table", "udf",
            Language.SCALA, "spark", "sc", "sqlContext", "dbutils", "display", "displayHTML", "getArgument",
            "sql", "table", "udf",
            Language.R, "spark", "sc", "sqlContext", "dbutils", "display", "displayHTML", "getArgument")),
    /** An Azure Synapse notebook ({@code synapse_pyspark}). */
    SYNAPSE(true, globals(
            Language.PYTHON, "spark", "sc", "sqlContext", "mssparkutils", "notebookutils", "display",
            Language.SCALA, "spark", "sc", "sqlContext", "mssparkutils", "notebookutils", "display")),
    /**
     * A kernel nbmigrate does not know, in a notebook that uses Spark: the usual {@code spark}, {@code sc} and
     * {@code sqlContext} are assumed to exist, since the code uses them without creating them.
     */
    ASSUMED_SPARK(true, globals(
            Language.PYTHON, "spark", "sc", "sqlContext",
            Language.SCALA, "spark", "sc", "sqlContext",
            Language.R, "spark", "sc", "sqlContext")),
    /**
     * The notebook server's own process, not the cluster: plain IPython kernels ({@code python3}/{@code python2};
     * Spark, if any, is created by the code, e.g. after {@code findspark.init()}), sparkmagic's {@code %%local}
     * cells, Zeppelin's {@code %python} and {@code %sh} paragraphs.
     */
    NOTEBOOK_SERVER(false, globals(
            Language.PYTHON, "display", "get_ipython"));

    private final boolean sparkProvided;
    private final Map<Language, SortedSet<String>> predefined;

    ExecutionContext(boolean sparkProvided, Map<Language, SortedSet<String>> predefined) {
        this.sparkProvided = sparkProvided;
        this.predefined = predefined;
    }

    /** True when the context hands the code a ready Spark session (the code runs on a cluster's driver). */
    public boolean sparkProvided() {
        return sparkProvided;
    }

    /** The names code in {@code language} can use in this context without defining them, sorted. */
    public SortedSet<String> predefinedGlobals(Language language) {
        return predefined.getOrDefault(language, Collections.emptySortedSet());
    }

    /** Builds the table from alternating {@code Language, name, name..., Language, name...} arguments. */
    private static Map<Language, SortedSet<String>> globals(Object... languageThenNames) {
        Map<Language, SortedSet<String>> table = new EnumMap<>(Language.class);
        TreeSet<String> current = null;
        for (Object item : languageThenNames) {
            if (item instanceof Language language) {
                current = new TreeSet<>();
                table.put(language, current);
            } else {
                current.add((String) item);
            }
        }
        table.replaceAll((language, names) -> Collections.unmodifiableSortedSet(names));
        return Collections.unmodifiableMap(table);
    }
}
