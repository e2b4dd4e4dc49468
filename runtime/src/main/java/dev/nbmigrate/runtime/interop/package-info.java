/**
 * Helpers that keep generated Java close to the notebook's Python: {@link dev.nbmigrate.runtime.interop.PyLiterals}
 * builds Java values for Python literals the way PySpark hands them to the JVM, {@link dev.nbmigrate.runtime.interop.Scala}
 * converts between Java and Scala collections for the Spark methods that take them, and
 * {@link dev.nbmigrate.runtime.interop.Varargs} turns lists built at run time into the arrays of Spark's varargs
 * methods. Called from generated code only.
 */
package dev.nbmigrate.runtime.interop;
