package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.Span;
import dev.nbmigrate.converter.parse.python.ast.BinOperator;
import dev.nbmigrate.converter.parse.python.ast.DictItem;
import dev.nbmigrate.converter.parse.python.ast.Keyword;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.cells.DriverCopy;
import dev.nbmigrate.converter.cells.RowSampling;
import dev.nbmigrate.converter.types.ApiMemberType;
import dev.nbmigrate.converter.types.ClassObjectType;
import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.FunctionKind;
import dev.nbmigrate.converter.types.FunctionType;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.ModuleType;
import dev.nbmigrate.converter.types.PandasType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SetType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.TupleType;
import dev.nbmigrate.converter.types.UnknownType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates Python expressions to {@link Eval}s: a type over the lattice for every expression (recorded by
 * identity), constants folded where the pieces are known, PySpark API uses classified and planned, calls of the
 * notebook's own functions followed with their arguments, and the hooks for lineage, SQL, secrets and parameters.
 */
final class ExpressionEvaluator {

    /** How deep calls of user functions are followed. */
    private static final int MAX_CALL_DEPTH = 4;
    /** Bigger function bodies are followed only when they read or write data. */
    private static final int MAX_FOLLOWED_NODES = 600;

    private final AnalysisState state;
    private final ApiUses api;
    private final IoRecorder io;
    private final SecretScanner secrets;
    private final ParameterFinder parameters;
    private final SqlAnalyzer sql;
    private final IdentityHashMap<PyExpr, Eval> callees = new IdentityHashMap<>();
    private final Deque<FunctionInfo> calls = new ArrayDeque<>();
    private final Map<FunctionInfo, Map<List<Object>, Eval>> callResults = new IdentityHashMap<>();
    private final LibraryCalls library;
    private final OperatorEvaluator operators;
    private final DisplayEvaluator displays;
    private StatementRunner statements;

    ExpressionEvaluator(AnalysisState state, ApiUses api, IoRecorder io, SecretScanner secrets,
                        ParameterFinder parameters, SqlAnalyzer sql, IdentityHashMap<PyExpr, Location> literalLocations) {
        this.state = state;
        this.api = api;
        this.io = io;
        this.secrets = secrets;
        this.parameters = parameters;
        this.sql = sql;
        this.operators = new OperatorEvaluator(this, state, api, parameters);
        this.displays = new DisplayEvaluator(this, secrets, literalLocations);
        this.library = new LibraryCalls(parameters, io,
                (member, args, call, at, f) -> method(Eval.of(SparkObject.SPARK_SESSION), member, args, call, at, f));
    }

    void statements(StatementRunner runner) {
        this.statements = runner;
    }

    /** The runner of statements (assignments of comprehension targets, calls of the notebook's functions). */
    StatementRunner statementRunner() {
        return statements;
    }

    /** The evaluator of literals and displays, and of the pieces of strings built from values. */
    DisplayEvaluator displays() {
        return displays;
    }

    /** What a call expression called (for the exploration finder), or null. */
    Eval callee(PyExpr expr) {
        return callees.get(expr);
    }

    Eval eval(PyExpr expr, Frame f) {
        Eval value = evaluate(expr, f);
        state.record(expr, value, f.mode);
        return value;
    }

