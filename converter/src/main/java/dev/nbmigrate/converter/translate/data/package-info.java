/**
 * Python data known at conversion time, for the translate stage: {@code spark.createDataFrame} data and
 * {@code pyspark.sql.types} schemas written as Java.
 *
 * <p>{@link dev.nbmigrate.converter.translate.data.PyValueFolder} folds a Python expression into a
 * {@link dev.nbmigrate.converter.translate.data.PyValue} when its value is known without running it;
 * {@link dev.nbmigrate.converter.translate.data.DataTypeFolder} folds a {@code pyspark.sql.types} expression into the
 * Spark {@code DataType} it builds; {@link dev.nbmigrate.converter.translate.data.SchemaInference} infers a schema from
 * data as PySpark does; {@link dev.nbmigrate.converter.translate.data.JavaValueRenderer} writes a value as the Java
 * expression Spark expects for a column of a given type, refusing what PySpark's schema verification would refuse.
 */
package dev.nbmigrate.converter.translate.data;
