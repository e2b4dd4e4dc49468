package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.api.ApiSupport;
import dev.nbmigrate.converter.api.Arg;
import dev.nbmigrate.converter.api.CallPlan;
import dev.nbmigrate.converter.api.CallPlanner;
import dev.nbmigrate.converter.api.MemberKind;
import dev.nbmigrate.converter.api.SupportStatus;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.types.ClassObjectType;
import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.FunctionKind;
import dev.nbmigrate.converter.types.FunctionType;
import dev.nbmigrate.converter.types.JavaObjectType;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PandasType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.TupleType;
import dev.nbmigrate.converter.types.UnknownType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies and plans each use of the PySpark API through {@link ApiCatalog} and {@link CallPlanner} (the same
 * table and planner the translator uses), records it as an {@link ApiReference}, and gives the result's type.
 */
final class ApiUses {

    /** SparkContext members that make RDDs (unsupported, so the table gives no result type). */
    private static final Set<String> RDD_MAKERS = Set.of("textFile", "wholeTextFiles", "binaryFiles",
            "binaryRecords", "sequenceFile", "pickleFile", "hadoopFile", "hadoopRDD", "newAPIHadoopFile",
            "newAPIHadoopRDD", "union", "emptyRDD", "range", "parallelize", "objectFile");
    /** RDD members that return something other than an RDD. */
    private static final Map<String, PyType> RDD_RESULTS = Map.ofEntries(
            Map.entry("collect", new ListType(UnknownType.UNKNOWN)),
            Map.entry("take", new ListType(UnknownType.UNKNOWN)),
            Map.entry("top", new ListType(UnknownType.UNKNOWN)),
            Map.entry("takeOrdered", new ListType(UnknownType.UNKNOWN)),
            Map.entry("takeSample", new ListType(UnknownType.UNKNOWN)),
            Map.entry("count", ScalarType.INT),
            Map.entry("countByKey", new DictType(UnknownType.UNKNOWN, ScalarType.INT)),
            Map.entry("countByValue", new DictType(UnknownType.UNKNOWN, ScalarType.INT)),
            Map.entry("collectAsMap", new DictType(UnknownType.UNKNOWN, UnknownType.UNKNOWN)),
            Map.entry("first", UnknownType.UNKNOWN),
            Map.entry("reduce", UnknownType.UNKNOWN),
            Map.entry("fold", UnknownType.UNKNOWN),
            Map.entry("aggregate", UnknownType.UNKNOWN),
            Map.entry("sum", ScalarType.FLOAT),
            Map.entry("mean", ScalarType.FLOAT),
            Map.entry("isEmpty", ScalarType.BOOL),
            Map.entry("getNumPartitions", ScalarType.INT),
            Map.entry("foreach", ScalarType.NONE),
            Map.entry("foreachPartition", ScalarType.NONE),
            Map.entry("saveAsTextFile", ScalarType.NONE),
            Map.entry("saveAsPickleFile", ScalarType.NONE),
            Map.entry("saveAsSequenceFile", ScalarType.NONE),
            Map.entry("toDF", SparkObject.DATAFRAME),
            Map.entry("histogram", new TupleType(List.of(new ListType(UnknownType.UNKNOWN),
                    new ListType(ScalarType.INT)), false)),
            Map.entry("value", UnknownType.UNKNOWN),
            Map.entry("add", ScalarType.NONE));

    private final ApiCatalog catalog;
    private final CallPlanner planner;
    private final AnalysisState state;

    ApiUses(ApiCatalog catalog, AnalysisState state) {
        this.catalog = catalog;
        this.planner = new CallPlanner(catalog);
        this.state = state;
    }

    /** True when values of this type have PySpark API members (modules and classes only PySpark's own). */
    boolean isApi(PyType type) {
        PyType t = PyTypes.strip(type);
        Optional<String> owner = catalog.ownerOf(t);
        if (owner.isEmpty()) {
            return false;
        }
        return !(t instanceof dev.nbmigrate.converter.types.ModuleType || t instanceof ClassObjectType)
                || owner.get().startsWith("pyspark");
    }

    /** The owner name the catalog classifies members of this type under. */
    String owner(PyType type) {
        return catalog.ownerOf(PyTypes.strip(type)).orElse("?");
    }

    /** The type of a PySpark name as imported, e.g. {@code pyspark.sql.functions} or {@code pyspark.sql.Window}. */
    Optional<PyType> typeOfQualifiedName(String qualname) {
        return catalog.typeOfQualifiedName(qualname);
    }

    /** {@code receiver.member(args)} for a receiver of the API. */
    Eval call(Eval receiver, String member, CallArgs args, PyExpr node, Location at, Frame frame) {
        PyType type = PyTypes.strip(receiver.type());
        CallPlan plan = planner.plan(type, member, positional(args), keywords(args));
        PyType result = resultOf(type, member, plan, args);
        record(plan, at, node, result, frame);
        return Eval.of(result);
    }