    private Eval evaluate(PyExpr expr, Frame f) {
        if (expr instanceof PyExpr.Name name) {
            return load(name, f);
        } else if (expr instanceof PyExpr.Attribute attribute) {
            return member(eval(attribute.value(), f), attribute.attr(), attribute, memberLocation(attribute, f), f);
        } else if (expr instanceof PyExpr.Call call) {
            return call(call, f);
        } else if (expr instanceof PyExpr.Subscript subscript) {
            return subscript(subscript, f);
        } else if (expr instanceof PyExpr.BinOp bin) {
            Eval left = eval(bin.left(), f);
            Eval right = eval(bin.right(), f);
            return binary(bin.op(), left, right, bin.left(), bin.right(), bin, f);
        } else if (expr instanceof PyExpr.Compare compare) {
            return operators.compare(compare, f);
        } else if (expr instanceof PyExpr.BoolOp bool) {
            return operators.boolOp(bool, f);
        } else if (expr instanceof PyExpr.UnaryOp unary) {
            return operators.unary(unary, f);
        } else if (expr instanceof PyExpr.IfExp conditional) {
            return operators.ifExp(conditional, f);
        } else if (expr instanceof PyExpr.Literal literal) {
            return displays.literal(literal, f);
        } else if (expr instanceof PyExpr.FString fString) {
            return displays.fString(fString, f);
        } else if (expr instanceof PyExpr.ListExpr list) {
            List<Eval> elements = displays.elements(list.elements(), f);
            return new Eval(new ListType(DisplayEvaluator.joinTypes(elements)), DisplayEvaluator.sequence(elements,
                    false), null, null, null, null, null);
        } else if (expr instanceof PyExpr.TupleExpr tuple) {
            List<Eval> elements = displays.elements(tuple.elements(), f);
            return new Eval(new TupleType(elements.stream().map(Eval::type).toList(), false),
                    DisplayEvaluator.sequence(elements, true), null, null, null, null, null);
        } else if (expr instanceof PyExpr.SetExpr set) {
            return Eval.of(new SetType(DisplayEvaluator.joinTypes(displays.elements(set.elements(), f))));
        } else if (expr instanceof PyExpr.DictExpr dict) {
            return displays.dict(dict, f);
        } else if (expr instanceof PyExpr.Lambda lambda) {
            return displays.lambda(lambda, f);
        } else if (expr instanceof PyExpr.ListComp comp) {
            return Eval.of(new ListType(displays.comprehension(comp.generators(), List.of(comp.element()), f).get(0)
                    .type()));
        } else if (expr instanceof PyExpr.GeneratorExp comp) {
            return Eval.of(new ListType(displays.comprehension(comp.generators(), List.of(comp.element()), f).get(0)
                    .type()));
        } else if (expr instanceof PyExpr.SetComp comp) {
            return Eval.of(new SetType(displays.comprehension(comp.generators(), List.of(comp.element()), f).get(0)
                    .type()));
        } else if (expr instanceof PyExpr.DictComp comp) {
            List<Eval> kv = displays.comprehension(comp.generators(), List.of(comp.key(), comp.value()), f);
            return Eval.of(new DictType(kv.get(0).type(), kv.get(1).type()));
        } else if (expr instanceof PyExpr.Starred starred) {
            return eval(starred.value(), f);
        } else if (expr instanceof PyExpr.NamedExpr named) {
            Eval value = eval(named.value(), f);
            statements.assign(named.target(), value, named.value(), f);
            return value;
        } else if (expr instanceof PyExpr.Slice slice) {
            for (PyExpr part : java.util.Arrays.asList(slice.lower(), slice.upper(), slice.step())) {
                if (part != null) {
                    eval(part, f);
                }
            }
            return Eval.UNKNOWN;
        }
        for (dev.nbmigrate.converter.parse.python.ast.PyNode child : expr.children()) {
            if (child instanceof PyExpr inner) {
                eval(inner, f);
            }
        }
        return Eval.UNKNOWN;
    }

    // ------------------------------------------------------------------------------------------------ names

    private Eval load(PyExpr.Name name, Frame f) {
        Scope.Binding binding = f.scope.lookup(name.id());
        if (binding != null) {
            if (binding.symbol().kind() == SymbolKind.DRIVER_COPY && f.recording()) {
                sampledCopy(name, f);
            }
            return binding.value();
        }
        Scope module = f.scope.module();
        for (String starModule : module.starModules()) {
            Optional<PyType> member = api.typeOfQualifiedName(starModule + "." + name.id());
            if (member.isPresent()) {
                return Eval.of(member.get());
            }
        }
        if (PythonLibrary.builtin(name.id(), f.cell.python2())) {
            return Eval.symbolic(UnknownType.UNKNOWN, "builtins." + name.id());
        }
        if (f.recording() && f.moduleCode && f.function == null && !module.openEnded()) {
            undefined(name, f);
        } else if (f.function != null && !module.openEnded() && !state.definedIn.containsKey(name.id())) {
            // in a def: no top-level code of the notebook binds the name, so no call can give it a value
            state.undefinedUses.add(name);
        }
        return Eval.UNKNOWN;
    }

    private void undefined(PyExpr.Name name, Frame f) {
        state.undefinedUses.add(name);
        Location at = f.cell.location(name.span());
        int cell = f.cell.cell();
        List<Integer> definedIn = state.definedIn.getOrDefault(name.id(), List.of());
        Optional<Integer> later = definedIn.stream().filter(c -> c >= cell).findFirst();
        if (later.isPresent()) {
            state.diagnosticOnce(cell + "|" + name.id(), Code.NBM309, at, "`" + name.id() + "` is used here but "
                    + (later.get() == cell ? "defined only further down this cell"
                    : "first defined in cell " + later.get()));
        } else {
            state.diagnosticOnce(cell + "|" + name.id(), Code.NBM310, at, "`" + name.id() + "` is not defined "
                    + "(not by the notebook, its imports, its %run notebooks or the "
                    + (f.cell.context().sparkProvided() ? "Spark kernel" : "notebook server's Python") + ")");
        }
    }

