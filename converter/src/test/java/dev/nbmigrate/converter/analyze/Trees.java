package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyNodes;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;

import java.util.List;

/** Finding nodes in a {@link Program}'s trees for assertions. */
final class Trees {

    private Trees() {
    }

    /** The value of the (last) top-level assignment to {@code name} in the cell. */
    static PyExpr assigned(Program program, int cell, String name) {
        PyExpr found = null;
        for (PyStmt statement : program.cell(cell).module().orElseThrow().body()) {
            if (statement instanceof PyStmt.Assign assign && assign.targets().get(0) instanceof PyExpr.Name target
                    && target.id().equals(name)) {
                found = assign.value();
            }
        }
        if (found == null) {
            throw new AssertionError("no assignment to " + name + " in cell " + cell);
        }
        return found;
    }

    /** The expression of the cell's {@code index}-th (0-based) top-level expression statement. */
    static PyExpr expression(Program program, int cell, int index) {
        List<PyStmt.ExprStmt> statements = program.cell(cell).module().orElseThrow().body().stream()
                .filter(PyStmt.ExprStmt.class::isInstance).map(PyStmt.ExprStmt.class::cast).toList();
        return statements.get(index).value();
    }

    /** Every call in the cell whose function is the attribute {@code member}. */
    static List<PyExpr.Call> calls(Program program, int cell, String member) {
        return PyNodes.findAll(program.cell(cell).module().orElseThrow(), PyExpr.Call.class).stream()
                .filter(c -> c.func() instanceof PyExpr.Attribute a && a.attr().equals(member)).toList();
    }
}
