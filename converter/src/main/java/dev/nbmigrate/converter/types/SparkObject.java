package dev.nbmigrate.converter.types;

import java.util.Arrays;
import java.util.Optional;

/**
 * The PySpark API objects a notebook handles, each with the PySpark class it is, the public Spark Java class it
 * becomes (the one user code compiles against in both Spark 3.5 and 4.0) and the Java type a declaration uses.
 */
public enum SparkObject implements PyType {
    DATAFRAME("DataFrame", "pyspark.sql.DataFrame", "org.apache.spark.sql.Dataset", "Dataset<Row>", true),
    COLUMN("Column", "pyspark.sql.Column", "org.apache.spark.sql.Column", "Column", true),
    GROUPED_DATA("GroupedData", "pyspark.sql.GroupedData", "org.apache.spark.sql.RelationalGroupedDataset",
            "RelationalGroupedDataset", true),
    WINDOW_SPEC("WindowSpec", "pyspark.sql.WindowSpec", "org.apache.spark.sql.expressions.WindowSpec",
            "WindowSpec", true),
    SPARK_SESSION("SparkSession", "pyspark.sql.SparkSession", "org.apache.spark.sql.SparkSession",
            "SparkSession", true),
    SESSION_BUILDER("SparkSession.Builder", "pyspark.sql.SparkSession.Builder",
            "org.apache.spark.sql.SparkSession$Builder", "SparkSession.Builder", true),
    SPARK_CONTEXT("SparkContext", "pyspark.SparkContext", "org.apache.spark.SparkContext", "SparkContext", true),
    SPARK_CONF("SparkConf", "pyspark.SparkConf", "org.apache.spark.SparkConf", "SparkConf", true),
    /** {@code sqlContext}, a {@code HiveContext} on HDInsight. */
    SQL_CONTEXT("SQLContext", "pyspark.sql.SQLContext", "org.apache.spark.sql.SQLContext", "SQLContext", true),
    DATAFRAME_READER("DataFrameReader", "pyspark.sql.DataFrameReader", "org.apache.spark.sql.DataFrameReader",
            "DataFrameReader", true),
    DATAFRAME_WRITER("DataFrameWriter", "pyspark.sql.DataFrameWriter", "org.apache.spark.sql.DataFrameWriter",
            "DataFrameWriter<Row>", true),
    DATAFRAME_WRITER_V2("DataFrameWriterV2", "pyspark.sql.DataFrameWriterV2",
            "org.apache.spark.sql.DataFrameWriterV2", "DataFrameWriterV2<Row>", true),
    NA_FUNCTIONS("DataFrameNaFunctions", "pyspark.sql.DataFrameNaFunctions",
            "org.apache.spark.sql.DataFrameNaFunctions", "DataFrameNaFunctions", true),
    STAT_FUNCTIONS("DataFrameStatFunctions", "pyspark.sql.DataFrameStatFunctions",
            "org.apache.spark.sql.DataFrameStatFunctions", "DataFrameStatFunctions", true),
    CATALOG("Catalog", "pyspark.sql.Catalog", "org.apache.spark.sql.catalog.Catalog", "Catalog", true),
    RUNTIME_CONFIG("RuntimeConfig", "pyspark.sql.RuntimeConfig", "org.apache.spark.sql.RuntimeConfig",
            "RuntimeConfig", true),
    UDF_REGISTRATION("UDFRegistration", "pyspark.sql.UDFRegistration", "org.apache.spark.sql.UDFRegistration",
            "UDFRegistration", true),
    ROW("Row", "pyspark.sql.Row", "org.apache.spark.sql.Row", "Row", true),
    STRUCT_TYPE("StructType", "pyspark.sql.types.StructType", "org.apache.spark.sql.types.StructType",
            "StructType", true),
    STRUCT_FIELD("StructField", "pyspark.sql.types.StructField", "org.apache.spark.sql.types.StructField",
            "StructField", true),
    STORAGE_LEVEL("StorageLevel", "pyspark.StorageLevel", "org.apache.spark.storage.StorageLevel",
            "StorageLevel", true),
    /** Structured Streaming: not translated. */
    DATASTREAM_READER("DataStreamReader", "pyspark.sql.streaming.DataStreamReader",
            "org.apache.spark.sql.streaming.DataStreamReader", "DataStreamReader", false),
    DATASTREAM_WRITER("DataStreamWriter", "pyspark.sql.streaming.DataStreamWriter",
            "org.apache.spark.sql.streaming.DataStreamWriter", "DataStreamWriter<Row>", false),
    STREAMING_QUERY("StreamingQuery", "pyspark.sql.streaming.StreamingQuery",
            "org.apache.spark.sql.streaming.StreamingQuery", "StreamingQuery", false),
    /** A Python RDD: not translated. */
    RDD("RDD", "pyspark.RDD", "org.apache.spark.api.java.JavaRDD", "JavaRDD<Object>", false);

    private final String display;
    private final String pysparkClass;
    private final String javaClass;
    private final String declaration;
    private final boolean supported;

    SparkObject(String display, String pysparkClass, String javaClass, String declaration, boolean supported) {
        this.display = display;
        this.pysparkClass = pysparkClass;
        this.javaClass = javaClass;
        this.declaration = declaration;
        this.supported = supported;
    }

    @Override
    public String display() {
        return display;
    }

    /** The canonical PySpark class name, the owner name the API catalog knows it by. */
    public String pysparkClass() {
        return pysparkClass;
    }

    /** Binary name of the Spark Java class ({@code Class.forName} form, {@code $} for nested classes). */
    public String javaClass() {
        return javaClass;
    }

    /** The Java type a variable of this type is declared with, e.g. {@code Dataset<Row>}. */
    public String declaration() {
        return declaration;
    }

    /** False for the objects nbmigrate does not translate (streaming, RDDs). */
    public boolean supported() {
        return supported;
    }

    /** The object whose PySpark class is {@code pysparkClass}, e.g. {@code pyspark.sql.DataFrame}. */
    public static Optional<SparkObject> byPysparkClass(String pysparkClass) {
        return Arrays.stream(values()).filter(o -> o.pysparkClass.equals(pysparkClass)).findFirst();
    }

    /** The object whose Java class is {@code javaClass} (binary name). */
    public static Optional<SparkObject> byJavaClass(String javaClass) {
        return Arrays.stream(values()).filter(o -> o.javaClass.equals(javaClass)).findFirst();
    }
}