    private void sampledCopy(PyExpr.Name name, Frame f) {
        Optional<DriverCopy> copy = state.notebook.driverCopyOf(name.id(), f.cell.cell());
        if (copy.isEmpty() || !copy.get().sampling().partial()) {
            return;
        }
        RowSampling sampling = copy.get().sampling();
        String rows = sampling.maxRows() < 0 ? "" : String.format(Locale.ROOT, "%,d", sampling.maxRows());
        String what = sampling.method() == RowSampling.Method.SAMPLE
                ? "a random " + PythonFloats.repr(sampling.fraction() * 100).replaceAll("\\.0$", "")
                        + "% sample of the result" + (rows.isEmpty() ? "" : ", at most " + rows + " rows")
                : "at most the first " + rows + " rows of the result"
                        + (sampling.maxRowsDefault() ? " (sparkmagic's default cap)" : " (-n " + sampling.maxRows() + ")");
        state.diagnosticOnce(f.cell.cell() + "|" + name.id(), Code.NBM308, f.cell.location(name.span()),
                "`" + name.id() + "` is the pandas copy that the magic in cell " + copy.get().cell()
                        + " made on the notebook server: " + what + ", not all of it");
    }

    // ----------------------------------------------------------------------------------------- attributes

    private Eval member(Eval receiver, String attribute, PyExpr node, Location at, Frame f) {
        PyType type = PyTypes.strip(receiver.type());
        if (type instanceof PandasType pandas && !pandas.what().equals("module")) {
            return Eval.symbolic(new PandasType("DataFrame"),
                    (receiver.qualname() == null ? "pandas.object" : receiver.qualname()) + "." + attribute);
        }
        if (receiver.qualname() != null && !api.isApi(type)) {
            String qualname = receiver.qualname() + "." + attribute;
            if (receiver.qualname().equals("argparse.Namespace()")) {
                return Eval.of(parameters.typeOf(attribute)).withParameter(attribute);
            }
            PyType known = PythonLibrary.attribute(qualname);
            return Eval.symbolic(known, qualname);
        }
        if (type instanceof ModuleType module && module.name().startsWith("pyspark")) {
            Optional<PyType> named = api.typeOfQualifiedName(module.name() + "." + attribute);
            if (named.isPresent() && (named.get() instanceof ModuleType || named.get() instanceof ClassObjectType)) {
                return Eval.of(named.get());
            }
        }
        if (api.isApi(type)) {
            Eval result = api.attribute(receiver, attribute, node, at, f);
            return io.onAttribute(result);
        }
        PyType known = PythonLibrary.valueAttribute(type, attribute);
        return known == null ? Eval.UNKNOWN : Eval.of(known);
    }

    /** Where {@code value.attr} names its member: the member's own line and column. */
    private static Location memberLocation(PyExpr.Attribute attribute, Frame f) {
        Span span = attribute.span();
        if (!span.isKnown()) {
            return f.cell.location(span);
        }
        int column = span.endColumn() - attribute.attr().codePointCount(0, attribute.attr().length());
        return f.cell.location(span.endLine(), Math.max(0, column));
    }

    // ---------------------------------------------------------------------------------------------- calls

    private Eval call(PyExpr.Call call, Frame f) {
        Eval result;
        if (call.func() instanceof PyExpr.Attribute attribute) {
            Eval receiver = eval(attribute.value(), f);
            CallArgs args = args(call, f);
            Location at = memberLocation(attribute, f);
            result = method(receiver, attribute.attr(), args, call, at, f);
            PyType type = PyTypes.strip(receiver.type());
            Eval callee = api.isApi(type) ? Eval.of(new ApiMemberType(api.owner(type), attribute.attr()))
                    : receiver.qualname() != null ? Eval.symbolic(UnknownType.UNKNOWN,
                    receiver.qualname() + "." + attribute.attr()) : Eval.UNKNOWN;
            state.record(attribute, callee, f.mode);
            callees.put(call, callee);
            secrets.onConfigCall(attribute.attr(), args, call, f);
        } else {
            Eval function = eval(call.func(), f);
            CallArgs args = args(call, f);
            callees.put(call, function);
            result = invoke(function, args, call, f.cell.location(call.func().span()), f);
        }
        return result;
    }

