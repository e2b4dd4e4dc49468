/**
 * The job model: what translation produces for one notebook and what rendering turns into a module's files (the
 * hand-over between the translate and render stages, see {@code docs/architecture.md}). Immutable records, with no
 * Spark, Python or template types in them.
 */
package dev.nbmigrate.converter.model;
