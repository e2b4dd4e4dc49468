/**
 * {@code nbmigrate verify} and {@code nbmigrate run}: builds, tests and runs generated modules with Maven, after they
 * are written.
 *
 * <p>{@link dev.nbmigrate.converter.verify.ModuleVerifier} builds and tests the requested modules in one Maven reactor
 * run (Maven Invoker, from the project root, so the runtime comes from the same reactor) and reads the reactor summary
 * and Surefire reports into a {@link dev.nbmigrate.converter.verify.VerifyResult} with one
 * {@link dev.nbmigrate.converter.verify.ModuleBuild} row per module. {@link dev.nbmigrate.converter.verify.ModuleRunner}
 * builds one module and runs its job on local Spark in its own JVM, giving a
 * {@link dev.nbmigrate.converter.verify.RunOutcome} with the job's own exit code.
 */
package dev.nbmigrate.converter.verify;
