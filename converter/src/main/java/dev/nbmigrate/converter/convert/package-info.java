/**
 * The convert and check commands' batch logic: runs translate, render and write for each notebook of a batch, and
 * checks that a committed output folder is what the current converter makes.
 *
 * <p>{@link dev.nbmigrate.converter.convert.Conversion} converts notebooks one at a time (a
 * {@link dev.nbmigrate.converter.translate.NotebookTranslator} gives the {@link dev.nbmigrate.converter.model.JobModel},
 * {@link dev.nbmigrate.converter.render.ModuleRenderer} the files, {@link dev.nbmigrate.converter.write.ModuleWriter}
 * writes them atomically) and then regenerates the output folder's {@code pom.xml}; a bad notebook stops only itself,
 * a broken template stops the batch. Each notebook ends as a {@link dev.nbmigrate.converter.convert.NotebookResult}.
 * {@link dev.nbmigrate.converter.convert.RunLibraries} finds the notebooks that others include with {@code %run},
 * which become part of those jobs rather than jobs of their own. {@link dev.nbmigrate.converter.convert.OutputCheck}
 * is {@code nbmigrate check}: it regenerates every module from the notebook its {@code migration.json} names into a
 * scratch folder and prints a unified diff of anything that differs. {@link dev.nbmigrate.converter.convert.ProjectPaths}
 * resolves paths against the project root.
 */
package dev.nbmigrate.converter.convert;
