package dev.nbmigrate.converter.translate;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import dev.nbmigrate.converter.api.CallPlan;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.types.JavaObjectType;
import dev.nbmigrate.converter.types.MlKind;
import dev.nbmigrate.converter.types.MlType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;

/**
 * Python expressions on Spark ML objects that are no call: {@code model.stages[-1]} (an element of the Java array
 * {@code model.stages()}, cast to the stage's class when the pipeline's stages are known) and a dict keyed by
 * params, {@code {evaluator.metricName: "mae"}}, which is a {@code ParamMap} ({@code new ParamMap()
 * .put(evaluator.metricName().w("mae"))}, each value typed by its param's {@code w} overload).
 */
final class MlExpressions {

    private static final String PIPELINE_MODEL = "org.apache.spark.ml.PipelineModel";
    private static final String PARAM = "org.apache.spark.ml.param.Param";

    private final TranslationContext context;
    private final ExprTranslator expressions;
    private final CallEmitter emitter;

    MlExpressions(TranslationContext context, ExprTranslator expressions) {
        this.context = context;
        this.expressions = expressions;
        this.emitter = new CallEmitter(context);
    }

    /** {@code model.stages[i]} for a variable holding a {@code PipelineModel}; empty for any other subscript. */
    Optional<TExpr> subscript(PyExpr.Subscript subscript) {
        if (!(subscript.value() instanceof PyExpr.Attribute attribute) || !attribute.attr().equals("stages")
                || !(attribute.value() instanceof PyExpr.Name name)) {
            return Optional.empty();
        }
        Optional<MlType> model = expressions.scope().lookup(name.id())
                .filter(Scope.Symbol::isVariable)
                .map(s -> PyTypes.strip(s.type()))
                .filter(t -> t instanceof MlType m && m.javaClass().equals(PIPELINE_MODEL))
                .map(MlType.class::cast);
        if (model.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> index = constantIndex(subscript.slice());
        if (index.isEmpty()) {
            throw new Untranslatable(Code.NBM237, subscript.span(), "model.stages[...] is translated for a constant "
                    + "int index only");
        }
        String variable = expressions.scope().lookup(name.id()).orElseThrow().javaName();
        Expression stages = new MethodCallExpr(new NameExpr(variable), "stages");
        int i = index.get();
        Expression position = i >= 0 ? new IntegerLiteralExpr(Integer.toString(i))
                : new BinaryExpr(new FieldAccessExpr(new MethodCallExpr(new NameExpr(variable), "stages"), "length"),
                        new IntegerLiteralExpr(Integer.toString(-i)), BinaryExpr.Operator.MINUS);
        Expression element = new ArrayAccessExpr(stages, position);
        List<MlType> known = model.get().stages();
        int resolved = i >= 0 ? i : known.size() + i;
        if (resolved >= 0 && resolved < known.size()) {
            MlType stage = known.get(resolved);
            String simple = context.imports().use(stage.javaClass().replace('$', '.'));
            return Optional.of(TExpr.of(new CastExpr(StaticJavaParser.parseClassOrInterfaceType(simple), element),
                    stage));
        }
        return Optional.of(TExpr.of(element, MlType.of(MlKind.TRANSFORMER)));
    }

    private static Optional<Integer> constantIndex(PyExpr slice) {
        BigInteger value = null;
        if (slice instanceof PyExpr.IntLit literal) {
            value = literal.value();
        } else if (slice instanceof PyExpr.UnaryOp unary && unary.operand() instanceof PyExpr.IntLit literal
                && unary.op() == dev.nbmigrate.converter.parse.python.ast.UnaryOperator.USUB) {
            value = literal.value().negate();
        }
        return value == null || value.bitLength() > 31 ? Optional.empty() : Optional.of(value.intValue());
    }

    /**
     * A dict literal whose keys are ML params ({@code {lr.regParam: 0.1, lr.maxIter: 5}}) as a {@code ParamMap};
     * empty when its first key is not an attribute holding a param.
     */
    Optional<TExpr> paramMap(PyExpr.DictExpr dict) {
        if (dict.items().isEmpty() || !(dict.items().get(0).key() instanceof PyExpr.Attribute)) {
            return Optional.empty();
        }
        TExpr first = expressions.translate(dict.items().get(0).key());
        if (!isParam(first.type())) {
            return Optional.empty();
        }
        NodeList<Expression> pairs = new NodeList<>();
        for (int i = 0; i < dict.items().size(); i++) {
            var item = dict.items().get(i);
            TExpr key = i == 0 ? first : item.key() == null ? null : expressions.translate(item.key());
            if (key == null || !isParam(key.type())) {
                throw new Untranslatable(Code.NBM237, dict.span(), "a dict of ML params must have only params as keys");
            }
            TExpr value = expressions.translate(item.value());
            CallPlan pair = context.planner().plan(key.type(), "w", List.of(value.arg()), Map.of());
            pairs.add(emitter.emit(pair, key, List.of(value), Map.of(), item.value().span()).java());
        }
        Expression java = new MethodCallExpr(new ObjectCreationExpr(null, new ClassOrInterfaceType(null,
                context.imports().use(MlEmitter.PARAM_MAP)), new NodeList<>()), "put", pairs);
        return Optional.of(TExpr.of(java, new JavaObjectType(MlEmitter.PARAM_MAP)));
    }

    private boolean isParam(PyType type) {
        if (!(PyTypes.strip(type) instanceof JavaObjectType java)) {
            return false;
        }
        Optional<Class<?>> param = context.catalog().resolver().load(PARAM);
        Optional<Class<?>> cls = context.catalog().resolver().load(java.javaClass());
        return param.isPresent() && cls.isPresent() && param.get().isAssignableFrom(cls.get());
    }
}
