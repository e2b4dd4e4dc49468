/**
 * The classify stage: a {@link dev.nbmigrate.converter.read.Notebook} to a
 * {@link dev.nbmigrate.converter.cells.ClassifiedNotebook}.
 *
 * <p>Entry point: {@link dev.nbmigrate.converter.cells.CellClassifier#classify}. Each cell gets a
 * {@link dev.nbmigrate.converter.cells.CellKind}, a language, the context it ran in, its cell magic as a typed
 * record ({@link dev.nbmigrate.converter.cells.CellMagic}: sparkmagic, IPython, Databricks, Synapse and Zeppelin
 * syntaxes share one model), its IPython line magics and shell escapes ({@link
 * dev.nbmigrate.converter.cells.LineMagic}), and its code with those taken out, line-aligned with the cell
 * ({@link dev.nbmigrate.converter.cells.CellCode}). Bad magic options are {@code NBM0xx} diagnostics, never
 * exceptions.
 */
package dev.nbmigrate.converter.cells;