    private CallArgs args(PyExpr.Call call, Frame f) {
        List<Eval> positional = new ArrayList<>();
        boolean starred = false;
        for (PyExpr arg : call.args()) {
            positional.add(eval(arg, f));
            starred |= arg instanceof PyExpr.Starred;
        }
        List<String> names = new ArrayList<>();
        List<PyExpr> exprs = new ArrayList<>();
        List<Eval> values = new ArrayList<>();
        boolean doubleStarred = false;
        for (Keyword keyword : call.keywords()) {
            Eval value = eval(keyword.value(), f);
            if (keyword.isUnpacking()) {
                doubleStarred = true;
                if (keyword.value() instanceof PyExpr.DictExpr dict) {
                    for (DictItem item : dict.items()) {
                        if (item.key() instanceof PyExpr.StrLit key) {
                            names.add(key.value());
                            exprs.add(item.value());
                            values.add(evalAgain(item.value(), f));
                        }
                    }
                }
                continue;
            }
            names.add(keyword.name());
            exprs.add(keyword.value());
            values.add(value);
        }
        CallArgs args = new CallArgs(call.args(), positional, names, exprs, values, starred, doubleStarred);
        secrets.onKeywordSecrets(args, call, f);
        return args;
    }

    /** The value of an expression already evaluated in this pass (its recorded facts), without re-recording. */
    private Eval evalAgain(PyExpr expr, Frame f) {
        ConstantValue constant = state.lastConstant(expr);
        return new Eval(state.lastType(expr), constant, expr instanceof PyExpr.StrLit ? expr : null, null, null, null,
                null);
    }

    /** {@code receiver.member(args)}. */
    private Eval method(Eval receiver, String member, CallArgs args, PyExpr.Call call, Location at, Frame f) {
        PyType type = PyTypes.strip(receiver.type());
        if (type instanceof PandasType pandas && !pandas.what().equals("module")) {
            io.onPandasWrite(member, args, call, at, f);
            return Eval.symbolic(new PandasType("DataFrame"),
                    (receiver.qualname() == null ? "pandas.object" : receiver.qualname()) + "." + member + "()");
        }
        if (receiver.qualname() != null && !api.isApi(type)) {
            return library.call(receiver.qualname() + "." + member, args, call, at, f);
        }
        if (api.isApi(type)) {
            if (type instanceof ModuleType module && module.name().startsWith("pyspark")) {
                Optional<PyType> named = api.typeOfQualifiedName(module.name() + "." + member);
                if (named.isPresent() && named.get() instanceof ClassObjectType cls) {
                    return api.construct(cls, args, call, at, f);
                }
            }
            Eval result = api.call(receiver, member, args, call, at, f);
            result = io.onCall(receiver, member, args, result, call, at, f);
            if ((type == SparkObject.SPARK_SESSION || type == SparkObject.SQL_CONTEXT) && member.equals("sql")) {
                sql.fromPython(call, args.arg(0, "sqlQuery"), args.argExpr(0, "sqlQuery"), at, f);
            }
            return result;
        }
        PyType result = PythonLibrary.method(type, member, args);
        ConstantValue folded = null;
        if (receiver.constant() instanceof ConstantValue.Str text) {
            folded = member.equals("format")
                    ? ConstantFolder.format(text.value(), displays.piecesOf(args.positional(), args.positionalExprs(),
                    f), displays.keywordPieces(args, f))
                    : ConstantFolder.strMethod(text.value(), member, args.positional().stream()
                    .map(Eval::constant).toList());
        }
        Eval value = new Eval(result == null ? UnknownType.UNKNOWN : result, folded, null, null, null, null, null);
        if (folded instanceof ConstantValue.Bool) {
            value = value.withType(ScalarType.BOOL);
        }
        return value;
    }

    /** {@code function(args)} where the function is a value. */
    private Eval invoke(Eval function, CallArgs args, PyExpr.Call call, Location at, Frame f) {
        if (function.function() != null) {
            return followCall(function.function(), args, call, f);
        }
        PyType type = PyTypes.strip(function.type());
        if (type instanceof ApiMemberType member) {
            Optional<PyType> owner = api.typeOfQualifiedName(member.owner());
            if (owner.isPresent()) {
                return method(Eval.of(owner.get()), member.member(), args, call, at, f);
            }
        }
        if (type instanceof ClassObjectType cls && cls.qualname().startsWith("pyspark")) {
            return api.construct(cls, args, call, at, f);
        }
        if (type instanceof FunctionType fn) {
            return Eval.of(fn.kind() == FunctionKind.UDF ? SparkObject.COLUMN : fn.returns());
        }
        if (function.qualname() != null) {
            return library.call(function.qualname(), args, call, at, f);
        }
        if (type instanceof PandasType) {
            return Eval.of(new PandasType("DataFrame"));
        }
        return Eval.UNKNOWN;
    }

