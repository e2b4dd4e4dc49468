/**
 * The type lattice: the types the analyser and the translator infer for Python expressions, rich enough to choose
 * Spark Java overloads and to declare Java variables.
 *
 * <p>{@link dev.nbmigrate.converter.types.PyType} is the closed set: scalars, Spark API objects
 * ({@link dev.nbmigrate.converter.types.SparkObject}), SQL data types, ML objects, containers, nullable values,
 * functions, modules, classes, pandas objects and {@link dev.nbmigrate.converter.types.UnknownType} at the top.
 * {@link dev.nbmigrate.converter.types.PyTypes} joins types and parses their display form (used by the API table's
 * {@code returns} column); {@link dev.nbmigrate.converter.types.JavaTypes} gives the Java type each is declared with in
 * generated code ({@link dev.nbmigrate.converter.types.JavaTypeRef}). Pure values, shared by
 * {@link dev.nbmigrate.converter.api}, {@link dev.nbmigrate.converter.analyze} and {@link dev.nbmigrate.converter.translate}.
 */
package dev.nbmigrate.converter.types;
