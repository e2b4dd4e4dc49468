package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.types.ApiMemberType;
import dev.nbmigrate.converter.types.ModuleType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.UnknownType;

import java.util.Map;

/**
 * The values of the names kernels and platforms predefine ({@link dev.nbmigrate.converter.read.ExecutionContext}
 * lists them): {@code spark}, {@code sc}, {@code sqlContext} (a HiveContext on HDInsight), Databricks'
 * {@code dbutils}, {@code display}, {@code sql}, Zeppelin's {@code z}, and so on.
 */
final class Predefined {

    private static final Map<String, PyType> SPARK = Map.of(
            "spark", SparkObject.SPARK_SESSION,
            "sc", SparkObject.SPARK_CONTEXT,
            "sqlContext", SparkObject.SQL_CONTEXT);
    /** Names that are PySpark classes or members, by qualified name. */
    private static final Map<String, String> PYSPARK = Map.of(
            "HiveContext", "pyspark.sql.HiveContext",
            "StreamingContext", "pyspark.streaming.StreamingContext",
            "udf", "pyspark.sql.functions.udf");
    /** Names bound to symbolic values: the qualified name calls and attributes are looked up under. */
    private static final Map<String, String> SYMBOLIC = Map.of(
            "sql", "@spark.sql",
            "table", "@spark.table");

    private Predefined() {
    }

    static Eval value(String name, ApiUses api) {
        PyType spark = SPARK.get(name);
        if (spark != null) {
            return Eval.of(spark);
        }
        String qualname = PYSPARK.get(name);
        if (qualname != null) {
            PyType type = api.typeOfQualifiedName(qualname).orElse(name.equals("udf")
                    ? new ApiMemberType("pyspark.sql.functions", "udf") : new ModuleType(qualname));
            return Eval.of(type);
        }
        return Eval.symbolic(UnknownType.UNKNOWN, SYMBOLIC.getOrDefault(name, name));
    }
}