    private Eval followCall(FunctionInfo info, CallArgs args, PyExpr.Call call, Frame f) {
        PyType declared = info.kind == FunctionKind.UDF ? SparkObject.COLUMN : info.returned.type();
        if (calls.contains(info) || f.depth >= MAX_CALL_DEPTH
                || (!info.touchesData && dev.nbmigrate.converter.parse.python.ast.PyNodes.walk(info.def).size()
                > MAX_FOLLOWED_NODES)) {
            return Eval.of(declared);
        }
        List<Object> key = new ArrayList<>();
        for (Eval arg : args.positional()) {
            key.add(arg.type());
            key.add(arg.constant());
        }
        for (int i = 0; i < args.keywordNames().size(); i++) {
            key.add(args.keywordNames().get(i));
            key.add(args.keywords().get(i).type());
            key.add(args.keywords().get(i).constant());
        }
        Map<List<Object>, Eval> cache = callResults.computeIfAbsent(info, k -> new LinkedHashMap<>());
        if (!info.touchesData && cache.containsKey(key)) {
            return cache.get(key);
        }
        Frame.Site site = f.site != null ? f.site
                : new Frame.Site(f.cell, call, f.cell.location(call.span()), info.name() + "()");
        calls.push(info);
        try {
            Eval result = statements.call(info, args, site, f);
            cache.put(key, result);
            return result;
        } finally {
            calls.pop();
        }
    }

    // --------------------------------------------------------------------------------------- subscripts

    private Eval subscript(PyExpr.Subscript subscript, Frame f) {
        Eval receiver = eval(subscript.value(), f);
        Eval index = eval(subscript.slice(), f);
        PyType type = PyTypes.strip(receiver.type());
        Location at = f.cell.location(subscript.span());
        if ("sys.argv".equals(receiver.qualname()) && subscript.slice() instanceof PyExpr.IntLit position) {
            String name = "argv" + position.value();
            if (f.recording()) {
                parameters.onArgv(position.value().intValue(), at);
            }
            return Eval.of(ScalarType.STR).withParameter(name);
        }
        if (api.isApi(type) && (type == SparkObject.DATAFRAME || type == SparkObject.COLUMN || type == SparkObject.ROW)) {
            CallArgs args = new CallArgs(List.of(subscript.slice()), List.of(index), List.of(), List.of(), List.of(),
                    false, false);
            return api.call(receiver, "__getitem__", args, subscript, at, f);
        }
        if (type instanceof PandasType) {
            return Eval.of(new PandasType(PyTypes.strip(index.type()) == ScalarType.STR ? "Series" : "DataFrame"));
        }
        boolean slice = subscript.slice() instanceof PyExpr.Slice;
        if (type instanceof ListType list) {
            if (slice) {
                return Eval.of(list);
            }
            ConstantValue element = elementConstant(receiver.constant(), index.constant());
            return new Eval(list.element(), element, null, null, null, null, null);
        }
        if (type instanceof TupleType tuple) {
            if (slice) {
                return Eval.of(TupleType.ofAny(tuple.elementJoin()));
            }
            ConstantValue element = elementConstant(receiver.constant(), index.constant());
            if (!tuple.variadic() && index.constant() instanceof ConstantValue.Int i) {
                int at0 = i.value().intValue() < 0 ? tuple.elements().size() + i.value().intValue() : i.value().intValue();
                if (at0 >= 0 && at0 < tuple.elements().size()) {
                    return new Eval(tuple.elements().get(at0), element, null, null, null, null, null);
                }
            }
            return new Eval(tuple.elementJoin(), element, null, null, null, null, null);
        }
        if (type instanceof DictType dict) {
            return Eval.of(dict.value());
        }
        if (type == ScalarType.STR) {
            return Eval.of(ScalarType.STR);
        }
        return Eval.UNKNOWN;
    }

    private static ConstantValue elementConstant(ConstantValue sequence, ConstantValue index) {
        if (sequence instanceof ConstantValue.Sequence seq && index instanceof ConstantValue.Int i) {
            int at = i.value().intValue() < 0 ? seq.elements().size() + i.value().intValue() : i.value().intValue();
            return at >= 0 && at < seq.elements().size() ? seq.elements().get(at) : null;
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------- operators

    /** {@code left op right}; {@code node} is null for augmented assignments (no API reference node). */
    Eval binary(BinOperator op, Eval left, Eval right, PyExpr leftExpr, PyExpr rightExpr, PyExpr node, Frame f) {
        return operators.binary(op, left, right, leftExpr, rightExpr, node, f);
    }
}
