package dev.nbmigrate.converter.parse.python.ast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/** Tree utilities over {@link PyNode}s that need no visitor. */
public final class PyNodes {

    private PyNodes() {
    }

    /** The node and all its descendants in pre-order (source order); iterative, so any depth is safe. */
    public static List<PyNode> walk(PyNode root) {
        List<PyNode> out = new ArrayList<>();
        Deque<PyNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            PyNode node = stack.pop();
            out.add(node);
            List<PyNode> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** All nodes of the given type in the tree, in source order. */
    public static <T extends PyNode> List<T> findAll(PyNode root, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (PyNode node : walk(root)) {
            if (type.isInstance(node)) {
                out.add(type.cast(node));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The depth of the tree: 1 for a leaf. Iterative. */
    public static int depth(PyNode root) {
        int max = 0;
        Deque<PyNode> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(1);
        while (!nodes.isEmpty()) {
            PyNode node = nodes.pop();
            int depth = depths.pop();
            max = Math.max(max, depth);
            for (PyNode child : node.children()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return max;
    }

    /**
     * The dotted name an expression spells, e.g. {@code "F.col"} for {@code F.col} or {@code "spark.read"}; null
     * when it is not a chain of attributes on a name.
     */
    public static String dottedName(PyExpr expr) {
        if (expr instanceof PyExpr.Name name) {
            return name.id();
        }
        if (expr instanceof PyExpr.Attribute attribute) {
            String base = dottedName(attribute.value());
            return base == null ? null : base + "." + attribute.attr();
        }
        return null;
    }
}