    /** {@code Cls(args)}: constructing a PySpark class. */
    Eval construct(ClassObjectType cls, CallArgs args, PyExpr node, Location at, Frame frame) {
        CallPlan plan = planner.planConstruction(cls, positional(args), keywords(args));
        PyType result = plan.resultType();
        if (result.isUnknown()) {
            result = SparkObject.byPysparkClass(cls.qualname()).map(o -> (PyType) o).orElse(UnknownType.UNKNOWN);
        }
        record(plan, at, node, result, frame);
        return Eval.of(result);
    }

    /**
     * {@code receiver.member} read without a call: a property or constant is planned as the read it is; a method
     * becomes a bound API member; a DataFrame's unknown attribute is a column ({@code df.amount}).
     */
    Eval attribute(Eval receiver, String member, PyExpr node, Location at, Frame frame) {
        PyType type = PyTypes.strip(receiver.type());
        String owner = catalog.ownerOf(type).orElseThrow();
        ApiSupport support = catalog.classify(owner, member);
        if (support.source() == ApiSupport.Source.NOT_FOUND && !member.startsWith("_")
                && catalog.classify(owner, "__getattr__").source() == ApiSupport.Source.TABLE) {
            CallPlan plan = planner.plan(type, "__getattr__", List.of(Arg.strLiteral(member)), Map.of());
            PyType result = plan.resultType();
            record(plan, at, node, result, frame);
            return Eval.of(result);
        }
        if (support.kind() == MemberKind.METHOD && support.status() != SupportStatus.UNSUPPORTED) {
            Optional<CallPlan> param = paramRead(type, member);
            if (param.isPresent()) {
                record(param.get(), at, node, param.get().resultType(), frame);
                return Eval.of(param.get().resultType());
            }
            ApiReference reference = new ApiReference(support, at, node,
                    new dev.nbmigrate.converter.types.ApiMemberType(support.owner(), member), List.of());
            state.addReference(reference, frame.mode);
            return Eval.of(reference.result());
        }
        if (support.kind() == MemberKind.CLASS) {
            PyType cls = new ClassObjectType(support.owner() + "." + member);
            state.addReference(new ApiReference(support, at, node, cls, List.of()), frame.mode);
            return Eval.of(cls);
        }
        CallPlan plan = planner.planAttribute(type, member);
        PyType result = resultOf(type, member, plan, null);
        record(plan, at, node, result, frame);
        return Eval.of(result);
    }

    /**
     * {@code stage.regParam} of an ML stage: in PySpark a {@code Param} attribute, in Java the method that returns it
     * ({@code stage.regParam()}), as the translator writes it; so {@code {evaluator.metricName: "f1"}} is a dict of
     * params (a {@code ParamMap}) and {@code addGrid(lr.regParam, [...])} takes a {@code DoubleParam}.
     */
    private Optional<CallPlan> paramRead(PyType receiver, String member) {
        if (!catalog.ownerOf(receiver).orElse("").startsWith("pyspark.ml.")) {
            return Optional.empty();
        }
        CallPlan plan = planner.planAttribute(receiver, member);
        Optional<Class<?>> param = catalog.resolver().load(PARAM);
        Optional<Class<?>> result = PyTypes.strip(plan.resultType()) instanceof JavaObjectType java
                ? catalog.resolver().load(java.javaClass()) : Optional.empty();
        return plan.issues().isEmpty() && param.isPresent() && result.isPresent()
                && param.get().isAssignableFrom(result.get()) ? Optional.of(plan) : Optional.empty();
    }

    private static final String PARAM = "org.apache.spark.ml.param.Param";

    /** An operator applied to a Column: {@code col + 1} is {@code Column.__add__}, {@code 1 + col} {@code __radd__}. */
    Eval operator(String dunder, List<Eval> operands, List<PyExpr> operandExprs, PyExpr node, Location at,
                  Frame frame) {
        List<Arg> args = new ArrayList<>();
        for (int i = 0; i < operands.size(); i++) {
            args.add(arg(operands.get(i), operandExprs.get(i)));
        }
        CallPlan plan = planner.plan(SparkObject.COLUMN, dunder, args, Map.of());
        PyType result = plan.resultType().isUnknown() ? SparkObject.COLUMN : plan.resultType();
        record(plan, at, node, result, frame);
        return Eval.of(result);
    }

    private void record(CallPlan plan, Location at, PyExpr node, PyType result, Frame frame) {
        // an RDD member the translator has Java for is supported (the translator reports the calls it cannot type)
        Optional<ApiSupport> rdd = dev.nbmigrate.converter.api.RddMembers.translated(plan.support().owner(),
                plan.support().member());
        List<Diagnostic> issues = new ArrayList<>();
        for (CallPlan.Issue issue : plan.issues()) {
            if (rdd.isEmpty() || issue.code() != dev.nbmigrate.converter.diag.Code.NBM203) {
                issues.add(Diagnostic.of(issue.code(), at, issue.message()));
            }
        }
        state.addReference(new ApiReference(rdd.orElse(plan.support()), at, node, result, issues), frame.mode);
    }

