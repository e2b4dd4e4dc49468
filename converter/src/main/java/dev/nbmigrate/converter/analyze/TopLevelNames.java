package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.cells.ClassifiedNotebook;
import dev.nbmigrate.converter.parse.python.PythonParseResult;
import dev.nbmigrate.converter.parse.python.ast.Alias;
import dev.nbmigrate.converter.parse.python.ast.ExceptHandler;
import dev.nbmigrate.converter.parse.python.ast.MatchCase;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyModule;
import dev.nbmigrate.converter.parse.python.ast.PyNodes;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.parse.python.ast.WithItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pass before the analysis proper: which cells define each name at module level, and how often each name is
 * assigned there. Undefined-name findings tell "defined in a later cell" from "not defined", and a parameter must
 * be assigned only once.
 */
final class TopLevelNames {

    private TopLevelNames() {
    }

    static void collect(ClassifiedNotebook notebook, Map<Integer, PythonParseResult> parses, AnalysisState state) {
        for (Map.Entry<Integer, PythonParseResult> entry : new TreeMap<>(parses).entrySet()) {
            PyModule module = entry.getValue().module().orElse(null);
            if (module == null) {
                continue;
            }
            int cell = entry.getKey();
            List<String> defined = new ArrayList<>();
            List<String> assigned = new ArrayList<>();
            statements(module.body(), defined, assigned);
            for (String name : defined) {
                List<Integer> cells = state.definedIn.computeIfAbsent(name, n -> new ArrayList<>());
                if (!cells.contains(cell)) {
                    cells.add(cell);
                }
            }
            for (String name : assigned) {
                state.assignmentCount.merge(name, 1, Integer::sum);
            }
        }
    }

    private static void statements(List<PyStmt> body, List<String> defined, List<String> assigned) {
        for (PyStmt statement : body) {
            if (statement instanceof PyStmt.Assign a) {
                a.targets().forEach(t -> targets(t, defined, assigned));
            } else if (statement instanceof PyStmt.AugAssign a) {
                targets(a.target(), defined, assigned);
            } else if (statement instanceof PyStmt.AnnAssign a && a.value() != null) {
                targets(a.target(), defined, assigned);
            } else if (statement instanceof PyStmt.For loop) {
                targets(loop.target(), defined, assigned);
                statements(loop.body(), defined, assigned);
                statements(loop.orElse(), defined, assigned);
            } else if (statement instanceof PyStmt.While loop) {
                statements(loop.body(), defined, assigned);
                statements(loop.orElse(), defined, assigned);
            } else if (statement instanceof PyStmt.If branch) {
                statements(branch.body(), defined, assigned);
                statements(branch.orElse(), defined, assigned);
            } else if (statement instanceof PyStmt.With with) {
                for (WithItem item : with.items()) {
                    if (item.vars() != null) {
                        targets(item.vars(), defined, assigned);
                    }
                }
                statements(with.body(), defined, assigned);
            } else if (statement instanceof PyStmt.Try attempt) {
                statements(attempt.body(), defined, assigned);
                for (ExceptHandler handler : attempt.handlers()) {
                    if (handler.name() != null) {
                        defined.add(handler.name());
                    }
                    statements(handler.body(), defined, assigned);
                }
                statements(attempt.orElse(), defined, assigned);
                statements(attempt.finalBody(), defined, assigned);
            } else if (statement instanceof PyStmt.Match match) {
                for (MatchCase c : match.cases()) {
                    statements(c.body(), defined, assigned);
                }
            } else if (statement instanceof PyStmt.FunctionDef def) {
                defined.add(def.name());
            } else if (statement instanceof PyStmt.ClassDef cls) {
                defined.add(cls.name());
            } else if (statement instanceof PyStmt.Import imp) {
                imp.names().forEach(alias -> defined.add(alias.boundNameForImport()));
            } else if (statement instanceof PyStmt.ImportFrom imp) {
                for (Alias alias : imp.names()) {
                    if (!alias.name().equals("*")) {
                        defined.add(alias.boundNameForFromImport());
                    }
                }
            }
            for (PyExpr.NamedExpr walrus : PyNodes.findAll(statement, PyExpr.NamedExpr.class)) {
                targets(walrus.target(), defined, null);
            }
        }
    }

    /** Adds the names a target binds; {@code assigned} (null for a walrus) counts assignments. */
    private static void targets(PyExpr target, List<String> defined, List<String> assigned) {
        if (target instanceof PyExpr.Name name) {
            defined.add(name.id());
            if (assigned != null) {
                assigned.add(name.id());
            }
        } else if (target instanceof PyExpr.TupleExpr tuple) {
            tuple.elements().forEach(e -> targets(e, defined, assigned));
        } else if (target instanceof PyExpr.ListExpr list) {
            list.elements().forEach(e -> targets(e, defined, assigned));
        } else if (target instanceof PyExpr.Starred starred) {
            targets(starred.value(), defined, assigned);
        }
    }
}
