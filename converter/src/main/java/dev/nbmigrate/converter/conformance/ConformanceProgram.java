package dev.nbmigrate.converter.conformance;

import org.apache.spark.sql.SparkSession;

/**
 * What a corpus record is translated into: one class whose {@code run} executes the record's examples in order,
 * calling {@link ExampleOutput#example(int)} before each example's statements so that what they print is
 * attributed to that example.
 */
public interface ConformanceProgram {

    void run(SparkSession spark, ExampleOutput out) throws Exception;
}
