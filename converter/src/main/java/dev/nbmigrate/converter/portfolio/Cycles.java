package dev.nbmigrate.converter.portfolio;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The cycles of a directed graph: its strongly connected components of more than one node (Tarjan's algorithm),
 * each sorted, in the order of their first node.
 */
final class Cycles {

    private Cycles() {
    }

    /** @param edges targets by source (the values' keys are the targets) */
    static List<SortedSet<String>> find(Collection<String> nodes, SortedMap<String, ? extends Map<String, ?>> edges) {
        Tarjan tarjan = new Tarjan(edges);
        for (String node : new TreeSet<>(nodes)) {
            if (!tarjan.index.containsKey(node)) {
                tarjan.visit(node);
            }
        }
        List<SortedSet<String>> cycles = new ArrayList<>(tarjan.components);
        cycles.sort((a, b) -> a.first().compareTo(b.first()));
        return List.copyOf(cycles);
    }

    private static final class Tarjan {
        private final SortedMap<String, ? extends Map<String, ?>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<SortedSet<String>> components = new ArrayList<>();

        Tarjan(SortedMap<String, ? extends Map<String, ?>> edges) {
            this.edges = edges;
        }

        void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.push(node);
            onStack.add(node);
            Map<String, ?> targets = edges.get(node);
            for (String next : targets == null ? Set.<String>of() : new TreeSet<>(targets.keySet())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                SortedSet<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(node));
                if (component.size() > 1) {
                    components.add(component);
                }
            }
        }
    }
}
