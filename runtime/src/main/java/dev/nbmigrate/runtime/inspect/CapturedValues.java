package dev.nbmigrate.runtime.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;
import scala.Tuple2;

/**
 * Spark values as JSON in the capture format that {@code nbmigrate reconcile} compares: doubles as numbers or
 * {@code "NaN"}/{@code "Infinity"}/{@code "-Infinity"}, decimals as plain strings, dates as {@code yyyy-MM-dd},
 * timestamps as ISO-8601 instants ({@code ...Z}), local timestamps as ISO-8601 local date-times, binary as base64,
 * arrays as arrays, structs as arrays of their field values, maps as arrays of {@code [key, value]} pairs.
 */
final class CapturedValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CapturedValues() {
    }

    /** The row's values in column order. */
    static ArrayNode row(StructType schema, Row row) {
        ArrayNode values = JSON.arrayNode();
        StructField[] fields = schema.fields();
        for (int i = 0; i < fields.length; i++) {
            values.add(value(fields[i].dataType(), row.get(i)));
        }
        return values;
    }

    static JsonNode value(DataType type, Object value) {
        if (value == null) {
            return JSON.nullNode();
        }
        if (type instanceof DoubleType || type instanceof FloatType) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d)) {
                return JSON.textNode("NaN");
            }
            if (Double.isInfinite(d)) {
                return JSON.textNode(d > 0 ? "Infinity" : "-Infinity");
            }
            return type instanceof FloatType ? JSON.numberNode(Double.parseDouble(value.toString()))
                    : JSON.numberNode(d);
        }
        if (type instanceof DecimalType) {
            return JSON.textNode(((BigDecimal) value).toPlainString());
        }
        if (type instanceof DateType) {
            return JSON.textNode(value instanceof Date date ? date.toLocalDate().toString()
                    : ((LocalDate) value).toString());
        }
        if (type instanceof TimestampType) {
            return JSON.textNode(value instanceof Timestamp ts ? ts.toInstant().toString()
                    : ((Instant) value).toString());
        }
        if (type instanceof BinaryType) {
            return JSON.textNode(Base64.getEncoder().encodeToString((byte[]) value));
        }
        if (type instanceof ArrayType array) {
            ArrayNode elements = JSON.arrayNode();
            scala.collection.Iterator<?> it = ((scala.collection.Iterable<?>) value).iterator();
            while (it.hasNext()) {
                elements.add(value(array.elementType(), it.next()));
            }
            return elements;
        }
        if (type instanceof MapType map) {
            ArrayNode entries = JSON.arrayNode();
            scala.collection.Iterator<?> it = ((scala.collection.Map<?, ?>) value).iterator();
            while (it.hasNext()) {
                Tuple2<?, ?> entry = (Tuple2<?, ?>) it.next();
                entries.add(JSON.arrayNode().add(value(map.keyType(), entry._1()))
                        .add(value(map.valueType(), entry._2())));
            }
            return entries;
        }
        if (type instanceof StructType struct) {
            return row(struct, (Row) value);
        }
        if (value instanceof Boolean b) {
            return JSON.booleanNode(b);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return JSON.numberNode(((Number) value).longValue());
        }
        return JSON.textNode(String.valueOf(value));
    }
}
