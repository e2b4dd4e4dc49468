package dev.nbmigrate.converter.translate.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.NullType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * PySpark's schema inference for {@code spark.createDataFrame(data)} and {@code createDataFrame(data, [names])}
 * (PySpark 3.5 rules): Python {@code int} is {@code bigint}, {@code float} {@code double}, {@code Decimal}
 * {@code decimal(38,18)}, {@code datetime} {@code timestamp}; a tuple or list row gives fields {@code _1, _2, ...}
 * unless names are given, a {@code Row} gives its own names, a {@code dict} row its keys in sorted order; array
 * elements and row values merge across the data; a tuple nested in a row is a struct ({@code None} takes the other side's type; two different
 * types cannot merge); every field is nullable; a type that stays unknown (only {@code None}) is an error.
 */
public final class SchemaInference {

    private static final DecimalType PYTHON_DECIMAL = DataTypes.createDecimalType(38, 18);

    /** The inferred schema, or the reason PySpark would refuse the data (its error, in words). */
    public record Result(StructType schema, String error) {
        public static Result ok(StructType schema) {
            return new Result(schema, null);
        }

        public static Result failed(String error) {
            return new Result(null, error);
        }

        public boolean succeeded() {
            return error == null;
        }
    }

    private SchemaInference() {
    }

    /**
     * @param rows the data, one value per row
     * @param names column names given as {@code schema=[...]} (may be shorter than the rows; empty for none)
     */
    public static Result infer(List<PyValue> rows, List<String> names) {
        if (rows.isEmpty()) {
            return Result.failed("can not infer schema from empty dataset");
        }
        try {
            DataType merged = null;
            for (PyValue row : rows) {
                StructType rowSchema = rowSchema(row, names);
                merged = merged == null ? rowSchema : merge(merged, rowSchema);
            }
            StructType schema = (StructType) merged;
            for (StructField field : schema.fields()) {
                if (hasNullType(field.dataType())) {
                    return Result.failed("some of types cannot be determined after inferring (column '" + field.name()
                            + "' holds only None)");
                }
            }
            return Result.ok(schema);
        } catch (IllegalArgumentException e) {
            return Result.failed(e.getMessage());
        }
    }

    private static StructType rowSchema(PyValue row, List<String> names) {
        List<String> fieldNames = new ArrayList<>();
        List<PyValue> values = new ArrayList<>();
        if (row instanceof PyValue.RowValue namedRow) {
            fieldNames.addAll(namedRow.names());
            values.addAll(namedRow.values());
        } else if (row instanceof PyValue.Dict dict) {
            Map<String, PyValue> sorted = new java.util.TreeMap<>();
            for (PyValue.Entry entry : dict.entries()) {
                if (!(entry.key() instanceof PyValue.Str key)) {
                    throw new IllegalArgumentException("dict rows need str keys, not " + entry.key().pythonTypeName());
                }
                sorted.put(key.value(), entry.value());
            }
            fieldNames.addAll(sorted.keySet());
            values.addAll(sorted.values());
        } else if (row instanceof PyValue.Sequence sequence) {
            values.addAll(sequence.items());
            for (int i = 0; i < values.size(); i++) {
                fieldNames.add("_" + (i + 1));
            }
        } else {
            throw new IllegalArgumentException("can not infer schema for type: " + row.pythonTypeName());
        }
        for (int i = 0; i < names.size() && i < fieldNames.size(); i++) {
            fieldNames.set(i, names.get(i));
        }
        StructType schema = new StructType();
        for (int i = 0; i < values.size(); i++) {
            schema = schema.add(fieldNames.get(i), typeOf(values.get(i)), true);
        }
        return schema;
    }

    /** The Spark type PySpark infers for one value ({@code NullType} for {@code None}). */
    public static DataType typeOf(PyValue value) {
        if (value instanceof PyValue.None) {
            return DataTypes.NullType;
        }
        if (value instanceof PyValue.Bool) {
            return DataTypes.BooleanType;
        }
        if (value instanceof PyValue.Int integer) {
            if (integer.value().bitLength() > 63) {
                throw new IllegalArgumentException("int " + integer.value() + " is out of the range of a bigint");
            }
            return DataTypes.LongType;
        }
        if (value instanceof PyValue.Float) {
            return DataTypes.DoubleType;
        }
        if (value instanceof PyValue.Str) {
            return DataTypes.StringType;
        }
        if (value instanceof PyValue.Bytes) {
            return DataTypes.BinaryType;
        }
        if (value instanceof PyValue.Decimal) {
            return PYTHON_DECIMAL;
        }
        if (value instanceof PyValue.Date) {
            return DataTypes.DateType;
        }
        if (value instanceof PyValue.DateTime) {
            return DataTypes.TimestampType;
        }
        if (value instanceof PyValue.TimeDelta) {
            return DataTypes.createDayTimeIntervalType();
        }
        if (value instanceof PyValue.Sequence sequence && !sequence.tuple()) {
            DataType element = DataTypes.NullType;
            for (PyValue item : sequence.items()) {
                element = merge(element, typeOf(item));
            }
            return DataTypes.createArrayType(element, true);
        }
        if (value instanceof PyValue.Dict dict) {
            for (PyValue.Entry entry : dict.entries()) {
                if (!(entry.key() instanceof PyValue.None) && !(entry.value() instanceof PyValue.None)) {
                    return DataTypes.createMapType(typeOf(entry.key()), typeOf(entry.value()), true);
                }
            }
            return DataTypes.createMapType(DataTypes.NullType, DataTypes.NullType, true);
        }
        return rowSchema(value, List.of());
    }

    /** PySpark's {@code _merge_type}. */
    static DataType merge(DataType a, DataType b) {
        if (a instanceof NullType) {
            return b;
        }
        if (b instanceof NullType) {
            return a;
        }
        if (!a.getClass().equals(b.getClass())) {
            throw new IllegalArgumentException("can not merge type " + a.simpleString() + " and " + b.simpleString());
        }
        if (a instanceof StructType left && b instanceof StructType right) {
            Map<String, StructField> fields = new LinkedHashMap<>();
            for (StructField field : left.fields()) {
                Optional<StructField> other = find(right, field.name());
                fields.put(field.name(), other.isPresent()
                        ? new StructField(field.name(), merge(field.dataType(), other.get().dataType()), true, field.metadata())
                        : field);
            }
            for (StructField field : right.fields()) {
                fields.putIfAbsent(field.name(), field);
            }
            return new StructType(fields.values().toArray(StructField[]::new));
        }
        if (a instanceof ArrayType left && b instanceof ArrayType right) {
            return DataTypes.createArrayType(merge(left.elementType(), right.elementType()), true);
        }
        if (a instanceof MapType left && b instanceof MapType right) {
            return DataTypes.createMapType(merge(left.keyType(), right.keyType()), merge(left.valueType(), right.valueType()), true);
        }
        return a;
    }

    private static Optional<StructField> find(StructType struct, String name) {
        for (StructField field : struct.fields()) {
            if (field.name().equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    private static boolean hasNullType(DataType type) {
        if (type instanceof NullType) {
            return true;
        }
        if (type instanceof ArrayType array) {
            return hasNullType(array.elementType());
        }
        if (type instanceof MapType map) {
            return hasNullType(map.keyType()) || hasNullType(map.valueType());
        }
        if (type instanceof StructType struct) {
            for (StructField field : struct.fields()) {
                if (hasNullType(field.dataType())) {
                    return true;
                }
            }
        }
        return false;
    }
}
