package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.parse.python.ast.Arg;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.types.FunctionKind;

import java.util.List;

/**
 * A function the notebook defines with {@code def}: what the analyser needs to follow a call of it (its
 * parameters and their default values, its body, where it was defined) and its summary from the definition
 * pass (the join of its returns, whether it reads or writes data).
 */
final class FunctionInfo {

    final PyStmt.FunctionDef def;
    final List<Arg> params;
    final List<Eval> defaults;
    final Scope closure;
    final CellContext cell;
    final AnalysisState owner;
    FunctionKind kind;
    Eval returned = Eval.UNKNOWN;
    /** True when the body reads or writes data: such calls are followed at every call site for lineage. */
    boolean touchesData;

    FunctionInfo(PyStmt.FunctionDef def, List<Eval> defaults, Scope closure, CellContext cell, AnalysisState owner,
                 FunctionKind kind) {
        this.def = def;
        this.params = def.args().all();
        this.defaults = defaults;
        this.closure = closure;
        this.cell = cell;
        this.owner = owner;
        this.kind = kind;
    }

    String name() {
        return def.name();
    }

    int arity() {
        return def.args().posOnly().size() + def.args().args().size();
    }
}
