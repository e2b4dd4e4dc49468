/**
 * The write stage: a rendered module to its folder under the output folder, atomically.
 *
 * <p>{@link dev.nbmigrate.converter.write.GeneratedModule} is a module's name and files (paths checked so nothing
 * escapes the output folder); {@link dev.nbmigrate.converter.write.ModuleWriter} writes all files to a temporary folder
 * beside the target and replaces the previous module in one rename, so a failure never leaves a half-written module.
 * {@link dev.nbmigrate.converter.write.ModuleVersion} decides the module's version: {@code 1.0.0} for a new module, the
 * patch raised only when the content hash recorded in the previous {@code migration.json} changes.
 */
package dev.nbmigrate.converter.write;
