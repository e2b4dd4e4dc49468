package dev.nbmigrate.converter.portfolio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;

/**
 * The portfolio's dependency graph: a job that writes data runs before every job that reads it. Data is matched by
 * its {@linkplain #key normalised location} (table names case-insensitively, paths without a trailing slash). A job
 * that reads what it writes itself depends on nothing for it.
 *
 * <p>Findings: data written by more than one job (NBM320; readers depend on every writer); jobs that depend on each
 * other in a cycle (NBM321; the edges inside the cycle are left out, so {@link #dependencies} always describes an
 * acyclic graph that a multi-task job or a Data Factory pipeline accepts).
 */
public final class LineageGraph {

    /**
     * A job of the graph.
     *
     * @param name   the job (module) name
     * @param source where findings about it point (its notebook)
     * @param reads  what it reads, as written in the job
     * @param writes what it writes
     */
    public record Node(String name, String source, List<String> reads, List<String> writes) {
    }

    /**
     * An edge: {@code from} runs before {@code to} because {@code to} reads {@code data} that {@code from} writes.
     */
    public record Edge(String from, String to, List<String> data) {
    }

    private final List<String> order;
    private final SortedMap<String, SortedSet<String>> dependencies;
    private final List<Edge> edges;
    private final List<Diagnostic> findings;

    private LineageGraph(List<String> order, SortedMap<String, SortedSet<String>> dependencies, List<Edge> edges,
            List<Diagnostic> findings) {
        this.order = order;
        this.dependencies = dependencies;
        this.edges = edges;
        this.findings = findings;
    }

    /** The key data is matched by: a table name lower case, a path without trailing slashes. */
    public static String key(String location) {
        String trimmed = location.strip();
        if (!trimmed.contains("/") && !trimmed.contains(":")) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        String path = trimmed;
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    /** Builds the graph of {@code nodes} (any order; names unique). */
    public static LineageGraph of(List<Node> nodes) {
        Map<String, Node> byName = new TreeMap<>();
        nodes.forEach(n -> byName.put(n.name(), n));
        SortedMap<String, SortedSet<String>> writers = new TreeMap<>();
        Map<String, String> shown = new HashMap<>();
        for (Node node : byName.values()) {
            for (String written : node.writes()) {
                writers.computeIfAbsent(key(written), k -> new TreeSet<>()).add(node.name());
                shown.putIfAbsent(key(written), written);
            }
        }
        List<Diagnostic> findings = new ArrayList<>();
        writers.forEach((data, jobs) -> {
            if (jobs.size() > 1) {
                for (String job : jobs) {
                    findings.add(Diagnostic.of(Code.NBM320, Location.ofNotebook(byName.get(job).source()),
                            "'" + shown.get(data) + "' is written by jobs " + String.join(", ", jobs)
                                    + "; the jobs reading it run after all of them, in no set order among them"));
                }
            }
        });
        SortedMap<String, SortedMap<String, SortedSet<String>>> edgeData = new TreeMap<>();
        for (Node reader : byName.values()) {
            for (String read : reader.reads()) {
                for (String writer : writers.getOrDefault(key(read), Collections.emptySortedSet())) {
                    if (!writer.equals(reader.name())) {
                        edgeData.computeIfAbsent(writer, w -> new TreeMap<>())
                                .computeIfAbsent(reader.name(), r -> new TreeSet<>()).add(shown.get(key(read)));
                    }
                }
            }
        }
        List<SortedSet<String>> cycles = Cycles.find(byName.keySet(), edgeData);
        Map<String, Integer> component = new HashMap<>();
        for (int i = 0; i < cycles.size(); i++) {
            for (String job : cycles.get(i)) {
                component.put(job, i);
                findings.add(Diagnostic.of(Code.NBM321, Location.ofNotebook(byName.get(job).source()),
                        "job " + job + " is in a cycle of jobs that read each other's output: "
                                + String.join(", ", cycles.get(i))));
            }
        }
        List<Edge> edges = new ArrayList<>();
        SortedMap<String, SortedSet<String>> dependencies = new TreeMap<>();
        byName.keySet().forEach(name -> dependencies.put(name, new TreeSet<>()));
        edgeData.forEach((from, targets) -> targets.forEach((to, data) -> {
            Integer a = component.get(from);
            if (a != null && a.equals(component.get(to))) {
                return;
            }
            edges.add(new Edge(from, to, List.copyOf(data)));
            dependencies.get(to).add(from);
        }));
        return new LineageGraph(order(dependencies), unmodifiable(dependencies), List.copyOf(edges),
                List.copyOf(findings));
    }

    /** Kahn's order, taking the alphabetically first ready job each time: stable for the same graph. */
    private static List<String> order(SortedMap<String, SortedSet<String>> dependencies) {
        Map<String, Integer> waiting = new LinkedHashMap<>();
        dependencies.forEach((job, deps) -> waiting.put(job, deps.size()));
        TreeSet<String> ready = new TreeSet<>();
        waiting.forEach((job, count) -> {
            if (count == 0) {
                ready.add(job);
            }
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String job = ready.pollFirst();
            order.add(job);
            dependencies.forEach((other, deps) -> {
                if (deps.contains(job) && waiting.merge(other, -1, Integer::sum) == 0) {
                    ready.add(other);
                }
            });
        }
        return List.copyOf(order);
    }

    private static SortedMap<String, SortedSet<String>> unmodifiable(SortedMap<String, SortedSet<String>> map) {
        SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
        map.forEach((k, v) -> copy.put(k, Collections.unmodifiableSortedSet(new TreeSet<>(v))));
        return Collections.unmodifiableSortedMap(copy);
    }

    /** Every job in an order that runs each after the jobs it depends on (ties alphabetical). */
    public List<String> order() {
        return order;
    }

    /** The jobs each job depends on, by job; every job is a key. */
    public SortedMap<String, SortedSet<String>> dependencies() {
        return dependencies;
    }

    /** The edges kept (those inside cycles are left out), sorted by writer then reader. */
    public List<Edge> edges() {
        return edges;
    }

    /** NBM320 and NBM321 findings, one per job concerned. */
    public List<Diagnostic> findings() {
        return findings;
    }

    /** The depth of each job: 0 for a job that depends on nothing, else one more than its deepest dependency. */
    public Map<String, Integer> depths() {
        Map<String, Integer> depths = new TreeMap<>();
        for (String job : order) {
            int depth = dependencies.get(job).stream().mapToInt(d -> depths.get(d) + 1).max().orElse(0);
            depths.put(job, depth);
        }
        return depths;
    }

    /** Jobs on no edge at all. */
    public Set<String> isolated() {
        Set<String> linked = new TreeSet<>();
        edges.forEach(e -> {
            linked.add(e.from());
            linked.add(e.to());
        });
        Set<String> alone = new TreeSet<>(dependencies.keySet());
        alone.removeAll(linked);
        return alone;
    }
}
