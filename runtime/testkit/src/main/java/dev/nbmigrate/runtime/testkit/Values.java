package dev.nbmigrate.runtime.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Cell values as the test kit compares and prints them. Values compare by value, not by Java type: {@code 7}
 * equals {@code 7L} and {@code new BigDecimal("7.00")}; a {@code java.sql.Date} equals the same {@code LocalDate};
 * a {@code java.sql.Timestamp} equals the same {@code Instant}; Scala sequences and maps equal Java lists and maps.
 * Doubles, floats and decimals compare within an absolute tolerance; NaN equals NaN. Column types are the schema
 * assertion's business.
 */
final class Values {
    private Values() {
    }

    /** A struct value: its fields in order. */
    record Struct(List<Object> fields) {
    }

    static Object normalize(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Row row) {
            List<Object> fields = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                fields.add(normalize(row.get(i)));
            }
            return new Struct(fields);
        }
        if (value instanceof scala.collection.Seq<?> seq) {
            return normalizeList(CollectionConverters.asJava(seq));
        }
        if (value instanceof scala.collection.Map<?, ?> map) {
            return normalizeMap(CollectionConverters.asJava(map));
        }
        if (value instanceof Object[] array) {
            return normalizeList(Arrays.asList(array));
        }
        if (value instanceof List<?> list) {
            return normalizeList(list);
        }
        if (value instanceof Map<?, ?> map) {
            return normalizeMap(map);
        }
        return value;
    }

    static boolean equal(Object expected, Object actual, double tolerance) {
        Object a = normalize(expected);
        Object b = normalize(actual);
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return numbersEqual(x, y, tolerance);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof Struct x && b instanceof Struct y) {
            return listsEqual(x.fields(), y.fields(), tolerance);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return listsEqual(x, y, tolerance);
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return mapsEqual(x, y, tolerance);
        }
        return a.equals(b);
    }

    /** A grouping key equal for values that may be equal: all numbers collapse to one symbol. */
    static String key(Object value) {
        Object v = normalize(value);
        if (v == null) {
            return "null";
        }
        if (v instanceof Number) {
            return "#"; // numbers of any type and within tolerance may be equal: compared one by one
        }
        if (v instanceof Struct s) {
            return s.fields().stream().map(Values::key).collect(Collectors.joining(",", "{", "}"));
        }
        if (v instanceof List<?> list) {
            return list.stream().map(Values::key).collect(Collectors.joining(",", "[", "]"));
        }
        if (v instanceof Map<?, ?> || v instanceof byte[]) {
            return v instanceof Map<?, ?> m ? "map" + m.size() : "bytes" + ((byte[]) v).length;
        }
        return v.getClass().getSimpleName() + ":" + v;
    }

    /** How a value is printed in failure messages: text quoted, so stray spaces show. */
    static String render(Object value) {
        Object v = normalize(value);
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "'" + s + "'";
        }
        if (v instanceof byte[] bytes) {
            return "0x" + HexFormat.of().formatHex(bytes);
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Struct s) {
            return s.fields().stream().map(Values::render).collect(Collectors.joining(", ", "{", "}"));
        }
        if (v instanceof List<?> list) {
            return list.stream().map(Values::render).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> render(e.getKey()) + " -> " + render(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return v.toString();
    }

    private static boolean numbersEqual(Number x, Number y, double tolerance) {
        if (isFloating(x) || isFloating(y)) {
            double a = x.doubleValue();
            double b = y.doubleValue();
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return Double.isNaN(a) && Double.isNaN(b);
            }
            if (Double.isInfinite(a) || Double.isInfinite(b)) {
                return a == b;
            }
            return Math.abs(a - b) <= tolerance;
        }
        BigDecimal a = new BigDecimal(x.toString());
        BigDecimal b = new BigDecimal(y.toString());
        if (x instanceof BigDecimal || y instanceof BigDecimal) {
            return a.subtract(b).abs().compareTo(BigDecimal.valueOf(tolerance)) <= 0;
        }
        return a.compareTo(b) == 0;
    }

    private static boolean isFloating(Number n) {
        return n instanceof Double || n instanceof Float;
    }

    private static boolean listsEqual(List<?> x, List<?> y, double tolerance) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!equal(x.get(i), y.get(i), tolerance)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mapsEqual(Map<?, ?> x, Map<?, ?> y, double tolerance) {
        if (x.size() != y.size()) {
            return false;
        }
        List<Map.Entry<?, ?>> unmatched = new ArrayList<>(y.entrySet());
        for (Map.Entry<?, ?> entry : x.entrySet()) {
            Map.Entry<?, ?> found = null;
            for (Map.Entry<?, ?> candidate : unmatched) {
                if (equal(entry.getKey(), candidate.getKey(), 0) && equal(entry.getValue(), candidate.getValue(), tolerance)) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                return false;
            }
            unmatched.remove(found);
        }
        return true;
    }

    private static List<Object> normalizeList(List<?> list) {
        List<Object> out = new ArrayList<>(list.size());
        for (Object item : list) {
            out.add(normalize(item));
        }
        return out;
    }

    private static Map<Object, Object> normalizeMap(Map<?, ?> map) {
        Map<Object, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(normalize(k), normalize(v)));
        return out;
    }
}
