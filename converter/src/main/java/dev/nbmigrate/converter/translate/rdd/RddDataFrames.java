package dev.nbmigrate.converter.translate.rdd;

import static dev.nbmigrate.converter.translate.rdd.RddFunctions.invoke;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.UnknownType;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.Span;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.translate.ExprTranslator;
import dev.nbmigrate.converter.translate.TExpr;
import dev.nbmigrate.converter.translate.TranslationContext;
import dev.nbmigrate.converter.translate.Untranslatable;
import dev.nbmigrate.converter.translate.data.PyValue;
import dev.nbmigrate.converter.types.PairType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.RddType;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SparkObject;

/**
 * An RDD made a DataFrame: {@code rdd.toDF(names)} and {@code spark.createDataFrame(rdd, names or schema)}. An RDD
 * of pairs becomes Rows of two columns, typed as PySpark infers them from Python values (int as {@code bigint},
 * float as {@code double}, str as {@code string}, bool as {@code boolean}; named {@code _1}, {@code _2} when no
 * names are given); an RDD of Rows needs its schema.
 */
public final class RddDataFrames {

    /** The Spark SQL type PySpark infers for a Python value of each type. */
    private static final Map<PyType, DataType> INFERRED = Map.of(
            ScalarType.INT, DataTypes.LongType, ScalarType.FLOAT, DataTypes.DoubleType,
            ScalarType.STR, DataTypes.StringType, ScalarType.BOOL, DataTypes.BooleanType);

    private final TranslationContext context;
    private final ExprTranslator expressions;

    public RddDataFrames(TranslationContext context, ExprTranslator expressions) {
        this.context = context;
        this.expressions = expressions;
    }

    /** True when {@code value} is a translated RDD. */
    public static boolean isRdd(TExpr value) {
        PyType type = PyTypes.strip(value.type());
        return type instanceof RddType || type == SparkObject.RDD;
    }

    /**
     * The DataFrame of {@code rdd} on {@code session}, with {@code schema} (a list of column names, a DDL string
     * or a StructType) when given.
     */
    public TExpr dataFrame(Expression session, TExpr rdd, Optional<PyExpr> schema, Span span) {
        if (!(PyTypes.strip(rdd.type()) instanceof RddType rddType)) {
            throw new Untranslatable(Code.NBM271, span, "a DataFrame of an RDD whose elements have no known type");
        }
        PyType element = rddType.element();
        Optional<List<String>> names = schema.flatMap(this::names);
        if (element == SparkObject.ROW) {
            if (schema.isPresent() && names.isEmpty()) {
                return TExpr.of(invoke(session, "createDataFrame", rdd.java(), schemaOf(schema.get(), span)),
                        SparkObject.DATAFRAME);
            }
            // no schema: the first Row's, as PySpark infers it (a Row of df.rdd carries its DataFrame's schema)
            Expression frame = invoke(new NameExpr(context.imports().use("dev.nbmigrate.runtime.rdd.PyRdds")),
                    "dataFrame", session, rdd.java());
            if (names.isPresent()) {
                NodeList<Expression> columns = new NodeList<>();
                names.get().forEach(n -> columns.add(new StringLiteralExpr().setString(n)));
                frame = new MethodCallExpr(frame, "toDF", columns);
            }
            return TExpr.of(frame, SparkObject.DATAFRAME);
        }
        if (!(element instanceof PairType pair)) {
            throw new Untranslatable(Code.NBM271, span, "a DataFrame of an RDD of " + element.display()
                    + " (PySpark infers a schema from tuples and Rows only)");
        }
        Expression struct;
        if (schema.isEmpty() || names.isPresent()) {
            List<String> columns = names.orElse(List.of("_1", "_2"));
            if (columns.size() != 2) {
                throw new Untranslatable(Code.NBM271, span, columns.size() + " column names for pairs");
            }
            StructType inferred = new StructType().add(columns.get(0), sqlType(pair.first(), span), true)
                    .add(columns.get(1), sqlType(pair.second(), span), true);
            struct = invoke(new NameExpr(context.imports().use("org.apache.spark.sql.types.StructType")), "fromDDL",
                    new StringLiteralExpr().setString(inferred.toDDL()));
        } else {
            struct = schemaOf(schema.get(), span);
        }
        String p = expressions.scope().freshJavaName("p");
        LambdaExpr toRow = new LambdaExpr(new NodeList<>(new Parameter(new UnknownType(), p)),
                invoke(new NameExpr(context.imports().use("org.apache.spark.sql.RowFactory")), "create",
                        invoke(new NameExpr(p), "_1"), invoke(new NameExpr(p), "_2")));
        toRow.setEnclosingParameters(false);
        Expression rows = new MethodCallExpr(rdd.java(), "map", new NodeList<>(toRow));
        return TExpr.of(invoke(session, "createDataFrame", rows, struct), SparkObject.DATAFRAME);
    }

    /** The session to make the DataFrame on: the notebook's {@code spark}, else the active one. */
    public Expression session() {
        return expressions.scope().lookup("spark").filter(s -> PyTypes.strip(s.type()) == SparkObject.SPARK_SESSION)
                .<Expression>map(s -> new NameExpr(s.javaName()))
                .orElse(invoke(new NameExpr(context.imports().use("org.apache.spark.sql.SparkSession")), "active"));
    }

    private Optional<List<String>> names(PyExpr schema) {
        Optional<PyValue> folded = expressions.fold(schema);
        if (folded.isEmpty() || !(folded.get() instanceof PyValue.Sequence sequence)) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (PyValue item : sequence.items()) {
            if (!(item instanceof PyValue.Str text)) {
                return Optional.empty();
            }
            names.add(text.value());
        }
        return Optional.of(names);
    }

    private Expression schemaOf(PyExpr schema, Span span) {
        Optional<PyValue> folded = expressions.fold(schema);
        if (folded.isPresent() && folded.get() instanceof PyValue.Str ddl) {
            return invoke(new NameExpr(context.imports().use("org.apache.spark.sql.types.StructType")), "fromDDL",
                    new StringLiteralExpr().setString(ddl.value()));
        }
        TExpr translated = expressions.translate(schema);
        if (PyTypes.strip(translated.type()) != SparkObject.STRUCT_TYPE) {
            throw new Untranslatable(Code.NBM271, span, "the schema of the RDD's DataFrame is a "
                    + translated.type().display() + ", not a StructType");
        }
        return translated.java();
    }

    private static DataType sqlType(PyType type, Span span) {
        DataType sql = INFERRED.get(PyTypes.strip(type));
        if (sql == null) {
            throw new Untranslatable(Code.NBM271, span, "no column type is inferred for RDD values of type "
                    + type.display());
        }
        return sql;
    }
}