    /** The result type, with what the table cannot say about unsupported members filled in. */
    private PyType resultOf(PyType receiver, String member, CallPlan plan, CallArgs args) {
        PyType result = plan.resultType();
        String owner = plan.support().owner();
        if (receiver == SparkObject.RDD || owner.equals("pyspark.RDD")) {
            return RDD_RESULTS.getOrDefault(member, SparkObject.RDD);
        }
        if (receiver == SparkObject.SPARK_CONTEXT && RDD_MAKERS.contains(member)) {
            return SparkObject.RDD;
        }
        if (receiver == SparkObject.DATAFRAME) {
            switch (member) {
                case "rdd" -> {
                    return SparkObject.RDD;
                }
                case "toPandas" -> {
                    return new PandasType("DataFrame");
                }
                case "__getitem__" -> {
                    return args == null || args.size() == 0 ? result : dataFrameItem(args.positional().get(0).type());
                }
                default -> {
                }
            }
        }
        if (owner.equals("pyspark.sql.functions") && (member.equals("udf") || member.equals("pandas_udf"))) {
            Eval function = args == null ? null : args.arg(0, "f");
            int arity = function != null && function.type() instanceof FunctionType f ? f.arity() : 1;
            return new FunctionType(arity, FunctionKind.UDF, SparkObject.COLUMN);
        }
        if ((owner.equals("pyspark.sql.UDFRegistration") && member.equals("register"))
                || (owner.equals("pyspark.sql.SQLContext") && member.equals("registerFunction"))) {
            return new FunctionType(1, FunctionKind.UDF, SparkObject.COLUMN);
        }
        return result;
    }

    private static PyType dataFrameItem(PyType index) {
        PyType item = PyTypes.strip(index);
        if (item == ScalarType.STR || item == ScalarType.INT) {
            return SparkObject.COLUMN;
        }
        if (item instanceof ListType || item instanceof TupleType || item == SparkObject.COLUMN) {
            return SparkObject.DATAFRAME;
        }
        return UnknownType.UNKNOWN;
    }

    private List<Arg> positional(CallArgs args) {
        List<Arg> out = new ArrayList<>();
        for (int i = 0; i < args.positional().size(); i++) {
            out.add(arg(args.positional().get(i), args.positionalExprs().get(i)));
        }
        return out;
    }

    private Map<String, Arg> keywords(CallArgs args) {
        Map<String, Arg> out = new LinkedHashMap<>();
        for (int i = 0; i < args.keywordNames().size(); i++) {
            out.put(args.keywordNames().get(i), arg(args.keywords().get(i), args.keywordExprs().get(i)));
        }
        return out;
    }

    /** The planner's view of one argument: its type, and its value when it is written as a literal. */
    Arg arg(Eval value, PyExpr expr) {
        PyType type = value.type();
        if (expr instanceof PyExpr.Starred) {
            return Arg.starred(type);
        }
        if (expr instanceof PyExpr.StrLit s) {
            return Arg.strLiteral(s.value());
        }
        if (expr instanceof PyExpr.IntLit i) {
            return i.fitsLong() ? Arg.intLiteral(i.longValue()) : Arg.of(ScalarType.INT);
        }
        if (expr instanceof PyExpr.FloatLit f) {
            return Arg.floatLiteral(f.value());
        }
        if (expr instanceof PyExpr.BoolLit b) {
            return Arg.boolLiteral(b.value());
        }
        if (expr instanceof PyExpr.NoneLit) {
            return Arg.none();
        }
        if (expr instanceof PyExpr.UnaryOp u && u.op() == dev.nbmigrate.converter.parse.python.ast.UnaryOperator.USUB) {
            if (u.operand() instanceof PyExpr.IntLit i && i.fitsLong()) {
                return Arg.intLiteral(-i.longValue());
            }
            if (u.operand() instanceof PyExpr.FloatLit f) {
                return Arg.floatLiteral(-f.value());
            }
        }
        if (expr instanceof PyExpr.ListExpr list) {
            return Arg.listLiteral(elementArgs(list.elements()));
        }
        if (expr instanceof PyExpr.TupleExpr tuple) {
            return Arg.tupleLiteral(elementArgs(tuple.elements()));
        }
        if (expr instanceof PyExpr.DictExpr && type instanceof DictType dict) {
            return Arg.dictLiteral(dict);
        }
        return Arg.of(type);
    }

    private List<Arg> elementArgs(List<PyExpr> elements) {
        List<Arg> out = new ArrayList<>();
        for (PyExpr element : elements) {
            out.add(arg(Eval.of(state.lastType(element)), element));
        }
        return out;
    }
}
