package dev.nbmigrate.converter.translate.data;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DayTimeIntervalType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.NullType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;

import dev.nbmigrate.converter.conformance.PythonRepr;
import dev.nbmigrate.converter.translate.JavaImports;

/**
 * Writes a Python value as the Java expression of the external value Spark expects for a column of a given type,
 * as PySpark converts it: {@code 2L} for a {@code bigint}, {@code new BigDecimal("1.5")}, {@code Date.valueOf(...)},
 * {@code RowFactory.create(...)} for a struct, lists and dicts through {@code PyLiterals}. A value that PySpark's
 * schema verification would refuse (an {@code int} in a {@code double} column, say) is a {@link ValueMismatch}.
 */
public final class JavaValueRenderer {

    /** A value that does not fit its column, with PySpark's reason. */
    public static final class ValueMismatch extends Exception {
        private static final long serialVersionUID = 1L;

        public ValueMismatch(String message) {
            super(message);
        }
    }

    private static final String PY_LITERALS = "dev.nbmigrate.runtime.interop.PyLiterals";

    private final JavaImports imports;

    public JavaValueRenderer(JavaImports imports) {
        this.imports = imports;
    }

    /** One row of {@code schema}: a tuple, a {@code Row} or a dict row. */
    public Expression row(PyValue row, StructType schema) throws ValueMismatch {
        List<PyValue> values = rowValues(row, schema);
        NodeList<Expression> args = new NodeList<>();
        StructField[] fields = schema.fields();
        for (int i = 0; i < fields.length; i++) {
            PyValue value = i < values.size() ? values.get(i) : new PyValue.None();
            args.add(value(value, fields[i].dataType(), fields[i].name()));
        }
        if (args.size() == 1 && args.get(0).isNullLiteralExpr()) {
            // RowFactory.create(null) would pass a null array, not one null value.
            args.set(0, new CastExpr(new ClassOrInterfaceType(null, "Object"), args.get(0)));
        }
        return new MethodCallExpr(new NameExpr(imports.use("org.apache.spark.sql.RowFactory")), "create", args);
    }

    private static List<PyValue> rowValues(PyValue row, StructType schema) throws ValueMismatch {
        if (row instanceof PyValue.Sequence sequence) {
            if (sequence.items().size() != schema.fields().length) {
                throw new ValueMismatch("a row has " + sequence.items().size() + " values for "
                        + schema.fields().length + " columns");
            }
            return sequence.items();
        }
        if (row instanceof PyValue.RowValue namedRow) {
            return namedRow.values();
        }
        if (row instanceof PyValue.Dict dict) {
            List<PyValue> values = new ArrayList<>();
            for (StructField field : schema.fields()) {
                values.add(dict.entries().stream()
                        .filter(e -> e.key() instanceof PyValue.Str key && key.value().equals(field.name()))
                        .map(PyValue.Entry::value)
                        .findFirst()
                        .orElse(new PyValue.None()));
            }
            return values;
        }
        if (schema.fields().length == 1) {
            return List.of(row);
        }
        throw new ValueMismatch("a " + row.pythonTypeName() + " is not a row of " + schema.fields().length + " columns");
    }

