package dev.nbmigrate.converter.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;

import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;

/**
 * The data of {@code createDataFrame} written as a list literal of tuples whose values are expressions of known scalar
 * types rather than constants ({@code [("TP", tp), ("FP", fp)]} after {@code tp = float(...)}): each tuple is a
 * {@code RowFactory.create(...)} of the translated values, and the schema is the one PySpark infers from them (a
 * Python int is a {@code bigint}, a float a {@code double}, a str a {@code string}, a bool a {@code boolean}; every
 * field nullable; names {@code _1, _2, ...} unless the notebook gives a list of names).
 */
final class ExpressionRows {

    /** The Spark type PySpark infers for a Python value of each scalar type. */
    private static final Map<ScalarType, DataType> INFERRED = Map.of(ScalarType.INT, DataTypes.LongType,
            ScalarType.FLOAT, DataTypes.DoubleType, ScalarType.STR, DataTypes.StringType, ScalarType.BOOL,
            DataTypes.BooleanType);

    /** The rows as Java and the schema PySpark infers for them. */
    record Rows(List<Expression> rows, StructType schema) {
        Rows {
            rows = List.copyOf(rows);
        }
    }

    private final TranslationContext context;
    private final ExprTranslator expressions;

    ExpressionRows(TranslationContext context, ExprTranslator expressions) {
        this.context = context;
        this.expressions = expressions;
    }

    /**
     * The rows of {@code data} with column {@code names} (none: {@code _1, _2, ...}); empty when {@code data} is not a
     * list of tuples of one size whose values all have a scalar type, one per column, or the names do not fit.
     */
    Optional<Rows> of(PyExpr data, List<String> names) {
        if (!(data instanceof PyExpr.ListExpr list) || list.elements().isEmpty()) {
            return Optional.empty();
        }
        int width = -1;
        List<List<PyExpr>> tuples = new ArrayList<>();
        for (PyExpr element : list.elements()) {
            if (!(element instanceof PyExpr.TupleExpr tuple) || tuple.elements().isEmpty()
                    || width >= 0 && tuple.elements().size() != width) {
                return Optional.empty();
            }
            width = tuple.elements().size();
            tuples.add(tuple.elements());
        }
        if (!names.isEmpty() && names.size() != width) {
            return Optional.empty();
        }
        DataType[] types = new DataType[width];
        List<List<Expression>> values = new ArrayList<>();
        for (List<PyExpr> tuple : tuples) {
            List<Expression> row = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                PyExpr value = tuple.get(i);
                if (value instanceof PyExpr.NoneLit) {
                    row.add(new NullLiteralExpr());
                    continue;
                }
                TExpr java = expressions.translate(value);
                PyType type = PyTypes.strip(java.type());
                DataType spark = type instanceof ScalarType scalar ? INFERRED.get(scalar) : null;
                if (spark == null || types[i] != null && !types[i].equals(spark)) {
                    return Optional.empty(); // PySpark cannot merge two types in one column either
                }
                types[i] = spark;
                row.add(java.java());
            }
            values.add(row);
        }
        StructType schema = new StructType();
        for (int i = 0; i < width; i++) {
            if (types[i] == null) {
                return Optional.empty(); // a column of None only: PySpark cannot infer its type
            }
            schema = schema.add(names.isEmpty() ? "_" + (i + 1) : names.get(i), types[i], true);
        }
        String factory = context.imports().use("org.apache.spark.sql.RowFactory");
        List<Expression> rows = values.stream().<Expression>map(row -> new MethodCallExpr(new NameExpr(factory),
                "create", new NodeList<>(row))).toList();
        return Optional.of(new Rows(rows, schema));
    }
}
