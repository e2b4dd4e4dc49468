package dev.nbmigrate.converter.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

/**
 * Runs one nbmigrate command line in a new JVM like this one (same Java, class path, heap and module flags) through
 * {@link StartupProbe}, and gives the CPU seconds that whole process used: what a user pays for start-up.
 */
public final class ChildJvm {

    private static final long LIMIT_SECONDS = 600;
    /**
     * The flags of this JVM that shape start-up, as the launcher sets them: heap, JIT, collector, module access, the
     * class-data sharing archive and its log switches. A test runner's agents and debug flags do not belong.
     */
    static final List<String> STARTUP_FLAGS = List.of("-Xmx", "-Xms", "--add-", "-XX:TieredStopAtLevel=",
            "-XX:+UseSerialGC", "-XX:+UseParallelGC", "-XX:+UseG1GC", "-XX:SharedArchiveFile=", "-Xlog:cds");

    /** The CPU seconds of a fresh JVM running {@code nbmigrate ARGS}; empty (reason in {@code why}) if it failed. */
    public OptionalDouble cpuSeconds(List<String> args, StringBuilder why) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (STARTUP_FLAGS.stream().anyMatch(flag::startsWith)) {
                command.add(flag);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StartupProbe.class.getName());
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                why.append("the probe JVM took longer than ").append(LIMIT_SECONDS).append(" s");
                return OptionalDouble.empty();
            }
            String[] lines = output.split("\\R");
            String[] last = lines[lines.length - 1].trim().split(" ");
            if (process.exitValue() != 0 || last.length != 2) {
                why.append("the probe JVM failed (exit ").append(process.exitValue()).append(")");
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(Long.parseLong(last[0]) / 1e9);
        } catch (IOException | NumberFormatException e) {
            why.append("cannot run a probe JVM: ").append(e.getMessage());
            return OptionalDouble.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            why.append("interrupted");
            return OptionalDouble.empty();
        }
    }
}
