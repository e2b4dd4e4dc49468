/**
 * Reconciliation: proving a migration against the notebook itself. The legacy notebook runs under a real PySpark
 * (a Python harness kept as a resource of this package, {@code harness.py}) and the generated job runs on local
 * Spark with capture on; both write what they wrote and displayed as JSON in one capture format, which this package
 * compares and reports.
 *
 * <p>Entry classes: {@link dev.nbmigrate.converter.reconcile.ResultComparator} compares two
 * {@link dev.nbmigrate.converter.reconcile.Captured} results by the rules of
 * {@link dev.nbmigrate.converter.reconcile.Values} and {@link dev.nbmigrate.converter.reconcile.Tolerance}.
 */
package dev.nbmigrate.converter.reconcile;
