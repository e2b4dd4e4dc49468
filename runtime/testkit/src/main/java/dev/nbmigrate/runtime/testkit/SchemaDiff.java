package dev.nbmigrate.runtime.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Compares two schemas column by column and says what differs in words. */
final class SchemaDiff {
    private static final String NL = System.lineSeparator();

    private SchemaDiff() {
    }

    /** What differs between {@code expected} and {@code actual}, or empty if they match. */
    static Optional<String> diff(StructType expected, StructType actual, boolean nullability) {
        StructType e = nullability ? withoutMetadata(expected) : relaxed(expected);
        StructType a = nullability ? withoutMetadata(actual) : relaxed(actual);
        if (e.equals(a)) {
            return Optional.empty();
        }
        Map<String, StructField> actualByName = Arrays.stream(a.fields())
                .collect(Collectors.toMap(StructField::name, Function.identity(), (x, y) -> x));
        Map<String, StructField> expectedByName = Arrays.stream(e.fields())
                .collect(Collectors.toMap(StructField::name, Function.identity(), (x, y) -> x));
        List<String> lines = new ArrayList<>();
        for (StructField field : e.fields()) {
            StructField other = actualByName.get(field.name());
            if (other == null) {
                lines.add("missing column '" + field.name() + "' " + type(field, nullability));
            } else if (!field.equals(other)) {
                String want = type(field, nullability);
                String got = type(other, nullability);
                lines.add("column '" + field.name() + "': expected " + want + ", got "
                        + (want.equals(got) ? other.dataType() + " (nested nullability differs)" : got));
            }
        }
        for (StructField field : a.fields()) {
            if (!expectedByName.containsKey(field.name())) {
                lines.add("unexpected column '" + field.name() + "' " + type(field, nullability));
            }
        }
        if (lines.isEmpty()) {
            lines.add("columns in a different order");
        }
        StringBuilder out = new StringBuilder("Schema differs").append(nullability ? "" : " (nullability ignored)")
                .append(':');
        for (String line : lines) {
            out.append(NL).append("  - ").append(line);
        }
        out.append(NL).append("expected: ").append(render(expected, nullability));
        out.append(NL).append("actual:   ").append(render(actual, nullability));
        return Optional.of(out.toString());
    }

    static String render(StructType schema, boolean nullability) {
        return Arrays.stream(schema.fields()).map(f -> f.name() + " " + type(f, nullability))
                .collect(Collectors.joining(", "));
    }

    private static String type(StructField field, boolean nullability) {
        return field.dataType().sql() + (nullability && !field.nullable() ? " NOT NULL" : "");
    }

    private static StructType relaxed(StructType schema) {
        return (StructType) relax(schema);
    }

    private static DataType relax(DataType type) {
        if (type instanceof StructType struct) {
            return new StructType(Arrays.stream(struct.fields())
                    .map(f -> new StructField(f.name(), relax(f.dataType()), true, Metadata.empty()))
                    .toArray(StructField[]::new));
        }
        if (type instanceof ArrayType array) {
            return new ArrayType(relax(array.elementType()), true);
        }
        if (type instanceof MapType map) {
            return new MapType(relax(map.keyType()), relax(map.valueType()), true);
        }
        return type;
    }

    private static StructType withoutMetadata(StructType schema) {
        return new StructType(Arrays.stream(schema.fields())
                .map(f -> new StructField(f.name(), f.dataType(), f.nullable(), Metadata.empty()))
                .toArray(StructField[]::new));
    }
}
