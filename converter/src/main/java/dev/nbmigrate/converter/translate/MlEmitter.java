package dev.nbmigrate.converter.translate;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import dev.nbmigrate.converter.api.Arg;
import dev.nbmigrate.converter.api.CallPlan;
import dev.nbmigrate.converter.api.Resolution;
import dev.nbmigrate.converter.api.TranslationRule;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.Span;
import dev.nbmigrate.converter.types.JavaObjectType;
import dev.nbmigrate.converter.types.MlKind;
import dev.nbmigrate.converter.types.MlType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SparkObject;

/**
 * Writes the Java of Spark ML calls whose form differs from a plain method call (rules ml-setters, ml-set-params
 * and ml-copy): {@code StringIndexer(inputCol="a", outputCol="b")} is
 * {@code new StringIndexer().setInputCol("a").setOutputCol("b")}, {@code stage.setParams(k=v)} is
 * {@code stage.setK(v)}, {@code stage.copy()} is {@code stage.copy(new ParamMap())}. It also keeps the stage types
 * of pipelines in the type lattice ({@code Pipeline(stages=[...]).fit(df)} is a {@code PipelineModel} whose stages
 * are the fitted models) and turns the arrays ML members return into the lists Python has.
 */
final class MlEmitter {

    static final String PARAM_MAP = "org.apache.spark.ml.param.ParamMap";
    private static final String ML_PACKAGE = "org.apache.spark.ml.";
    private static final String PIPELINE_MODEL = "org.apache.spark.ml.PipelineModel";
    private static final Set<TranslationRule> RULES = EnumSet.of(TranslationRule.ML_SETTERS,
            TranslationRule.ML_SET_PARAMS, TranslationRule.ML_COPY);

    private final TranslationContext context;
    private final CallEmitter calls;

    MlEmitter(TranslationContext context, CallEmitter calls) {
        this.context = context;
        this.calls = calls;
    }

    /** True when the plan's rule is one this class writes. */
    static boolean handles(CallPlan plan) {
        return plan.support().rule().map(RULES::contains).orElse(false);
    }

    /** The Java of a plan {@link #handles} accepts; its issues were reported by the caller. */
    TExpr emit(CallPlan plan, TExpr receiver, List<TExpr> positional, Map<String, TExpr> keywords, Span span) {
        TranslationRule rule = plan.support().rule().orElseThrow();
        return switch (rule) {
            case ML_SETTERS -> construct(plan, keywords, span);
            case ML_SET_PARAMS -> setParams(plan, receiver, keywords, span);
            case ML_COPY -> copy(plan, receiver, positional, keywords, span);
            default -> throw new IllegalArgumentException("not an ML rule: " + rule.id());
        };
    }

    private TExpr construct(CallPlan plan, Map<String, TExpr> keywords, Span span) {
        if (plan.resolution().isEmpty() || !(plan.resolution().get() instanceof Resolution.Resolved constructor)) {
            throw new Untranslatable(Code.NBM211, span, plan.support().qualifiedName() + " has no Java constructor");
        }
        Expression java = new ObjectCreationExpr(null, new ClassOrInterfaceType(null,
                context.imports().use(constructor.owner().getName().replace('$', '.'))), new NodeList<>());
        java = setters(java, plan, keywords, span);
        return TExpr.of(java, withStages(plan.resultType(), keywords.get("stages")));
    }

    private TExpr setParams(CallPlan plan, TExpr receiver, Map<String, TExpr> keywords, Span span) {
        if (receiver == null) {
            throw new Untranslatable(Code.NBM237, span, plan.support().qualifiedName() + " needs a receiver");
        }
        Expression java = setters(ExprTranslator.enclosed(receiver.java()), plan, keywords, span);
        return TExpr.of(java, withStages(receiver.type(), keywords.get("stages")));
    }

    /** {@code base.setK(v)...}: one call per setter of the plan, each argument converted as resolved. */
    private Expression setters(Expression base, CallPlan plan, Map<String, TExpr> keywords, Span span) {
        Expression java = base;
        for (CallPlan.Setter setter : plan.setters()) {
            if (!(setter.resolution() instanceof Resolution.Resolved resolved) || resolved.conversions().size() != 1) {
                throw new Untranslatable(Code.NBM211, span, plan.support().qualifiedName() + ": no Java "
                        + setter.javaName() + " for " + setter.value().describe());
            }
            TExpr value = keywords.get(setter.keyword());
            importComponent(resolved.member().getParameterTypes()[0]);
            java = new MethodCallExpr(java, setter.javaName(),
                    new NodeList<>(calls.convert(value, resolved.conversions().get(0))));
        }
        return java;
    }

