package dev.nbmigrate.converter.parse.python;

import com.oracle.graal.python.pegparser.sst.AliasTy;
import com.oracle.graal.python.pegparser.sst.ArgTy;
import com.oracle.graal.python.pegparser.sst.ArgumentsTy;
import com.oracle.graal.python.pegparser.sst.BoolOpTy;
import com.oracle.graal.python.pegparser.sst.CmpOpTy;
import com.oracle.graal.python.pegparser.sst.ComprehensionTy;
import com.oracle.graal.python.pegparser.sst.ConstantValue;
import com.oracle.graal.python.pegparser.sst.ExceptHandlerTy;
import com.oracle.graal.python.pegparser.sst.ExprContextTy;
import com.oracle.graal.python.pegparser.sst.ExprTy;
import com.oracle.graal.python.pegparser.sst.KeywordTy;
import com.oracle.graal.python.pegparser.sst.MatchCaseTy;
import com.oracle.graal.python.pegparser.sst.ModTy;
import com.oracle.graal.python.pegparser.sst.OperatorTy;
import com.oracle.graal.python.pegparser.sst.PatternTy;
import com.oracle.graal.python.pegparser.sst.SSTNode;
import com.oracle.graal.python.pegparser.sst.SSTreeVisitor;
import com.oracle.graal.python.pegparser.sst.StmtTy;
import com.oracle.graal.python.pegparser.sst.TypeIgnoreTy;
import com.oracle.graal.python.pegparser.sst.TypeParamTy;
import com.oracle.graal.python.pegparser.sst.UnaryOpTy;
import com.oracle.graal.python.pegparser.sst.WithItemTy;
import com.oracle.graal.python.pegparser.tokenizer.SourceRange;
import dev.nbmigrate.converter.parse.Span;
import dev.nbmigrate.converter.parse.python.ast.Alias;
import dev.nbmigrate.converter.parse.python.ast.Arg;
import dev.nbmigrate.converter.parse.python.ast.Arguments;
import dev.nbmigrate.converter.parse.python.ast.BinOperator;
import dev.nbmigrate.converter.parse.python.ast.BoolOperator;
import dev.nbmigrate.converter.parse.python.ast.CmpOperator;
import dev.nbmigrate.converter.parse.python.ast.Comprehension;
import dev.nbmigrate.converter.parse.python.ast.Conversion;
import dev.nbmigrate.converter.parse.python.ast.DictItem;
import dev.nbmigrate.converter.parse.python.ast.ExceptHandler;
import dev.nbmigrate.converter.parse.python.ast.ExprContext;
import dev.nbmigrate.converter.parse.python.ast.FStringPart;
import dev.nbmigrate.converter.parse.python.ast.Keyword;
import dev.nbmigrate.converter.parse.python.ast.MatchCase;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyModule;
import dev.nbmigrate.converter.parse.python.ast.PyPattern;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.parse.python.ast.TypeParam;
import dev.nbmigrate.converter.parse.python.ast.UnaryOperator;
import dev.nbmigrate.converter.parse.python.ast.WithItem;
import dev.nbmigrate.converter.parse.python.legacy.PositionMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Converts GraalPy's syntax tree ({@code sst}) into nbmigrate's ({@code ast}), mapping every position through the
 * modernisation {@link PositionMap} to the original cell source. It refuses trees deeper than {@code maxDepth}
 * (CPython's own limit) by throwing {@link TooDeepException}, so later stages can recurse freely.
 */
final class SstConverter implements SSTreeVisitor<Object> {

    /** Thrown when the tree is deeper than the limit. */
    static final class TooDeepException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeepException() {
            super("too deep", null, false, false);
        }
    }

    private static final Map<OperatorTy, BinOperator> BIN_OPS = new EnumMap<>(Map.ofEntries(
            Map.entry(OperatorTy.Add, BinOperator.ADD), Map.entry(OperatorTy.Sub, BinOperator.SUB),
            Map.entry(OperatorTy.Mult, BinOperator.MULT), Map.entry(OperatorTy.MatMult, BinOperator.MAT_MULT),
            Map.entry(OperatorTy.Div, BinOperator.DIV), Map.entry(OperatorTy.Mod, BinOperator.MOD),
            Map.entry(OperatorTy.Pow, BinOperator.POW), Map.entry(OperatorTy.LShift, BinOperator.LSHIFT),
            Map.entry(OperatorTy.RShift, BinOperator.RSHIFT), Map.entry(OperatorTy.BitOr, BinOperator.BIT_OR),
            Map.entry(OperatorTy.BitXor, BinOperator.BIT_XOR), Map.entry(OperatorTy.BitAnd, BinOperator.BIT_AND),
            Map.entry(OperatorTy.FloorDiv, BinOperator.FLOOR_DIV)));

    private static final Map<UnaryOpTy, UnaryOperator> UNARY_OPS = new EnumMap<>(Map.of(
            UnaryOpTy.Invert, UnaryOperator.INVERT, UnaryOpTy.Not, UnaryOperator.NOT,
            UnaryOpTy.UAdd, UnaryOperator.UADD, UnaryOpTy.USub, UnaryOperator.USUB));

    private static final Map<CmpOpTy, CmpOperator> CMP_OPS = new EnumMap<>(Map.of(
            CmpOpTy.Eq, CmpOperator.EQ, CmpOpTy.NotEq, CmpOperator.NOT_EQ, CmpOpTy.Lt, CmpOperator.LT,
            CmpOpTy.LtE, CmpOperator.LT_E, CmpOpTy.Gt, CmpOperator.GT, CmpOpTy.GtE, CmpOperator.GT_E,
            CmpOpTy.Is, CmpOperator.IS, CmpOpTy.IsNot, CmpOperator.IS_NOT, CmpOpTy.In, CmpOperator.IN,
            CmpOpTy.NotIn, CmpOperator.NOT_IN));

    private static final Map<ExprContextTy, ExprContext> CONTEXTS = new EnumMap<>(Map.of(
            ExprContextTy.Load, ExprContext.LOAD, ExprContextTy.Store, ExprContext.STORE,
            ExprContextTy.Del, ExprContext.DEL));

    private final PositionMap positions;
    private final int maxDepth;
    private int depth;

    SstConverter(PositionMap positions, int maxDepth) {
        this.positions = positions;
        this.maxDepth = maxDepth;
    }

    PyModule module(ModTy.Module module) {
        List<PyStmt> body = stmts(module.body);
        Span span = body.isEmpty() ? Span.NONE : Span.between(body.get(0).span(), body.get(body.size() - 1).span());
        return new PyModule(body, span);
    }

    // ---- helpers

    private Object convert(SSTNode node) {
        if (node == null) {
            return null;
        }
        if (++depth > maxDepth) {
            throw new TooDeepException();
        }
        try {
            return node.accept(this);
        } finally {
            depth--;
        }
    }

    private PyExpr expr(ExprTy node) {
        return (PyExpr) convert(node);
    }

    private PyStmt stmt(StmtTy node) {
        return (PyStmt) convert(node);
    }

    private PyPattern pattern(PatternTy node) {
        return (PyPattern) convert(node);
    }

    private List<PyExpr> exprs(ExprTy[] nodes) {
        return map(nodes, this::expr);
    }

    private List<PyStmt> stmts(StmtTy[] nodes) {
        return map(nodes, this::stmt);
    }

    private List<PyPattern> patterns(PatternTy[] nodes) {
        return map(nodes, this::pattern);
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> converted(SSTNode[] nodes) {
        return map(nodes, node -> (T) convert(node));
    }

    private static <S, T> List<T> map(S[] items, Function<S, T> converter) {
        if (items == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(items.length);
        for (S item : items) {
            out.add(converter.apply(item));
        }
        return out;
    }

    private Span span(SSTNode node) {
        SourceRange range = node.getSourceRange();
        if (range == null || range.startLine <= 0) {
            return Span.NONE;
        }
        int endLine = Math.max(range.endLine, range.startLine);
        int endColumn = range.endColumn < 0 ? Math.max(0, range.startColumn) : range.endColumn;
        return positions.toOriginal(new Span(range.startLine, Math.max(0, range.startColumn), endLine, endColumn));
    }

    private static ExprContext ctx(ExprContextTy context) {
        return context == null ? ExprContext.LOAD : CONTEXTS.get(context);
    }

    private static UnsupportedOperationException unexpected(SSTNode node) {
        return new UnsupportedOperationException("unexpected " + node.getClass().getSimpleName() + " in a module");
    }

    // ---- modules

    @Override
    public Object visit(ModTy.Module node) {
        return module(node);
    }

    @Override
    public Object visit(ModTy.Interactive node) {
        throw unexpected(node);
    }

    @Override
    public Object visit(ModTy.Expression node) {
        throw unexpected(node);
    }

    @Override
    public Object visit(ModTy.FunctionType node) {
        throw unexpected(node);
    }

    // ---- statements

    @Override
    public Object visit(StmtTy.FunctionDef node) {
        return new PyStmt.FunctionDef(node.name, arguments(node.args), stmts(node.body), exprs(node.decoratorList),
                expr(node.returns), converted(node.typeParams), false, span(node));
    }

    @Override
    public Object visit(StmtTy.AsyncFunctionDef node) {
        return new PyStmt.FunctionDef(node.name, arguments(node.args), stmts(node.body), exprs(node.decoratorList),
                expr(node.returns), converted(node.typeParams), true, span(node));
    }

    @Override
    public Object visit(StmtTy.ClassDef node) {
        return new PyStmt.ClassDef(node.name, exprs(node.bases), converted(node.keywords), stmts(node.body),
                exprs(node.decoratorList), converted(node.typeParams), span(node));
    }

    @Override
    public Object visit(StmtTy.Return node) {
        return new PyStmt.Return(expr(node.value), span(node));
    }

    @Override
    public Object visit(StmtTy.Delete node) {
        return new PyStmt.Delete(exprs(node.targets), span(node));
    }

    @Override
    public Object visit(StmtTy.Assign node) {
        return new PyStmt.Assign(exprs(node.targets), expr(node.value), span(node));
    }

    @Override
    public Object visit(StmtTy.TypeAlias node) {
        return new PyStmt.TypeAlias((PyExpr.Name) expr(node.name), converted(node.typeParams), expr(node.value),
                span(node));
    }

    @Override
    public Object visit(StmtTy.AugAssign node) {
        return new PyStmt.AugAssign(expr(node.target), BIN_OPS.get(node.op), expr(node.value), span(node));
    }

    @Override
    public Object visit(StmtTy.AnnAssign node) {
        return new PyStmt.AnnAssign(expr(node.target), expr(node.annotation), expr(node.value), node.isSimple,
                span(node));
    }

    @Override
    public Object visit(StmtTy.For node) {
        return new PyStmt.For(expr(node.target), expr(node.iter), stmts(node.body), stmts(node.orElse), false,
                span(node));
    }

    @Override
    public Object visit(StmtTy.AsyncFor node) {
        return new PyStmt.For(expr(node.target), expr(node.iter), stmts(node.body), stmts(node.orElse), true,
                span(node));
    }

    @Override
    public Object visit(StmtTy.While node) {
        return new PyStmt.While(expr(node.test), stmts(node.body), stmts(node.orElse), span(node));
    }

    @Override
    public Object visit(StmtTy.If node) {
        return new PyStmt.If(expr(node.test), stmts(node.body), stmts(node.orElse), span(node));
    }

    @Override
    public Object visit(StmtTy.With node) {
        return new PyStmt.With(converted(node.items), stmts(node.body), false, span(node));
    }

    @Override
    public Object visit(StmtTy.AsyncWith node) {
        return new PyStmt.With(converted(node.items), stmts(node.body), true, span(node));
    }

    @Override
    public Object visit(StmtTy.Match node) {
        return new PyStmt.Match(expr(node.subject), converted(node.cases), span(node));
    }

    @Override
    public Object visit(StmtTy.Raise node) {
        return new PyStmt.Raise(expr(node.exc), expr(node.cause), span(node));
    }

    @Override
    public Object visit(StmtTy.Try node) {
        return new PyStmt.Try(stmts(node.body), converted(node.handlers), stmts(node.orElse), stmts(node.finalBody),
                false, span(node));
    }

    @Override
    public Object visit(StmtTy.TryStar node) {
        return new PyStmt.Try(stmts(node.body), converted(node.handlers), stmts(node.orElse), stmts(node.finalBody),
                true, span(node));
    }

    @Override
    public Object visit(StmtTy.Assert node) {
        return new PyStmt.Assert(expr(node.test), expr(node.msg), span(node));
    }

    @Override
    public Object visit(StmtTy.Import node) {
        return new PyStmt.Import(converted(node.names), span(node));
    }

    @Override
    public Object visit(StmtTy.ImportFrom node) {
        return new PyStmt.ImportFrom(node.module, converted(node.names), node.level, span(node));
    }

    @Override
    public Object visit(StmtTy.Global node) {
        return new PyStmt.Global(List.of(node.names), span(node));
    }

    @Override
    public Object visit(StmtTy.Nonlocal node) {
        return new PyStmt.Nonlocal(List.of(node.names), span(node));
    }

    @Override
    public Object visit(StmtTy.Expr node) {
        return new PyStmt.ExprStmt(expr(node.value), span(node));
    }

    @Override
    public Object visit(StmtTy.Pass node) {
        return new PyStmt.Pass(span(node));
    }

    @Override
    public Object visit(StmtTy.Break node) {
        return new PyStmt.Break(span(node));
    }

    @Override
    public Object visit(StmtTy.Continue node) {
        return new PyStmt.Continue(span(node));
    }

    // ---- expressions

    @Override
    public Object visit(ExprTy.BoolOp node) {
        return new PyExpr.BoolOp(node.op == BoolOpTy.And ? BoolOperator.AND : BoolOperator.OR, exprs(node.values),
                span(node));
    }

    @Override
    public Object visit(ExprTy.NamedExpr node) {
        return new PyExpr.NamedExpr(expr(node.target), expr(node.value), span(node));
    }

    @Override
    public Object visit(ExprTy.BinOp node) {
        return new PyExpr.BinOp(expr(node.left), BIN_OPS.get(node.op), expr(node.right), span(node));
    }

    @Override
    public Object visit(ExprTy.UnaryOp node) {
        return new PyExpr.UnaryOp(UNARY_OPS.get(node.op), expr(node.operand), span(node));
    }

    @Override
    public Object visit(ExprTy.Lambda node) {
        return new PyExpr.Lambda(arguments(node.args), expr(node.body), span(node));
    }

    @Override
    public Object visit(ExprTy.IfExp node) {
        return new PyExpr.IfExp(expr(node.test), expr(node.body), expr(node.orElse), span(node));
    }

    @Override
    public Object visit(ExprTy.Dict node) {
        List<DictItem> items = new ArrayList<>();
        ExprTy[] keys = node.keys == null ? new ExprTy[0] : node.keys;
        for (int i = 0; i < keys.length; i++) {
            items.add(new DictItem(expr(keys[i]), expr(node.values[i])));
        }
        return new PyExpr.DictExpr(items, span(node));
    }

    @Override
    public Object visit(ExprTy.Set node) {
        return new PyExpr.SetExpr(exprs(node.elements), span(node));
    }

    @Override
    public Object visit(ExprTy.ListComp node) {
        return new PyExpr.ListComp(expr(node.element), converted(node.generators), span(node));
    }

    @Override
    public Object visit(ExprTy.SetComp node) {
        return new PyExpr.SetComp(expr(node.element), converted(node.generators), span(node));
    }

    @Override
    public Object visit(ExprTy.DictComp node) {
        return new PyExpr.DictComp(expr(node.key), expr(node.value), converted(node.generators), span(node));
    }

    @Override
    public Object visit(ExprTy.GeneratorExp node) {
        return new PyExpr.GeneratorExp(expr(node.element), converted(node.generators), span(node));
    }

    @Override
    public Object visit(ExprTy.Await node) {
        return new PyExpr.Await(expr(node.value), span(node));
    }

    @Override
    public Object visit(ExprTy.Yield node) {
        return new PyExpr.Yield(expr(node.value), span(node));
    }

    @Override
    public Object visit(ExprTy.YieldFrom node) {
        return new PyExpr.YieldFrom(expr(node.value), span(node));
    }

    @Override
    public Object visit(ExprTy.Compare node) {
        return new PyExpr.Compare(expr(node.left), map(node.ops, CMP_OPS::get), exprs(node.comparators), span(node));
    }

    @Override
    public Object visit(ExprTy.Call node) {
        return new PyExpr.Call(expr(node.func), exprs(node.args), converted(node.keywords), span(node));
    }

    @Override
    public Object visit(ExprTy.FormattedValue node) {
        return new FStringPart.Formatted(expr(node.value), Conversion.ofCode(node.conversion),
                (PyExpr.FString) expr(node.formatSpec), span(node));
    }

    @Override
    public Object visit(ExprTy.JoinedStr node) {
        List<FStringPart> parts = new ArrayList<>();
        for (ExprTy value : node.values == null ? new ExprTy[0] : node.values) {
            if (value instanceof ExprTy.Constant constant && constant.value.kind == ConstantValue.Kind.CODEPOINTS) {
                String text = constant.value.getCodePoints().toJavaString();
                if (!text.isEmpty()) {
                    parts.add(new FStringPart.Literal(text, span(value)));
                }
            } else {
                parts.add((FStringPart) convert(value));
            }
        }
        return new PyExpr.FString(parts, span(node));
    }

    @Override
    public Object visit(ExprTy.Constant node) {
        return constant(node.value, span(node));
    }

    private PyExpr constant(ConstantValue value, Span span) {
        switch (value.kind) {
            case NONE:
                return new PyExpr.NoneLit(span);
            case ELLIPSIS:
                return new PyExpr.EllipsisLit(span);
            case BOOLEAN:
                return new PyExpr.BoolLit(value.getBoolean(), span);
            case LONG:
                return new PyExpr.IntLit(BigInteger.valueOf(value.getLong()), span);
            case BIGINTEGER:
                return new PyExpr.IntLit(value.getBigInteger(), span);
            case DOUBLE:
                return new PyExpr.FloatLit(value.getDouble(), span);
            case COMPLEX:
                double[] complex = value.getComplex();
                return new PyExpr.ComplexLit(complex[0], complex[1], span);
            case CODEPOINTS:
                return new PyExpr.StrLit(value.getCodePoints().toJavaString(), span);
            case BYTES:
                return new PyExpr.BytesLit(value.getBytes(), span);
            case TUPLE:
                return new PyExpr.TupleExpr(constants(value.getTupleElements(), span), ExprContext.LOAD, span);
            case FROZENSET:
                return new PyExpr.SetExpr(constants(value.getFrozensetElements(), span), span);
            default:
                throw new UnsupportedOperationException("constant of kind " + value.kind);
        }
    }

    private List<PyExpr> constants(ConstantValue[] values, Span span) {
        List<PyExpr> out = new ArrayList<>();
        for (ConstantValue value : values) {
            out.add(constant(value, span));
        }
        return out;
    }

    @Override
    public Object visit(ExprTy.Attribute node) {
        return new PyExpr.Attribute(expr(node.value), node.attr, ctx(node.context), span(node));
    }

    @Override
    public Object visit(ExprTy.Subscript node) {
        return new PyExpr.Subscript(expr(node.value), expr(node.slice), ctx(node.context), span(node));
    }

    @Override
    public Object visit(ExprTy.Starred node) {
        return new PyExpr.Starred(expr(node.value), ctx(node.context), span(node));
    }

    @Override
    public Object visit(ExprTy.Name node) {
        return new PyExpr.Name(node.id, ctx(node.context), span(node));
    }

    @Override
    public Object visit(ExprTy.List node) {
        return new PyExpr.ListExpr(exprs(node.elements), ctx(node.context), span(node));
    }

    @Override
    public Object visit(ExprTy.Tuple node) {
        return new PyExpr.TupleExpr(exprs(node.elements), ctx(node.context), span(node));
    }

    @Override
    public Object visit(ExprTy.Slice node) {
        return new PyExpr.Slice(expr(node.lower), expr(node.upper), expr(node.step), span(node));
    }

    // ---- helper nodes

    @Override
    public Object visit(ComprehensionTy node) {
        return new Comprehension(expr(node.target), expr(node.iter), exprs(node.ifs), node.isAsync, span(node));
    }

    @Override
    public Object visit(ExceptHandlerTy.ExceptHandler node) {
        return new ExceptHandler(expr(node.type), node.name, stmts(node.body), span(node));
    }

    @Override
    public Object visit(ArgumentsTy node) {
        return arguments(node);
    }

    /**
     * GraalPy (like CPython) keeps defaults in separate lists: positional defaults right-aligned over the
     * positional-only and ordinary parameters, keyword-only defaults aligned with null gaps. Each of our
     * {@link Arg}s carries its own.
     */
    private Arguments arguments(ArgumentsTy node) {
        if (node == null) {
            return Arguments.empty(Span.NONE);
        }
        ArgTy[] posOnly = node.posOnlyArgs == null ? new ArgTy[0] : node.posOnlyArgs;
        ArgTy[] args = node.args == null ? new ArgTy[0] : node.args;
        ExprTy[] defaults = node.defaults == null ? new ExprTy[0] : node.defaults;
        int firstWithDefault = posOnly.length + args.length - defaults.length;
        List<Arg> posOnlyOut = new ArrayList<>();
        List<Arg> argsOut = new ArrayList<>();
        for (int i = 0; i < posOnly.length + args.length; i++) {
            ArgTy arg = i < posOnly.length ? posOnly[i] : args[i - posOnly.length];
            ExprTy defaultValue = i >= firstWithDefault ? defaults[i - firstWithDefault] : null;
            (i < posOnly.length ? posOnlyOut : argsOut).add(arg(arg, defaultValue));
        }
        ArgTy[] kwOnly = node.kwOnlyArgs == null ? new ArgTy[0] : node.kwOnlyArgs;
        List<Arg> kwOnlyOut = new ArrayList<>();
        for (int i = 0; i < kwOnly.length; i++) {
            ExprTy defaultValue = node.kwDefaults != null && i < node.kwDefaults.length ? node.kwDefaults[i] : null;
            kwOnlyOut.add(arg(kwOnly[i], defaultValue));
        }
        Arg vararg = node.varArg == null ? null : arg(node.varArg, null);
        Arg kwarg = node.kwArg == null ? null : arg(node.kwArg, null);
        Arguments shape = new Arguments(posOnlyOut, argsOut, vararg, kwOnlyOut, kwarg, Span.NONE);
        List<Arg> all = shape.all();
        if (all.isEmpty()) {
            return shape;
        }
        Arg last = all.get(all.size() - 1);
        Span end = last.defaultValue() != null ? last.defaultValue().span() : last.span();
        return new Arguments(posOnlyOut, argsOut, vararg, kwOnlyOut, kwarg, Span.between(all.get(0).span(), end));
    }

    private Arg arg(ArgTy node, ExprTy defaultValue) {
        if (++depth > maxDepth) {
            throw new TooDeepException();
        }
        try {
            return new Arg(node.arg, expr(node.annotation), expr(defaultValue), span(node));
        } finally {
            depth--;
        }
    }

    @Override
    public Object visit(ArgTy node) {
        return arg(node, null);
    }

    @Override
    public Object visit(KeywordTy node) {
        return new Keyword(node.arg, expr(node.value), span(node));
    }

    @Override
    public Object visit(AliasTy node) {
        return new Alias(node.name, node.asName, span(node));
    }

    @Override
    public Object visit(WithItemTy node) {
        return new WithItem(expr(node.contextExpr), expr(node.optionalVars), span(node));
    }

    @Override
    public Object visit(MatchCaseTy node) {
        return new MatchCase(pattern(node.pattern), expr(node.guard), stmts(node.body), span(node));
    }

    // ---- patterns

    @Override
    public Object visit(PatternTy.MatchValue node) {
        return new PyPattern.MatchValue(expr(node.value), span(node));
    }

    @Override
    public Object visit(PatternTy.MatchSingleton node) {
        Span span = span(node);
        return new PyPattern.MatchSingleton((PyExpr.Literal) constant(node.value, span), span);
    }

    @Override
    public Object visit(PatternTy.MatchSequence node) {
        return new PyPattern.MatchSequence(patterns(node.patterns), span(node));
    }

    @Override
    public Object visit(PatternTy.MatchMapping node) {
        return new PyPattern.MatchMapping(exprs(node.keys), patterns(node.patterns), node.rest, span(node));
    }

    @Override
    public Object visit(PatternTy.MatchClass node) {
        return new PyPattern.MatchClass(expr(node.cls), patterns(node.patterns),
                node.kwdAttrs == null ? List.of() : List.of(node.kwdAttrs), patterns(node.kwdPatterns), span(node));
    }

    @Override
    public Object visit(PatternTy.MatchStar node) {
        return new PyPattern.MatchStar(node.name, span(node));
    }

    @Override
    public Object visit(PatternTy.MatchAs node) {
        return new PyPattern.MatchAs(pattern(node.pattern), node.name, span(node));
    }

    @Override
    public Object visit(PatternTy.MatchOr node) {
        return new PyPattern.MatchOr(patterns(node.patterns), span(node));
    }

    // ---- type parameters and comments

    @Override
    public Object visit(TypeIgnoreTy.TypeIgnore node) {
        throw unexpected(node);
    }

    @Override
    public Object visit(TypeParamTy.TypeVar node) {
        return new TypeParam(TypeParam.Kind.TYPE_VAR, node.name, expr(node.bound), span(node));
    }

    @Override
    public Object visit(TypeParamTy.ParamSpec node) {
        return new TypeParam(TypeParam.Kind.PARAM_SPEC, node.name, null, span(node));
    }

    @Override
    public Object visit(TypeParamTy.TypeVarTuple node) {
        return new TypeParam(TypeParam.Kind.TYPE_VAR_TUPLE, node.name, null, span(node));
    }
}
