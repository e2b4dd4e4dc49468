package dev.nbmigrate.converter.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * This JVM's cost so far: CPU time of all its threads (compiler and garbage collector included) and peak resident
 * memory.
 */
public final class ProcessCost {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessCost() {
    }

    /** CPU nanoseconds this process has used, user and system, all threads. */
    public static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            if (nanos >= 0) {
                return nanos;
            }
        }
        // Without the process figure, the sum of the live threads' CPU is the nearest (finished threads are lost).
        var threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }

    /** Peak resident memory in bytes ({@code VmHWM} of {@code /proc/self/status}), when the system tells it. */
    public static OptionalLong peakResidentBytes() {
        try {
            return parsePeakResident(Files.readString(STATUS));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The {@code VmHWM} line of a {@code /proc/PID/status} text, in bytes. */
    static OptionalLong parsePeakResident(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmHWM:")) {
                String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
                return OptionalLong.of(Long.parseLong(parts[0]) * 1024L);
            }
        }
        return OptionalLong.empty();
    }
}
