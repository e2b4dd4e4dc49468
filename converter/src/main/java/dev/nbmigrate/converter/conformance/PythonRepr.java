package dev.nbmigrate.converter.conformance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import scala.collection.Iterator;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Renders values collected from Spark exactly as PySpark's {@code repr} prints them after {@code collect()},
 * {@code first()} or {@code head()}: {@code Row(a=1, b='x')}, {@code 1.5}, {@code Decimal('1.50')},
 * {@code datetime.date(2024, 1, 1)}, {@code bytearray(b'ab')}, lists, dicts and {@code None}; and the plain values
 * RDD code computes: Scala tuples as {@code (a, b)}, sets as {@code {a, b}} or {@code set()}, an empty
 * {@code Optional} as {@code None}, any other iterable as a list.
 *
 * <p>Timestamps become naive {@code datetime.datetime} values in the zone the Python driver would have used.
 */
public final class PythonRepr {

    private static final int MAX_SIGNIFICANT_DIGITS = 17;
    private static final int SECONDS_PER_DAY = 86_400;

    private final ZoneId pythonZone;

    public PythonRepr(ZoneId pythonZone) {
        this.pythonZone = pythonZone;
    }

    /** {@code [Row(a=1), Row(a=2)]}. */
    public String rows(List<Row> rows) {
        List<String> parts = new ArrayList<>(rows.size());
        for (Row row : rows) {
            parts.add(row(row));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    /** {@code Row(a=1, b='x')}, with field names as PySpark prints them (not quoted). */
    public String row(Row row) {
        StructType schema = row.schema();
        if (schema == null) {
            List<String> parts = new ArrayList<>(row.length());
            for (int i = 0; i < row.length(); i++) {
                parts.add(value(row.get(i), null));
            }
            return "<Row(" + String.join(", ", parts) + ")>";
        }
        StructField[] fields = schema.fields();
        List<String> parts = new ArrayList<>(fields.length);
        for (int i = 0; i < fields.length; i++) {
            parts.add(fields[i].name() + "=" + value(row.get(i), fields[i].dataType()));
        }
        return "Row(" + String.join(", ", parts) + ")";
    }

    /** One value of the given Spark type ({@code null} type: decided from the Java value alone). */
    public String value(Object value, DataType type) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Row nested) {
            return row(nested);
        }
        if (value instanceof Boolean bool) {
            return bool ? "True" : "False";
        }
        if (value instanceof Double number) {
            return floatRepr(number);
        }
        if (value instanceof Float number) {
            return floatRepr(number.doubleValue());
        }
        if (value instanceof Number number && !(value instanceof BigDecimal)) {
            return number.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return "Decimal('" + decimal + "')";
        }
        if (value instanceof String text) {
            return stringRepr(text);
        }
        if (value instanceof byte[] bytes) {
            return "bytearray(" + bytesRepr(bytes) + ")";
        }
        if (value instanceof java.sql.Date date) {
            return dateRepr(date.toLocalDate());
        }
        if (value instanceof LocalDate date) {
            return dateRepr(date);
        }
        if (value instanceof Timestamp timestamp) {
            return dateTimeRepr(LocalDateTime.ofInstant(timestamp.toInstant(), pythonZone));
        }
        if (value instanceof Instant instant) {
            return dateTimeRepr(LocalDateTime.ofInstant(instant, pythonZone));
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTimeRepr(dateTime);
        }
        if (value instanceof Duration duration) {
            return timedeltaRepr(duration);
        }
        if (value instanceof scala.Option<?> option) {
            return option.isDefined() ? value(option.get(), type) : "None";
        }
        if (value instanceof java.util.Optional<?> optional) {
            return optional.isPresent() ? value(optional.get(), type) : "None";
        }
        if (value instanceof dev.nbmigrate.runtime.interop.PyTuple<?> tuple) {
            return tupleRepr(CollectionConverters.asScala(tuple.iterator()));
        }
        if (value instanceof scala.Product product && value.getClass().getName().matches("(scala\\.Tuple\\d+.*|.*\\.PyTuple2)")) {
            return tupleRepr(product.productIterator());
        }
        if (value instanceof scala.collection.Set<?> set) {
            return setRepr(set.iterator());
        }
        if (value instanceof java.util.Set<?> set) {
            return setRepr(CollectionConverters.asScala(set.iterator()));
        }
        if (value instanceof scala.collection.Map<?, ?> map) {
            return mapRepr(CollectionConverters.asJava(map), type);
        }
        if (value instanceof Map<?, ?> map) {
            return mapRepr(map, type);
        }
        if (value instanceof scala.collection.Iterable<?> items) {
            return listRepr(items.iterator(), type);
        }
        if (value instanceof Object[] items) {
            return listRepr(CollectionConverters.asScala(java.util.Arrays.asList(items).iterator()), type);
        }
        if (value instanceof Iterable<?> items) {
            return listRepr(CollectionConverters.asScala(items.iterator()), type);
        }
        throw new IllegalArgumentException("no Python repr for " + value.getClass().getName()
                + (type == null ? "" : " of type " + type.simpleString()));
    }