    /** Imports the element class of an array parameter ({@code PipelineStage[]}), which the conversion names simply. */
    private void importComponent(Class<?> parameter) {
        Class<?> component = parameter;
        while (component.isArray()) {
            component = component.getComponentType();
        }
        if (component != parameter && !component.isPrimitive() && !component.getName().startsWith("java.lang.")) {
            context.imports().use(component.getName().replace('$', '.'));
        }
    }

    /** {@code stage.copy(extra=None)}: Java's {@code copy} always takes a {@code ParamMap}. */
    private TExpr copy(CallPlan plan, TExpr receiver, List<TExpr> positional, Map<String, TExpr> keywords,
            Span span) {
        if (receiver == null) {
            throw new Untranslatable(Code.NBM237, span, plan.support().qualifiedName() + " needs a receiver");
        }
        TExpr extra = !positional.isEmpty() ? positional.get(0) : keywords.get("extra");
        Expression params;
        if (extra == null || PyTypes.strip(extra.type()) == ScalarType.NONE) {
            params = new ObjectCreationExpr(null, new ClassOrInterfaceType(null, context.imports().use(PARAM_MAP)),
                    new NodeList<>());
        } else if (PyTypes.strip(extra.type()) instanceof JavaObjectType java && java.javaClass().equals(PARAM_MAP)) {
            params = extra.java();
        } else {
            throw new Untranslatable(Code.NBM211, span, plan.support().qualifiedName()
                    + ": extra must be a dict of params ({stage.param: value}), not " + extra.type().display());
        }
        return TExpr.of(new MethodCallExpr(ExprTranslator.enclosed(receiver.java()), "copy", new NodeList<>(params)),
                receiver.type());
    }

    /**
     * The type of an ML call's result with what the Java signature does not say: the stages a pipeline was given
     * ({@code setStages}) and, for {@code fit} of a pipeline with known stages, the fitted stages.
     */
    PyType refine(CallPlan plan, TExpr receiver, List<TExpr> positional, PyType type) {
        if (receiver == null || !(PyTypes.strip(receiver.type()) instanceof MlType stage)) {
            return type;
        }
        String member = plan.support().member();
        if (member.equals("setStages") && positional.size() == 1) {
            return withStages(type, positional.get(0));
        }
        if (member.equals("fit") && !stage.stages().isEmpty() && type instanceof MlType model
                && model.javaClass().equals(PIPELINE_MODEL)) {
            return model.withStages(stage.stages().stream().map(this::fitted).toList());
        }
        return type;
    }

    /** What a pipeline stage becomes in the fitted pipeline: an estimator its model, a transformer itself. */
    private MlType fitted(MlType stage) {
        if (!stage.kind().isA(MlKind.ESTIMATOR)) {
            return stage;
        }
        CallPlan fit = context.planner().plan(stage, "fit", List.of(Arg.of(SparkObject.DATAFRAME)), Map.of());
        MlType model = fit.resultType() instanceof MlType m && m.kind().isA(MlKind.TRANSFORMER) ? m
                : MlType.of(MlKind.MODEL);
        return stage.stages().isEmpty() ? model : model.withStages(stage.stages().stream().map(this::fitted).toList());
    }

    /** {@code type} with the stage types of a list literal of ML stages, when it is an ML type and they are known. */
    private static PyType withStages(PyType type, TExpr stages) {
        if (!(type instanceof MlType ml) || stages == null || stages.elements().isEmpty()) {
            return type;
        }
        List<MlType> types = new ArrayList<>();
        for (TExpr element : stages.elements()) {
            if (!(PyTypes.strip(element.type()) instanceof MlType stage)) {
                return ml;
            }
            types.add(stage);
        }
        return ml.withStages(types);
    }

    /**
     * The Python list for an array an ML member returns ({@code model.stages}, {@code labels},
     * {@code ParamGridBuilder.build()}, {@code Vector.toArray()}), matching the lattice's {@code list} type.
     */
    Optional<Expression> arrayAsList(Expression call, Resolution.Resolved resolved) {
        if (!(resolved.member() instanceof Method method) || !method.getReturnType().isArray()
                || !method.getDeclaringClass().getName().startsWith(ML_PACKAGE)) {
            return Optional.empty();
        }
        Class<?> component = method.getReturnType().getComponentType();
        NameExpr arrays = new NameExpr(context.imports().use("java.util.Arrays"));
        if (!component.isPrimitive()) {
            return Optional.of(new MethodCallExpr(arrays, "asList", new NodeList<>(call)));
        }
        Expression stream = new MethodCallExpr(arrays, "stream", new NodeList<>(call));
        if (component == int.class) {
            stream = new MethodCallExpr(stream, "asLongStream");
        } else if (component != long.class && component != double.class) {
            return Optional.empty();
        }
        return Optional.of(new MethodCallExpr(new MethodCallExpr(stream, "boxed"), "toList"));
    }
}
