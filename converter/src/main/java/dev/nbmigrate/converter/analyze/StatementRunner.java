package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.python.ast.Alias;
import dev.nbmigrate.converter.parse.python.ast.Arg;
import dev.nbmigrate.converter.parse.python.ast.ExceptHandler;
import dev.nbmigrate.converter.parse.python.ast.MatchCase;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyModule;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.parse.python.ast.WithItem;
import dev.nbmigrate.converter.types.ApiMemberType;
import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.FunctionKind;
import dev.nbmigrate.converter.types.FunctionType;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.ModuleType;
import dev.nbmigrate.converter.types.PandasType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.TupleType;
import dev.nbmigrate.converter.types.UnknownType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs Python statements over the abstract values of {@link ExpressionEvaluator}: assignments bind names (joined
 * with the earlier binding inside conditional blocks), imports bind modules and PySpark names, {@code def}s are
 * analysed once with unknown arguments (their definition pass) and bound as functions, blocks are entered once.
 * At the top level of a cell it also hands assignments to the parameter and secret finders and expression
 * statements to the exploration finder.
 */
final class StatementRunner {

    private final AnalysisState state;
    private final ExpressionEvaluator expressions;
    private final ApiUses api;
    private final ParameterFinder parameters;
    private final SecretScanner secrets;
    private final ExplorationFinder explorations;
    private boolean parametersCell;

    StatementRunner(AnalysisState state, ExpressionEvaluator expressions, ApiUses api, ParameterFinder parameters,
                    SecretScanner secrets, ExplorationFinder explorations) {
        this.state = state;
        this.expressions = expressions;
        this.api = api;
        this.parameters = parameters;
        this.secrets = secrets;
        this.explorations = explorations;
    }

    /** Runs one cell's code at module level, recording everything. */
    void runCell(PyModule module, Scope scope, CellContext cell, boolean parametersCell) {
        this.parametersCell = parametersCell;
        Frame frame = new Frame(scope, Frame.Mode.RECORD, cell, true, null, null, 0);
        run(module.body(), frame);
    }

    void run(List<PyStmt> body, Frame frame) {
        for (PyStmt statement : body) {
            run(statement, frame);
        }
    }