    private String listRepr(Iterator<?> items, DataType type) {
        DataType element = type instanceof ArrayType array ? array.elementType() : null;
        List<String> parts = new ArrayList<>();
        while (items.hasNext()) {
            parts.add(value(items.next(), element));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    /** {@code (a, b)}, and {@code (a,)} for one element. */
    private String tupleRepr(Iterator<?> items) {
        List<String> parts = new ArrayList<>();
        while (items.hasNext()) {
            parts.add(value(items.next(), null));
        }
        return "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")");
    }

    /** {@code {a, b}}, and {@code set()} when empty. */
    private String setRepr(Iterator<?> items) {
        List<String> parts = new ArrayList<>();
        while (items.hasNext()) {
            parts.add(value(items.next(), null));
        }
        return parts.isEmpty() ? "set()" : "{" + String.join(", ", parts) + "}";
    }

    private String mapRepr(Map<?, ?> map, DataType type) {
        DataType keyType = type instanceof MapType mapType ? mapType.keyType() : null;
        DataType valueType = type instanceof MapType mapType ? mapType.valueType() : null;
        List<String> parts = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            parts.add(value(entry.getKey(), keyType) + ": " + value(entry.getValue(), valueType));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** Python's {@code repr(float)}: the shortest digits that read back to the same double. */
    public static String floatRepr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortestRoundTrip(value);
        String digits = shortest.unscaledValue().abs().toString();
        int trailingZeros = 0;
        while (trailingZeros < digits.length() - 1 && digits.charAt(digits.length() - 1 - trailingZeros) == '0') {
            trailingZeros++;
        }
        digits = digits.substring(0, digits.length() - trailingZeros);
        // value = 0.d1d2...dn x 10^decimalPoint
        int decimalPoint = digits.length() + trailingZeros - shortest.scale();
        String sign = value < 0 ? "-" : "";
        if (decimalPoint > -4 && decimalPoint <= 16) {
            return sign + fixedNotation(digits, decimalPoint);
        }
        return sign + scientificNotation(digits, decimalPoint);
    }

    private static BigDecimal shortestRoundTrip(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision < MAX_SIGNIFICANT_DIGITS; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                return candidate;
            }
        }
        return exact.round(new MathContext(MAX_SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN));
    }

    private static String fixedNotation(String digits, int decimalPoint) {
        if (decimalPoint <= 0) {
            return "0." + "0".repeat(-decimalPoint) + digits;
        }
        if (decimalPoint >= digits.length()) {
            return digits + "0".repeat(decimalPoint - digits.length()) + ".0";
        }
        return digits.substring(0, decimalPoint) + "." + digits.substring(decimalPoint);
    }

    private static String scientificNotation(String digits, int decimalPoint) {
        int exponent = decimalPoint - 1;
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exponentDigits = String.format("%02d", Math.abs(exponent));
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + exponentDigits;
    }

    /** Python's {@code repr(str)}: single quotes unless the text holds a single quote and no double quote. */
    public static String stringRepr(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
        text.codePoints().forEach(cp -> appendEscaped(out, cp, quote, false));
        return out.append(quote).toString();
    }

    /** Python's {@code repr(bytes)}: {@code b'..'} with printable ASCII kept and the rest as {@code \xNN}. */
    public static String bytesRepr(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(bytes.length + 3).append('b').append(quote);
        for (byte b : bytes) {
            appendEscaped(out, b & 0xff, quote, true);
        }
        return out.append(quote).toString();
    }

    private static void appendEscaped(StringBuilder out, int cp, char quote, boolean asciiOnly) {
        switch (cp) {
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (cp == quote) {
                    out.append('\\').append(quote);
                } else if (cp >= 0x20 && cp < 0x7f) {
                    out.append((char) cp);
                } else if (asciiOnly || cp < 0xa0 || !isPrintable(cp)) {
                    appendHexEscape(out, cp);
                } else {
                    out.appendCodePoint(cp);
                }
            }
        }
    }

    private static void appendHexEscape(StringBuilder out, int cp) {
        if (cp <= 0xff) {
            out.append(String.format("\\x%02x", cp));
        } else if (cp <= 0xffff) {
            out.append(String.format("\\u%04x", cp));
        } else {
            out.append(String.format("\\U%08x", cp));
        }
    }

    /** Close to Python's {@code str.isprintable}: not a control, format, separator (but space) or unassigned. */
    private static boolean isPrintable(int cp) {
        int type = Character.getType(cp);
        return switch (type) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.SPACE_SEPARATOR -> cp == ' ';
            default -> true;
        };
    }

    private static String dateRepr(LocalDate date) {
        return "datetime.date(" + date.getYear() + ", " + date.getMonthValue() + ", " + date.getDayOfMonth() + ")";
    }

    /** {@code datetime.datetime(2024, 1, 1, 0, 0)}: seconds and microseconds only when not zero. */
    private static String dateTimeRepr(LocalDateTime time) {
        StringBuilder out = new StringBuilder("datetime.datetime(")
                .append(time.getYear()).append(", ").append(time.getMonthValue()).append(", ")
                .append(time.getDayOfMonth()).append(", ").append(time.getHour()).append(", ")
                .append(time.getMinute());
        int micros = time.getNano() / 1_000;
        if (time.getSecond() != 0 || micros != 0) {
            out.append(", ").append(time.getSecond());
        }
        if (micros != 0) {
            out.append(", ").append(micros);
        }
        return out.append(')').toString();
    }

    /** {@code datetime.timedelta(days=1, seconds=30)}: normalised as Python does, zero parts left out. */
    private static String timedeltaRepr(Duration duration) {
        long totalMicros = Math.addExact(Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1_000);
        long days = Math.floorDiv(totalMicros, SECONDS_PER_DAY * 1_000_000L);
        long rest = Math.floorMod(totalMicros, SECONDS_PER_DAY * 1_000_000L);
        long seconds = rest / 1_000_000L;
        long micros = rest % 1_000_000L;
        List<String> parts = new ArrayList<>(3);
        if (days != 0) {
            parts.add("days=" + days);
        }
        if (seconds != 0) {
            parts.add("seconds=" + seconds);
        }
        if (micros != 0) {
            parts.add("microseconds=" + micros);
        }
        return "datetime.timedelta(" + (parts.isEmpty() ? "0" : String.join(", ", parts)) + ")";
    }
}
