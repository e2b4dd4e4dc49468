/**
 * What generated code needs beside Spark's Java RDD API to behave as PySpark's RDD API does: Python's ordering of
 * values ({@link dev.nbmigrate.runtime.rdd.PyOrder}, for {@code sorted}, {@code top}, {@code sortBy} and
 * {@code key=} arguments), pairs that sort as Python tuples ({@link dev.nbmigrate.runtime.rdd.PyTuple2}) and the
 * collecting of pair RDDs into Python-like lists and dicts ({@link dev.nbmigrate.runtime.rdd.PyRdds}). Called from
 * generated code only.
 */
package dev.nbmigrate.runtime.rdd;
