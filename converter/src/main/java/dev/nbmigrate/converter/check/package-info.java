/**
 * Checks of generated Java before anything is written: a JavaParser syntax check and the imports a unit really uses
 * ({@link dev.nbmigrate.converter.check.JavaUnits}), compilation in memory with javac against the converter's own
 * class path ({@link dev.nbmigrate.converter.check.InMemoryCompiler}, giving a
 * {@link dev.nbmigrate.converter.check.CompileResult}), and the map from lines of a generated job class back to
 * notebook cells ({@link dev.nbmigrate.converter.check.CellMap}), which points a compile error at its cell and is
 * recorded in {@code migration.json}.
 *
 * <p>Used by the render stage ({@link dev.nbmigrate.converter.render.ModuleRenderer}) and by the conformance runner.
 * Nothing here touches the disk. (The {@code nbmigrate check} command, which keeps {@code generated/} current, is
 * {@link dev.nbmigrate.converter.convert.OutputCheck}, not this package.)
 */
package dev.nbmigrate.converter.check;
