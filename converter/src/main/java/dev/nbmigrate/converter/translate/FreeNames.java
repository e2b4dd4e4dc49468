package dev.nbmigrate.converter.translate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.nbmigrate.converter.parse.python.ast.Arg;
import dev.nbmigrate.converter.parse.python.ast.ExprContext;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyNode;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.parse.python.ast.PyTreeScanner;

/**
 * The names a Python function body reads from outside itself (its globals): every name it loads, less its
 * parameters, the names it assigns anywhere (Python makes those local to the whole body), and the parameters of
 * lambdas and nested functions inside it. In the order first read, so generated parameter lists are stable.
 */
final class FreeNames extends PyTreeScanner {

    private final Set<String> loaded = new LinkedHashSet<>();
    private final Set<String> bound = new LinkedHashSet<>();
    private final Set<String> declaredGlobal = new LinkedHashSet<>();

    private FreeNames() {
    }

    /** The free names of a body whose parameters are {@code parameters}. */
    static Set<String> of(List<Arg> parameters, List<? extends PyNode> body) {
        FreeNames scanner = new FreeNames();
        parameters.forEach(p -> scanner.bound.add(p.name()));
        body.forEach(scanner::scan);
        Set<String> free = new LinkedHashSet<>(scanner.loaded);
        free.removeAll(scanner.bound);
        // a name declared global is the global even where the body assigns it (acc += 1)
        free.addAll(scanner.declaredGlobal);
        return free;
    }

    @Override
    public Void visitName(PyExpr.Name name) {
        if (name.ctx() == ExprContext.LOAD) {
            loaded.add(name.id());
        } else {
            bound.add(name.id());
        }
        return null;
    }

    @Override
    public Void visitGlobal(PyStmt.Global global) {
        declaredGlobal.addAll(global.names());
        return null;
    }

    @Override
    public Void visitArg(Arg arg) {
        bound.add(arg.name());
        return super.visitArg(arg);
    }

    @Override
    public Void visitFunctionDef(PyStmt.FunctionDef def) {
        bound.add(def.name());
        return super.visitFunctionDef(def);
    }

    @Override
    public Void visitImport(PyStmt.Import imports) {
        imports.names().forEach(a -> bound.add(a.asName() != null ? a.asName() : a.name().split("\\.")[0]));
        return null;
    }

    @Override
    public Void visitImportFrom(PyStmt.ImportFrom from) {
        from.names().forEach(a -> bound.add(a.asName() != null ? a.asName() : a.name()));
        return null;
    }
}
