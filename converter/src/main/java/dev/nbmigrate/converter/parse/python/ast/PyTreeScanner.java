package dev.nbmigrate.converter.parse.python.ast;

/**
 * A {@link PyVisitor} that visits every node of a tree in source order: the fallback {@link #visitNode(PyNode)}
 * visits the node's children. Override a {@code visitX} method to act on that node type, and call
 * {@code super.visitX(node)} (or {@link #scanChildren(PyNode)}) to keep descending into it.
 *
 * <p>Recursion depth follows tree depth, which {@link dev.nbmigrate.converter.parse.python.PythonParser#MAX_DEPTH}
 * bounds (1,000 levels), so a scan fits an ordinary thread stack.
 */
public abstract class PyTreeScanner implements PyVisitor<Void> {

    /** Visits {@code node} (and, unless overridden otherwise, its whole subtree). */
    public void scan(PyNode node) {
        if (node != null) {
            node.accept(this);
        }
    }

    /** Visits each of the node's children. */
    protected final void scanChildren(PyNode node) {
        for (PyNode child : node.children()) {
            child.accept(this);
        }
    }

    @Override
    public Void visitNode(PyNode node) {
        scanChildren(node);
        return null;
    }
}