    private void run(PyStmt statement, Frame f) {
        if (statement instanceof PyStmt.ExprStmt e) {
            expressions.eval(e.value(), f);
            if (f.recording() && f.moduleCode && f.function == null) {
                explorations.classify(e, expressions.callee(e.value()), f);
            }
        } else if (statement instanceof PyStmt.Assign a) {
            Eval value = expressions.eval(a.value(), f);
            for (PyExpr target : a.targets()) {
                assign(target, value, a.value(), f);
            }
        } else if (statement instanceof PyStmt.AugAssign a) {
            Eval current = expressions.eval(a.target(), f);
            Eval operand = expressions.eval(a.value(), f);
            assign(a.target(), expressions.binary(a.op(), current, operand, a.target(), a.value(), null, f), null, f);
        } else if (statement instanceof PyStmt.AnnAssign a) {
            if (a.value() != null) {
                assign(a.target(), expressions.eval(a.value(), f), a.value(), f);
            }
        } else if (statement instanceof PyStmt.For loop) {
            Eval iterable = expressions.eval(loop.iter(), f);
            f.conditional++;
            assign(loop.target(), Eval.of(PythonLibrary.element(iterable.type())), null, f);
            run(loop.body(), f);
            run(loop.orElse(), f);
            f.conditional--;
        } else if (statement instanceof PyStmt.While loop) {
            expressions.eval(loop.test(), f);
            f.conditional++;
            run(loop.body(), f);
            run(loop.orElse(), f);
            f.conditional--;
        } else if (statement instanceof PyStmt.If branch) {
            expressions.eval(branch.test(), f);
            f.conditional++;
            run(branch.body(), f);
            run(branch.orElse(), f);
            f.conditional--;
        } else if (statement instanceof PyStmt.With with) {
            for (WithItem item : with.items()) {
                expressions.eval(item.context(), f);
                if (item.vars() != null) {
                    assign(item.vars(), Eval.UNKNOWN, null, f);
                }
            }
            run(with.body(), f);
        } else if (statement instanceof PyStmt.Try attempt) {
            f.conditional++;
            run(attempt.body(), f);
            for (ExceptHandler handler : attempt.handlers()) {
                if (handler.type() != null) {
                    expressions.eval(handler.type(), f);
                }
                if (handler.name() != null) {
                    bind(handler.name(), Eval.UNKNOWN, SymbolKind.VARIABLE, f.cell.location(handler.span()), "", f);
                }
                run(handler.body(), f);
            }
            run(attempt.orElse(), f);
            f.conditional--;
            run(attempt.finalBody(), f);
        } else if (statement instanceof PyStmt.FunctionDef def) {
            define(def, f);
        } else if (statement instanceof PyStmt.ClassDef cls) {
            cls.bases().forEach(b -> expressions.eval(b, f));
            cls.decorators().forEach(d -> expressions.eval(d, f));
            Frame body = f.nested(f.scope.child(Scope.Kind.CLASS), false, f.function);
            run(cls.body(), body);
            bind(cls.name(), Eval.UNKNOWN, SymbolKind.CLASS, f.cell.location(cls.span()), "", f);
        } else if (statement instanceof PyStmt.Return r) {
            f.returns.add(r.value() == null ? Eval.of(ScalarType.NONE) : expressions.eval(r.value(), f));
        } else if (statement instanceof PyStmt.Delete d) {
            for (PyExpr target : d.targets()) {
                if (target instanceof PyExpr.Name name) {
                    if (f.recording() || f.scope.kind() != Scope.Kind.MODULE) {
                        f.scope.unbind(name.id());
                    }
                } else {
                    expressions.eval(target, f);
                }
            }
        } else if (statement instanceof PyStmt.Import imp) {
            for (Alias alias : imp.names()) {
                String bound = alias.boundNameForImport();
                String module = alias.asName() != null ? alias.name() : bound;
                bind(bound, moduleValue(module), SymbolKind.IMPORT, f.cell.location(alias.span()), module, f);
            }
        } else if (statement instanceof PyStmt.ImportFrom imp) {
            importFrom(imp, f);
        } else if (statement instanceof PyStmt.Global g) {
            g.names().forEach(f.scope::declareGlobal);
        } else if (statement instanceof PyStmt.Assert a) {
            expressions.eval(a.test(), f);
            if (a.msg() != null) {
                expressions.eval(a.msg(), f);
            }
        } else if (statement instanceof PyStmt.Raise r) {
            if (r.exc() != null) {
                expressions.eval(r.exc(), f);
            }
            if (r.cause() != null) {
                expressions.eval(r.cause(), f);
            }
        } else if (statement instanceof PyStmt.Match m) {
            expressions.eval(m.subject(), f);
            f.conditional++;
            for (MatchCase c : m.cases()) {
                if (c.guard() != null) {
                    expressions.eval(c.guard(), f);
                }
                run(c.body(), f);
            }
            f.conditional--;
        }
        // pass, break, continue, nonlocal, type aliases: nothing to bind or type
    }

    // ---------------------------------------------------------------------------------------- assignments

    /** Binds {@code target} to {@code value}; {@code valueExpr} is the assigned expression when it is the whole value. */
    void assign(PyExpr target, Eval value, PyExpr valueExpr, Frame f) {
        if (target instanceof PyExpr.Name name) {
            Location at = f.cell.location(name.span());
            Eval bound = value;
            if (topLevel(f)) {
                secrets.onAssign(name.id(), valueExpr, value, f);
                String parameter = parameters.onAssign(name.id(), valueExpr, value, parametersCell, at);
                if (parameter != null) {
                    bound = value.withParameter(parameter);
                }
            }
            bind(name.id(), bound, SymbolKind.VARIABLE, at, "", f);
            state.record(name, bound, f.mode);
        } else if (target instanceof PyExpr.TupleExpr tuple) {
            assignElements(tuple.elements(), value, f, target);
        } else if (target instanceof PyExpr.ListExpr list) {
            assignElements(list.elements(), value, f, target);
        } else if (target instanceof PyExpr.Starred starred) {
            assign(starred.value(), Eval.of(new ListType(PythonLibrary.element(value.type()))), null, f);
        } else if (target instanceof PyExpr.Attribute attribute) {
            expressions.eval(attribute.value(), f);
        } else if (target instanceof PyExpr.Subscript subscript) {
            expressions.eval(subscript.value(), f);
            expressions.eval(subscript.slice(), f);
        }
    }

