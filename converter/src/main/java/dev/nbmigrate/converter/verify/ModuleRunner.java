package dev.nbmigrate.converter.verify;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * Runs one generated job on local Spark through Maven: builds the module and what it needs (the runtime) from the
 * project root, tests skipped, and runs the job's main class in the {@code run-job} profile of the generated
 * aggregator, where lake locations map to the module's {@code target/local-lake} (a copy of its test fixtures) and
 * the JVM gets the flags Spark needs on Java 17 ({@code spark.jvm.opens}).
 */
public final class ModuleRunner {

    /** The profile of {@code generated/pom.xml} that runs a job. */
    public static final String PROFILE = "run-job";

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
     * runs its job with {@code jobArgs}; every line Maven and the job print goes to {@code output}.
     *
     * @param profiles    further Maven profiles, e.g. {@code spark-3.5} for a Databricks 16.4 module
     * @param environment variables added to Maven's (and so the job's) environment, e.g. {@code NBM_SECRET_*}
     * @return Maven's exit code: 0 when the job ran and succeeded
     */
    public int run(String modulePath, List<String> jobArgs, List<String> profiles, boolean offline,
            Map<String, String> environment, Consumer<String> output) throws IOException {
        List<String> allProfiles = new ArrayList<>(profiles);
        allProfiles.add(PROFILE);
        Properties properties = new Properties();
        properties.setProperty("skipTests", "true");
        properties.setProperty("job.args", commandLine(jobArgs));
        InvocationRequest request = new DefaultInvocationRequest()
                .setBaseDirectory(projectRoot.toFile())
                .setPomFile(projectRoot.resolve("pom.xml").toFile())
                .setGoals(List.of("verify"))
                .setProjects(List.of(modulePath))
                .setAlsoMake(true)
                .setProfiles(allProfiles)
                .setProperties(properties)
                .setBatchMode(true)
                .setQuiet(true)
                .setOffline(offline)
                .setOutputHandler(output::accept)
                .setErrorHandler(output::accept);
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

    /**
     * The job arguments as one command line for the exec plugin, which splits on spaces and honours quotes: an
     * argument with a space or a quote is quoted with the quote it does not contain.
     *
     * @throws IllegalArgumentException for an argument holding both kinds of quote
     */
    static String commandLine(List<String> args) {
        List<String> quoted = new ArrayList<>();
        for (String arg : args) {
            boolean plain = !arg.isEmpty() && arg.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'');
            if (plain) {
                quoted.add(arg);
            } else if (arg.indexOf('"') < 0) {
                quoted.add('"' + arg + '"');
            } else if (arg.indexOf('\'') < 0) {
                quoted.add('\'' + arg + '\'');
            } else {
                throw new IllegalArgumentException("job argument " + arg + " holds both kinds of quote; pass it in a"
                        + " config file (--config FILE) instead");
            }
        }
        return String.join(" ", quoted);
    }
}
