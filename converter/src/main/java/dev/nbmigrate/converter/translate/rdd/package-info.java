/**
 * PySpark's RDD API translated to Spark's Java RDD API: {@link dev.nbmigrate.converter.translate.rdd.RddCalls}
 * holds the table of RDD and SparkContext members and what each becomes ({@code JavaRDD}, {@code JavaPairRDD},
 * {@code Tuple2}), and the element types followed through them; {@code RddFunctions} turns the lambdas, defs and
 * builtins passed to them into typed Java lambdas. Called by the expression translator for receivers of type
 * {@link dev.nbmigrate.converter.types.RddType} and for the SparkContext members that make RDDs.
 */
package dev.nbmigrate.converter.translate.rdd;