    private void assignElements(List<PyExpr> elements, Eval value, Frame f, PyExpr target) {
        PyType type = PyTypes.strip(value.type());
        for (int i = 0; i < elements.size(); i++) {
            PyType element = UnknownType.UNKNOWN;
            if (type instanceof TupleType tuple) {
                element = !tuple.variadic() && i < tuple.elements().size() ? tuple.elements().get(i)
                        : tuple.elementJoin();
            } else {
                element = PythonLibrary.element(type);
            }
            ConstantValue constant = value.constant() instanceof ConstantValue.Sequence seq
                    && seq.elements().size() == elements.size() ? seq.elements().get(i) : null;
            assign(elements.get(i), new Eval(element, constant, null, null, null, null, null), null, f);
        }
        state.record(target, value, f.mode);
    }

    /** Binds a name in the frame's scope; inside a conditional block the value is joined with the earlier one. */
    void bind(String name, Eval value, SymbolKind kind, Location at, String origin, Frame f) {
        Scope scope = f.scope;
        if (!f.recording() && scope.kind() == Scope.Kind.MODULE) {
            return;
        }
        Scope.Binding old = scope.local(name);
        Eval bound = f.conditional > 0 && old != null ? old.value().join(value) : value;
        scope.bind(name, new Scope.Binding(new Symbol(name, bound.type(), kind, at, origin,
                Optional.ofNullable(bound.constant())), bound));
    }

    private boolean topLevel(Frame f) {
        return f.recording() && f.moduleCode && f.function == null && f.conditional == 0
                && f.scope.kind() == Scope.Kind.MODULE;
    }

    // -------------------------------------------------------------------------------------------- imports

    private void importFrom(PyStmt.ImportFrom imp, Frame f) {
        String module = imp.module();
        if ("__future__".equals(module)) {
            return;
        }
        for (Alias alias : imp.names()) {
            if (alias.name().equals("*")) {
                if (module != null && imp.level() == 0 && module.startsWith("pyspark")) {
                    f.scope.module().addStarModule(module);
                } else {
                    f.scope.module().markOpenEnded();
                }
                continue;
            }
            Eval value = imp.level() > 0 || module == null ? Eval.UNKNOWN : memberValue(module + "." + alias.name());
            String origin = (module == null ? "" : module) + "." + alias.name();
            bind(alias.boundNameForFromImport(), value, SymbolKind.IMPORT, f.cell.location(alias.span()),
                    ".".repeat(imp.level()) + origin, f);
        }
    }

    /** The value {@code import module} binds. */
    Eval moduleValue(String module) {
        if (module.startsWith("pyspark")) {
            return Eval.of(api.typeOfQualifiedName(module).orElse(new ModuleType(module)));
        }
        if (module.equals("pandas")) {
            return Eval.symbolic(new PandasType("module"), "pandas");
        }
        return Eval.symbolic(new ModuleType(module), module);
    }

    /** The value {@code from module import name} binds, by the qualified name {@code module.name}. */
    Eval memberValue(String qualname) {
        if (qualname.startsWith("pyspark")) {
            return api.typeOfQualifiedName(qualname).map(Eval::of).orElse(Eval.UNKNOWN);
        }
        if (qualname.startsWith("pandas.")) {
            return Eval.symbolic(new PandasType("DataFrame"), qualname);
        }
        return Eval.symbolic(UnknownType.UNKNOWN, qualname);
    }

    // ------------------------------------------------------------------------------------------ functions

