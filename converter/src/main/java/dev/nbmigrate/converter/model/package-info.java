/**
 * The job model: what translation produces for one notebook and what rendering turns into a module's files
 * (DESIGN section 1, "JobModel"). Immutable records, with no Spark, Python or template types in them.
 */
package dev.nbmigrate.converter.model;
