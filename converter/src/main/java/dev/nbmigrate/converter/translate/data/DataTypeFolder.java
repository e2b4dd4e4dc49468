package dev.nbmigrate.converter.translate.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import dev.nbmigrate.converter.parse.python.ast.PyExpr;

/**
 * Folds a {@code pyspark.sql.types} expression ({@code StructType([StructField("a", IntegerType(), False)])},
 * {@code ArrayType(StringType())}, {@code DecimalType(10, 2)}) into the Spark {@link DataType} it builds, so that
 * data can be checked against it and written as Java at conversion time.
 */
public final class DataTypeFolder {

    private static final String TYPES = "pyspark.sql.types.";

    private static final Map<String, DataType> ATOMIC = Map.ofEntries(
            Map.entry("StringType", DataTypes.StringType), Map.entry("IntegerType", DataTypes.IntegerType),
            Map.entry("LongType", DataTypes.LongType), Map.entry("DoubleType", DataTypes.DoubleType),
            Map.entry("FloatType", DataTypes.FloatType), Map.entry("BooleanType", DataTypes.BooleanType),
            Map.entry("DateType", DataTypes.DateType), Map.entry("TimestampType", DataTypes.TimestampType),
            Map.entry("TimestampNTZType", DataTypes.TimestampNTZType), Map.entry("BinaryType", DataTypes.BinaryType),
            Map.entry("ShortType", DataTypes.ShortType), Map.entry("ByteType", DataTypes.ByteType),
            Map.entry("NullType", DataTypes.NullType));

    private final Function<PyExpr, Optional<String>> qualifiedName;
    private final PyValueFolder values;
    private final Function<String, Optional<DataType>> variables;

    /**
     * @param qualifiedName what a callee names, e.g. {@code pyspark.sql.types.StringType}
     * @param values folds plain arguments (names, flags, precision)
     * @param variables the data type a variable was bound to, if known
     */
    public DataTypeFolder(Function<PyExpr, Optional<String>> qualifiedName, PyValueFolder values,
            Function<String, Optional<DataType>> variables) {
        this.qualifiedName = qualifiedName;
        this.values = values;
        this.variables = variables;
    }

    public Optional<DataType> fold(PyExpr expr) {
        if (expr instanceof PyExpr.Name name) {
            return variables.apply(name.id());
        }
        if (!(expr instanceof PyExpr.Call call)) {
            return Optional.empty();
        }
        Optional<String> callee = qualifiedName.apply(call.func()).filter(q -> q.startsWith(TYPES));
        if (callee.isEmpty()) {
            return Optional.empty();
        }
        String name = callee.get().substring(TYPES.length());
        DataType atomic = ATOMIC.get(name);
        if (atomic != null) {
            return call.args().isEmpty() ? Optional.of(atomic) : Optional.empty();
        }
        return switch (name) {
            case "DecimalType" -> decimal(call);
            case "ArrayType" -> arg(call, 0, "elementType").flatMap(this::fold).map(element ->
                    DataTypes.createArrayType(element, flag(call, 1, "containsNull")));
            case "MapType" -> {
                Optional<DataType> key = arg(call, 0, "keyType").flatMap(this::fold);
                Optional<DataType> value = arg(call, 1, "valueType").flatMap(this::fold);
                yield key.isPresent() && value.isPresent()
                        ? Optional.of(DataTypes.createMapType(key.get(), value.get(), flag(call, 2, "valueContainsNull")))
                        : Optional.empty();
            }
            case "StructType" -> struct(call);
            default -> Optional.empty();
        };
    }

    private Optional<DataType> decimal(PyExpr.Call call) {
        int precision = arg(call, 0, "precision").flatMap(values::fold).map(DataTypeFolder::intOf).orElse(10);
        int scale = arg(call, 1, "scale").flatMap(values::fold).map(DataTypeFolder::intOf).orElse(0);
        return Optional.of(DataTypes.createDecimalType(precision, scale));
    }

    private static int intOf(PyValue value) {
        return value instanceof PyValue.Int number ? number.value().intValueExact() : -1;
    }

    private Optional<DataType> struct(PyExpr.Call call) {
        Optional<PyExpr> fieldsArg = arg(call, 0, "fields");
        if (fieldsArg.isEmpty()) {
            return Optional.of(new StructType());
        }
        List<PyExpr> items = fieldsArg.get() instanceof PyExpr.ListExpr list ? list.elements()
                : fieldsArg.get() instanceof PyExpr.TupleExpr tuple ? tuple.elements() : null;
        if (items == null) {
            return Optional.empty();
        }
        List<StructField> fields = new ArrayList<>();
        for (PyExpr item : items) {
            Optional<StructField> field = field(item);
            if (field.isEmpty()) {
                return Optional.empty();
            }
            fields.add(field.get());
        }
        return Optional.of(new StructType(fields.toArray(StructField[]::new)));
    }

    private Optional<StructField> field(PyExpr expr) {
        if (!(expr instanceof PyExpr.Call call)
                || !qualifiedName.apply(call.func()).map((TYPES + "StructField")::equals).orElse(false)) {
            return Optional.empty();
        }
        Optional<PyValue> name = arg(call, 0, "name").flatMap(values::fold);
        Optional<DataType> type = arg(call, 1, "dataType").flatMap(this::fold);
        if (name.isEmpty() || !(name.get() instanceof PyValue.Str text) || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DataTypes.createStructField(text.value(), type.get(), flag(call, 2, "nullable")));
    }

    /** A boolean argument defaulting to True, as all of PySpark's nullability flags do. */
    private boolean flag(PyExpr.Call call, int position, String keyword) {
        return arg(call, position, keyword).flatMap(values::fold)
                .map(v -> !(v instanceof PyValue.Bool bool) || bool.value())
                .orElse(true);
    }

    private static Optional<PyExpr> arg(PyExpr.Call call, int position, String keyword) {
        return CallArguments.argument(call, position, keyword);
    }
}
