package dev.nbmigrate.converter.cells;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Livy session settings of a {@code %%configure} cell (Livy's {@code POST /sessions} body), typed. Settings
 * Livy does not define are kept as JSON text in {@link #other}.
 *
 * @param driverMemory             e.g. {@code 4g}
 * @param driverCores              driver cores
 * @param executorMemory           e.g. {@code 8g}
 * @param executorCores            cores per executor
 * @param numExecutors             number of executors
 * @param conf                     Spark configuration ({@code spark.*} keys), values as text, sorted by key
 * @param jars                     jars for the session
 * @param pyFiles                  Python files for the session
 * @param files                    files for the session
 * @param archives                 archives for the session
 * @param queue                    the YARN queue
 * @param name                     the session's name
 * @param proxyUser                the user to impersonate
 * @param kind                     the session kind ({@code pyspark}, {@code spark}...), if overridden
 * @param heartbeatTimeoutInSecond the session's heartbeat timeout
 * @param other                    any other keys, as compact JSON, sorted by key
 */
public record LivySessionConfig(Optional<String> driverMemory, Optional<Integer> driverCores,
                                Optional<String> executorMemory, Optional<Integer> executorCores,
                                Optional<Integer> numExecutors, SortedMap<String, String> conf, List<String> jars,
                                List<String> pyFiles, List<String> files, List<String> archives,
                                Optional<String> queue, Optional<String> name, Optional<String> proxyUser,
                                Optional<String> kind, Optional<Integer> heartbeatTimeoutInSecond,
                                SortedMap<String, String> other) {

    public LivySessionConfig {
        Objects.requireNonNull(driverMemory, "driverMemory");
        Objects.requireNonNull(driverCores, "driverCores");
        Objects.requireNonNull(executorMemory, "executorMemory");
        Objects.requireNonNull(executorCores, "executorCores");
        Objects.requireNonNull(numExecutors, "numExecutors");
        conf = Collections.unmodifiableSortedMap(new TreeMap<>(conf));
        jars = List.copyOf(jars);
        pyFiles = List.copyOf(pyFiles);
        files = List.copyOf(files);
        archives = List.copyOf(archives);
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(proxyUser, "proxyUser");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heartbeatTimeoutInSecond, "heartbeatTimeoutInSecond");
        other = Collections.unmodifiableSortedMap(new TreeMap<>(other));
    }
}
