package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the evaluator is: the scope, the cell, the mode, whether the code runs at module level, the function
 * being defined or followed, and for a followed call the call site its reads and writes are attributed to.
 */
final class Frame {

    /** What an evaluation records. */
    enum Mode {
        /** The normal pass over a cell: records types, references, findings. */
        RECORD,
        /** A call of a function of this notebook followed with the call's argument values: fills in what the
         *  definition pass could not know (types, references) and records the call's reads and writes. */
        REFINE,
        /** A call of a function of another notebook (from {@code %run}) followed: records reads and writes only. */
        PROBE
    }

    /** The call a followed function's reads and writes are attributed to. */
    record Site(CellContext cell, PyExpr node, Location location, String via) {
    }

    final Scope scope;
    final Mode mode;
    final CellContext cell;
    final boolean moduleCode;
    final FunctionInfo function;
    final Site site;
    final int depth;
    final List<Eval> returns = new ArrayList<>();
    int conditional;

    Frame(Scope scope, Mode mode, CellContext cell, boolean moduleCode, FunctionInfo function, Site site, int depth) {
        this.scope = scope;
        this.mode = mode;
        this.cell = cell;
        this.moduleCode = moduleCode;
        this.function = function;
        this.site = site;
        this.depth = depth;
    }

    /** A frame for a nested scope (lambda, comprehension, class body, function body) of the same mode. */
    Frame nested(Scope inner, boolean stillModuleCode, FunctionInfo fn) {
        Frame frame = new Frame(inner, mode, cell, stillModuleCode, fn, site, depth);
        frame.conditional = conditional;
        return frame;
    }

    boolean recording() {
        return mode == Mode.RECORD;
    }

    /** True inside the definition pass of a function body: reads and writes wait for the call sites. */
    boolean definingFunction() {
        return mode == Mode.RECORD && function != null;
    }
}
