/**
 * The analyse stage: a {@link dev.nbmigrate.converter.cells.ClassifiedNotebook} to a
 * {@link dev.nbmigrate.converter.analyze.Program}.
 *
 * <p>Entry point: {@link dev.nbmigrate.converter.analyze.Analyzer#analyze}. The analyser parses every code cell,
 * runs the cells top to bottom over an abstract interpretation (a type over the lattice of
 * {@link dev.nbmigrate.converter.types.PyType} for every expression, constants folded where the pieces are known,
 * reader/writer builder chains, the notebook's own functions followed at their call sites) and records what
 * translation and assessment need: symbols per cell, PySpark API references classified by
 * {@link dev.nbmigrate.converter.api.ApiCatalog}, parameters, lineage, hard-coded secrets (never their values),
 * exploration-only statements, {@code %run} dependencies, SQL, readiness, and diagnostics ({@code NBM3xx} semantic
 * hazards, {@code NBM4xx} secrets, and the API's {@code NBM2xx}).
 */
package dev.nbmigrate.converter.analyze;