    private void define(PyStmt.FunctionDef def, Frame f) {
        FunctionKind kind = FunctionKind.DEF;
        for (PyExpr decorator : def.decorators()) {
            Eval value = expressions.eval(decorator, f);
            PyType type = PyTypes.strip(value.type());
            if (type instanceof FunctionType fn && fn.kind() == FunctionKind.UDF
                    || type instanceof ApiMemberType member && member.owner().equals("pyspark.sql.functions")
                    && (member.member().equals("udf") || member.member().equals("pandas_udf"))) {
                kind = FunctionKind.UDF;
            }
        }
        List<Eval> defaults = new ArrayList<>();
        for (Arg param : def.args().all()) {
            defaults.add(param.defaultValue() == null ? null : expressions.eval(param.defaultValue(), f));
        }
        FunctionInfo info = new FunctionInfo(def, defaults, f.scope, f.cell, state, kind);
        Location at = f.cell.location(def.span());
        bind(def.name(), functionValue(info, UnknownType.UNKNOWN), SymbolKind.FUNCTION, at, "", f);
        Scope local = f.scope.child(Scope.Kind.FUNCTION);
        for (Arg param : def.args().all()) {
            local.bind(param.name(), new Scope.Binding(new Symbol(param.name(), paramType(def, param), SymbolKind.VARIABLE,
                    f.cell.location(param.span()), "", Optional.empty()), Eval.of(paramType(def, param))));
        }
        Frame body = new Frame(local, f.mode, f.cell, false, info, f.site, f.depth);
        run(def.body(), body);
        info.returned = body.returns.isEmpty() ? Eval.of(ScalarType.NONE) : join(body.returns);
        bind(def.name(), functionValue(info, kind == FunctionKind.UDF ? SparkObject.COLUMN : info.returned.type()),
                SymbolKind.FUNCTION, at, "", f);
    }

    private static PyType paramType(PyStmt.FunctionDef def, Arg param) {
        if (param == def.args().vararg()) {
            return TupleType.ofAny(UnknownType.UNKNOWN);
        }
        if (param == def.args().kwarg()) {
            return new DictType(ScalarType.STR, UnknownType.UNKNOWN);
        }
        return UnknownType.UNKNOWN;
    }

    static Eval functionValue(FunctionInfo info, PyType returns) {
        return new Eval(new FunctionType(info.arity(), info.kind, returns), null, null, null, info, null, null);
    }

    /** Follows a call of a user function with the call's arguments; its reads and writes go to the call site. */
    Eval call(FunctionInfo info, CallArgs args, Frame.Site site, Frame caller) {
        Frame.Mode mode = caller.mode == Frame.Mode.PROBE || info.owner != state ? Frame.Mode.PROBE
                : Frame.Mode.REFINE;
        Scope local = info.closure.child(Scope.Kind.FUNCTION);
        List<Arg> positionalParams = new ArrayList<>(info.def.args().posOnly());
        positionalParams.addAll(info.def.args().args());
        List<Arg> all = info.params;
        for (int i = 0; i < all.size(); i++) {
            Arg param = all.get(i);
            Eval value = null;
            int position = positionalParams.indexOf(param);
            if (position >= 0 && position < args.positional().size()
                    && !(args.positionalExprs().get(position) instanceof PyExpr.Starred)) {
                value = args.positional().get(position);
            }
            if (value == null) {
                value = args.keyword(param.name());
            }
            if (value == null) {
                value = info.defaults.get(i) != null ? info.defaults.get(i) : Eval.of(paramType(info.def, param));
            }
            local.bind(param.name(), new Scope.Binding(new Symbol(param.name(), value.type(), SymbolKind.VARIABLE,
                    info.cell.location(param.span()), "", Optional.ofNullable(value.constant())), value));
            if (mode == Frame.Mode.REFINE) {
                PyType passed = value.type();
                state.argumentTypes.merge(param, passed, PyTypes::join);
            }
        }
        Frame body = new Frame(local, mode, info.cell, false, info, site, caller.depth + 1);
        run(info.def.body(), body);
        Eval result = body.returns.isEmpty() ? Eval.of(ScalarType.NONE) : join(body.returns);
        return info.kind == FunctionKind.UDF ? Eval.of(SparkObject.COLUMN) : result;
    }

    private static Eval join(List<Eval> values) {
        Eval result = values.get(0);
        for (int i = 1; i < values.size(); i++) {
            result = result.join(values.get(i));
        }
        return result;
    }
}
