package dev.nbmigrate.converter.verify;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.maven.shared.invoker.DefaultInvocationRequest;
import org.apache.maven.shared.invoker.DefaultInvoker;
import org.apache.maven.shared.invoker.InvocationRequest;
import org.apache.maven.shared.invoker.InvocationResult;
import org.apache.maven.shared.invoker.MavenInvocationException;

import dev.nbmigrate.converter.write.ModuleWriter;

/**
 * Runs one generated job on local Spark: Maven builds the module and what it needs (the runtime) from the project
 * root, tests skipped, in the {@code run-job} profile of the generated aggregator, which copies the module's test
 * fixtures to {@code target/local-lake} and writes the job's class path to {@code target/run-job.classpath}; then the
 * job's JVM is started here, with the flags Spark needs on Java 17 ({@code spark.jvm.opens} of the project pom), so
 * that its exit code (2 for refused options) and its own messages reach the user as they are, without Maven's.
 */
public final class ModuleRunner {

    /** The profile of {@code generated/pom.xml} that readies a job to run. */
    public static final String PROFILE = "run-job";
    /**
     * The module path of a module that is a project of its own (its folder is the project root given, e.g. a module
     * converted with {@code --out} outside the checkout): built alone with its own wrapper.
     */
    public static final String STANDALONE = ".";

    private final Path projectRoot;
    private final File mavenExecutable;

    /** @param projectRoot the folder holding the aggregator pom and {@code mvnw} */
    public ModuleRunner(Path projectRoot) throws IOException {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        Path wrapper = this.projectRoot.resolve("mvnw");
        if (!Files.isExecutable(wrapper)) {
            throw new IOException("no executable Maven wrapper at " + wrapper);
        }
        this.mavenExecutable = wrapper.toFile();
    }

    /**
     * Builds module {@code modulePath} (relative to the project root, e.g. {@code generated/daily-covers-sales}) and
     * runs its job with {@code jobArgs} in {@code workingDir}; every line Maven and the job print goes to
     * {@code output}. The module's {@code target/spark-warehouse} starts empty: the local catalog lives only as long
     * as the job's JVM, so tables of an earlier run could only collide with this run's.
     *
     * @param profiles    further Maven profiles, e.g. {@code spark-3.5} for a Databricks 16.4 module
     * @param environment variables added to Maven's and the job's environment, e.g. {@code NBM_SECRET_*}
     */
    public RunOutcome run(String modulePath, List<String> jobArgs, List<String> profiles, boolean offline,
            Map<String, String> environment, Path workingDir, Consumer<String> output)
            throws IOException, InterruptedException {
        return run(modulePath, List.of(), jobArgs, profiles, offline, environment, workingDir, output);
    }

    /**
     * As {@link #run(String, List, List, boolean, Map, Path, Consumer)}, with {@code jvmOptions} (e.g. system
     * properties) given to the job's JVM before its class.
     */
    public RunOutcome run(String modulePath, List<String> jvmOptions, List<String> jobArgs, List<String> profiles,
            boolean offline, Map<String, String> environment, Path workingDir, Consumer<String> output)
            throws IOException, InterruptedException {
        int built = build(modulePath, profiles, offline, environment, output);
        if (built != 0) {
            return new RunOutcome(RunOutcome.Stage.BUILD, built);
        }
        return runBuilt(modulePath, jvmOptions, jobArgs, environment, workingDir, output);
    }

    /**
     * Runs the job of a module already built with the {@value #PROFILE} profile (its {@code target/classes} and
     * {@code target/run-job.classpath} are there, e.g. from one reactor build of many modules), as
     * {@link #run(String, List, List, List, boolean, Map, Path, Consumer)} does after its build.
     */
    public RunOutcome runBuilt(String modulePath, List<String> jvmOptions, List<String> jobArgs,
            Map<String, String> environment, Path workingDir, Consumer<String> output)
            throws IOException, InterruptedException {
        Path module = projectRoot.resolve(modulePath).normalize();
        Path target = module.resolve("target");
        Path warehouse = target.resolve("spark-warehouse");
        ModuleWriter.deleteRecursively(warehouse);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String opens = PomProperties.read(projectRoot.resolve("pom.xml"), "spark.jvm.opens").orElse("");
        Arrays.stream(opens.split("\\s+")).filter(flag -> !flag.isEmpty()).forEach(command::add);
        command.add("-Dspark.ui.enabled=false");
        command.add("-Dspark.sql.warehouse.dir=" + warehouse);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, target.resolve("test-classes").toString(),
                target.resolve("classes").toString(), Files.readString(target.resolve("run-job.classpath")).strip()));
        command.add(PomProperties.read(module.resolve("pom.xml"), "job.run-class").orElseThrow(
                () -> new IOException(module.resolve("pom.xml") + " names no job.run-class")));
        command.addAll(jobArgs);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true);
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("NBM_LOCAL_ROOT", target.resolve("local-lake").toString());
        builder.environment().putAll(new TreeMap<>(environment));
        Process job = builder.start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(job.getInputStream(),
                StandardCharsets.UTF_8))) {
            lines.lines().forEach(output);
        } finally {
            job.getOutputStream().close();
        }
        return new RunOutcome(RunOutcome.Stage.JOB, job.waitFor());
    }

    private int build(String modulePath, List<String> profiles, boolean offline, Map<String, String> environment,
            Consumer<String> output) throws IOException {
        List<String> allProfiles = new ArrayList<>(profiles);
        allProfiles.add(PROFILE);
        Properties properties = new Properties();
        properties.setProperty("skipTests", "true");
        properties.setProperty("nbmigrate.run.exec.skip", "true");
        TargetProperty.add(properties, profiles);
        InvocationRequest request = new DefaultInvocationRequest()
                .setBaseDirectory(projectRoot.toFile())
                .setPomFile(projectRoot.resolve("pom.xml").toFile())
                .setGoals(List.of("verify"))
                .setProfiles(allProfiles)
                .setProperties(properties)
                .setBatchMode(true)
                .setQuiet(true)
                .setOffline(offline)
                .setOutputHandler(output::accept)
                .setErrorHandler(output::accept);
        if (!modulePath.equals(STANDALONE)) {
            request.setProjects(List.of(modulePath)).setAlsoMake(true);
        }
        request.setMavenExecutable(mavenExecutable);
        new TreeMap<>(environment).forEach(request::addShellEnvironment);
        try {
            InvocationResult result = new DefaultInvoker().execute(request);
            if (result.getExecutionException() != null) {
                throw new IOException("Maven failed to run: " + result.getExecutionException().getMessage(),
                        result.getExecutionException());
            }
            return result.getExitCode();
        } catch (MavenInvocationException e) {
            throw new IOException("could not start Maven (" + mavenExecutable + "): " + e.getMessage(), e);
        }
    }
}