    /** A value of a column of type {@code type}; {@code field} names the column in errors. */
    public Expression value(PyValue value, DataType type, String field) throws ValueMismatch {
        if (value instanceof PyValue.None) {
            return new NullLiteralExpr();
        }
        if (type instanceof LongType) {
            return new LongLiteralExpr(integer(value, type, field) + "L");
        }
        if (type instanceof IntegerType) {
            return new IntegerLiteralExpr(fitting(integer(value, type, field), 32, field).toString());
        }
        if (type instanceof ShortType) {
            return new CastExpr(PrimitiveType.shortType(), new IntegerLiteralExpr(fitting(integer(value, type, field), 16, field).toString()));
        }
        if (type instanceof ByteType) {
            return new CastExpr(PrimitiveType.byteType(), new IntegerLiteralExpr(fitting(integer(value, type, field), 8, field).toString()));
        }
        if (type instanceof DoubleType) {
            return doubleLiteral(floating(value, type, field));
        }
        if (type instanceof FloatType) {
            float number = (float) floating(value, type, field);
            return Float.isFinite(number) ? new DoubleLiteralExpr(Float.toString(number) + "f")
                    : new CastExpr(PrimitiveType.floatType(), doubleLiteral(number));
        }
        if (type instanceof StringType && value instanceof PyValue.Str text) {
            return new StringLiteralExpr().setString(text.value());
        }
        if (type instanceof BooleanType && value instanceof PyValue.Bool bool) {
            return new BooleanLiteralExpr(bool.value());
        }
        if (type instanceof DecimalType && value instanceof PyValue.Decimal decimal) {
            return new ObjectCreationExpr(null, classType("java.math.BigDecimal"),
                    new NodeList<>(new StringLiteralExpr(decimal.value().toString())));
        }
        if (type instanceof DateType && value instanceof PyValue.Date date) {
            return call("java.sql.Date", "valueOf", new StringLiteralExpr(date.value().toString()));
        }
        if (type instanceof DateType && value instanceof PyValue.DateTime dateTime) {
            return call("java.sql.Date", "valueOf", new StringLiteralExpr(dateTime.value().toLocalDate().toString()));
        }
        if (type instanceof TimestampType && value instanceof PyValue.DateTime dateTime) {
            return call("java.sql.Timestamp", "valueOf",
                    new StringLiteralExpr(java.sql.Timestamp.valueOf(dateTime.value()).toString().replaceFirst("\\.0$", "")));
        }
        if (type instanceof TimestampNTZType && value instanceof PyValue.DateTime dateTime) {
            return call("java.time.LocalDateTime", "parse", new StringLiteralExpr(dateTime.value().toString()));
        }
        if (type instanceof DayTimeIntervalType && value instanceof PyValue.TimeDelta delta) {
            return call("java.time.Duration", "parse", new StringLiteralExpr(delta.value().toString()));
        }
        if (type instanceof BinaryType && value instanceof PyValue.Bytes bytes) {
            return binary(bytes.value());
        }
        if (type instanceof ArrayType array && value instanceof PyValue.Sequence sequence) {
            NodeList<Expression> items = new NodeList<>();
            for (PyValue item : sequence.items()) {
                items.add(value(item, array.elementType(), field));
            }
            return new MethodCallExpr(new NameExpr(imports.use(PY_LITERALS)), "list", items);
        }
        if (type instanceof MapType map && value instanceof PyValue.Dict dict) {
            NodeList<Expression> items = new NodeList<>();
            for (PyValue.Entry entry : dict.entries()) {
                items.add(value(entry.key(), map.keyType(), field));
                items.add(value(entry.value(), map.valueType(), field));
            }
            return new MethodCallExpr(new NameExpr(imports.use(PY_LITERALS)), "dict", items);
        }
        if (type instanceof StructType struct
                && (value instanceof PyValue.RowValue || value instanceof PyValue.Sequence || value instanceof PyValue.Dict)) {
            return row(value, struct);
        }
        if (type instanceof NullType) {
            return new NullLiteralExpr();
        }
        throw mismatch(value, type, field);
    }

    private static BigInteger integer(PyValue value, DataType type, String field) throws ValueMismatch {
        if (value instanceof PyValue.Int number) {
            return fitting(number.value(), 64, field);
        }
        throw mismatch(value, type, field);
    }

    private static BigInteger fitting(BigInteger value, int bits, String field) throws ValueMismatch {
        if (value.bitLength() > bits - 1) {
            throw new ValueMismatch("field " + field + ": object of int out of range, got: " + value);
        }
        return value;
    }

    private static double floating(PyValue value, DataType type, String field) throws ValueMismatch {
        if (value instanceof PyValue.Float number) {
            return number.value();
        }
        throw mismatch(value, type, field);
    }

    private static ValueMismatch mismatch(PyValue value, DataType type, String field) {
        return new ValueMismatch("field " + field + ": " + type.simpleString() + " can not accept object of type "
                + value.pythonTypeName());
    }

    private Expression doubleLiteral(double number) {
        if (Double.isNaN(number)) {
            return new FieldAccessExpr(new NameExpr("Double"), "NaN");
        }
        if (Double.isInfinite(number)) {
            return new FieldAccessExpr(new NameExpr("Double"), number > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
        }
        return new DoubleLiteralExpr(PythonRepr.floatRepr(number));
    }

    private Expression binary(byte[] bytes) {
        boolean printable = true;
        for (byte b : bytes) {
            printable &= b >= 0x20 && b < 0x7f;
        }
        if (printable) {
            return new MethodCallExpr(new StringLiteralExpr().setString(new String(bytes, StandardCharsets.US_ASCII)),
                    "getBytes", new NodeList<>(new FieldAccessExpr(new NameExpr(
                            imports.use("java.nio.charset.StandardCharsets")), "US_ASCII")));
        }
        NodeList<Expression> values = new NodeList<>();
        for (byte b : bytes) {
            values.add(new IntegerLiteralExpr(Integer.toString(b)));
        }
        return new com.github.javaparser.ast.expr.ArrayCreationExpr(PrimitiveType.byteType(),
                new NodeList<>(new com.github.javaparser.ast.ArrayCreationLevel()),
                new com.github.javaparser.ast.expr.ArrayInitializerExpr(values));
    }

    private Expression call(String type, String method, Expression argument) {
        return new MethodCallExpr(new NameExpr(imports.use(type)), method, new NodeList<>(argument));
    }

    private ClassOrInterfaceType classType(String qualifiedName) {
        return new ClassOrInterfaceType(null, imports.use(qualifiedName));
    }
}
