/**
 * The write stage: a rendered module to its folder under the output folder, atomically.
 *
 * <p>{@link dev.nbmigrate.converter.write.GeneratedModule} is a module's name and files (paths checked so nothing
 * escapes the output folder); {@link dev.nbmigrate.converter.write.ModuleWriter} writes all files to a staging folder
 * beside the target, moves the previous module aside, moves the new one in and deletes the old one; a failure never
 * leaves a half-written module, and after a killed run its recovery puts back the old module or completes the swap.
 * {@link dev.nbmigrate.converter.write.ModuleVersion} decides the module's version: {@code 1.0.0} for a new module, the
 * patch raised only when the content hash recorded in the previous {@code migration.json} changes.
 */
package dev.nbmigrate.converter.write;
