/**
 * The read stage: a notebook file to an immutable {@link dev.nbmigrate.converter.read.Notebook}.
 *
 * <p>Entry point: {@link dev.nbmigrate.converter.read.NotebookReader#read(java.nio.file.Path)}. Accepted formats
 * (decided by content): Jupyter nbformat 4 and 3, Databricks source exports, Zeppelin notes ({@code note.json},
 * {@code .zpln}). The reader decides the kernel, language and Python version ({@link
 * dev.nbmigrate.converter.read.Kernel}), keeps outputs small (binary payloads are measured, never loaded), maps every
 * cell line back to its file line ({@link dev.nbmigrate.converter.read.LineMap}) and reports readable-but-odd input
 * as {@code NBM0xx} diagnostics. Unreadable input throws {@link dev.nbmigrate.converter.read.NotebookReadException}.
 */
package dev.nbmigrate.converter.read;
