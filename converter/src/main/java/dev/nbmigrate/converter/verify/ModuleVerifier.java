package dev.nbmigrate.converter.verify;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import dev.nbmigrate.converter.progress.ProgressListener;
import org.apache.maven.shared.invoker.DefaultInvocationRequest;
import org.apache.maven.shared.invoker.DefaultInvoker;
import org.apache.maven.shared.invoker.InvocationRequest;
import org.apache.maven.shared.invoker.InvocationResult;
import org.apache.maven.shared.invoker.MavenInvocationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds and tests generated modules with Maven Invoker in ONE reactor run (not one Maven process per module),
 * from the project root so that the runtime they depend on comes from the same reactor, and reports per module:
 * build outcome, tests and time.
 */
public final class ModuleVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleVerifier.class);

    private final Path projectRoot;
    private final File mavenExecutable;

    /** @param projectRoot the folder holding the aggregator pom and {@code mvnw} */
    public ModuleVerifier(Path projectRoot) throws IOException {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        Path wrapper = this.projectRoot.resolve("mvnw");
        if (!Files.isExecutable(wrapper)) {
            throw new IOException("no executable Maven wrapper at " + wrapper);
        }
        this.mavenExecutable = wrapper.toFile();
    }

    /** The runtime the modules need is built, not tested again: its tests belong to the project's own build. */
    private static Properties runtimeTestsSkipped() {
        Properties properties = new Properties();
        properties.setProperty("nbmigrate.runtime.skipTests", "true");
        return properties;
    }

    /**
     * Runs {@code verify} for the modules (paths relative to the project root, e.g. {@code generated/daily-sales})
     * and the modules they need.
     *
     * @param profiles Maven profiles to activate, e.g. {@code spark-3.5}
     * @param offline whether Maven may not reach the network
     */
    public VerifyResult verify(List<String> modules, List<String> profiles, boolean offline)
            throws IOException {
        return verify(modules, profiles, offline, ProgressListener.NONE);
    }

    /** {@link #verify(List, List, boolean)}, telling {@code progress} of each project Maven builds. */
    public VerifyResult verify(List<String> modules, List<String> profiles, boolean offline,
            ProgressListener progress) throws IOException {
        ReactorSummary summary = new ReactorSummary();
        java.util.ArrayDeque<String> tail = new java.util.ArrayDeque<>();
        InvocationRequest request = new DefaultInvocationRequest()
                .setBaseDirectory(projectRoot.toFile())
                .setPomFile(projectRoot.resolve("pom.xml").toFile())
                .setGoals(List.of("verify"))
                .setProjects(modules)
                .setAlsoMake(true)
                .setProfiles(profiles)
                .setProperties(TargetProperty.add(runtimeTestsSkipped(), profiles))
                .setBatchMode(true)
                .setOffline(offline)
                .setReactorFailureBehavior(InvocationRequest.ReactorFailureBehavior.FailAtEnd)
                .setOutputHandler(line -> {
                    MavenSteps.of(line).ifPresent(step -> progress.started(step.index(), step.count(), step.name()));
                    summary.accept(line);
                    remember(tail, line);
                    LOG.debug("maven: {}", line);
                })
                .setErrorHandler(line -> LOG.warn("maven: {}", line));
        request.setMavenExecutable(mavenExecutable);
        InvocationResult result;
        try {
            result = new DefaultInvoker().execute(request);
        } catch (MavenInvocationException e) {
            throw new IOException("could not start Maven (" + mavenExecutable + "): " + e.getMessage(), e);
        }
        if (result.getExecutionException() != null) {
            throw new IOException("Maven failed to run: " + result.getExecutionException().getMessage(),
                    result.getExecutionException());
        }
        List<ModuleBuild> builds = new ArrayList<>();
        Map<String, ReactorSummary.Entry> entries = summary.entries();
        for (String module : modules) {
            String name = Path.of(module).getFileName().toString();
            ReactorSummary.Entry entry = entries.get(name);
            ModuleBuild.Outcome outcome = entry == null ? ModuleBuild.Outcome.NOT_BUILT : entry.outcome();
            Duration time = entry == null ? Duration.ZERO : entry.time();
            builds.add(new ModuleBuild(name, outcome, SurefireReports.of(projectRoot.resolve(module)), time));
        }
        LOG.info("maven exited with {}", result.getExitCode());
        return new VerifyResult(builds, result.getExitCode(), List.copyOf(tail));
    }

    private static void remember(java.util.ArrayDeque<String> tail, String line) {
        tail.addLast(line);
        if (tail.size() > VerifyResult.TAIL_LINES) {
            tail.removeFirst();
        }
    }

    /** A fixed-width table: module, build, tests, time. */
    public static String table(List<ModuleBuild> builds) {
        int width = Math.max("module".length(), builds.stream().mapToInt(b -> b.module().length()).max().orElse(0));
        StringBuilder out = new StringBuilder(String.format("%-" + width + "s  %-9s  %-32s  %s%n", "module", "build", "tests", "time"));
        for (ModuleBuild build : builds) {
            out.append(String.format(java.util.Locale.ROOT, "%-" + width + "s  %-9s  %-32s  %.1f s%n", build.module(), build.outcome(),
                    build.tests(), build.time().toMillis() / 1000.0));
        }
        return out.toString();
    }
}
