package dev.nbmigrate.converter.reconcile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Equality of two captured values of one Spark type, and a sort key that puts equal values together.
 *
 * <p>The capture format both sides write (JSON): {@code null}; booleans; integral types as integers; {@code float}
 * and {@code double} as numbers or the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}; {@code decimal}
 * as a number or its plain string; {@code date} as {@code yyyy-MM-dd}; {@code timestamp} as an ISO-8601 instant with
 * an offset (two sides writing the same instant in different time zones are equal); {@code timestamp_ntz} as an
 * ISO-8601 local date-time; arrays as JSON arrays (in order); structs as JSON arrays of their field values in field
 * order (or objects by field name); maps as JSON arrays of {@code [key, value]} pairs, compared without regard to
 * their order; everything else (strings, binary as base64) as strings.
 */
public final class Values {

    /** Type-name to equality rule, for the types that are not compared as written. */
    private static final Map<String, BiPredicate<JsonNode, JsonNode>> SCALAR_RULES = Map.of(
            "double", (a, b) -> Tolerance.DOUBLE.equal(asDouble(a), asDouble(b)),
            "float", (a, b) -> Tolerance.FLOAT.equal(asDouble(a), asDouble(b)),
            "decimal", (a, b) -> new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText())) == 0,
            "timestamp", (a, b) -> instant(a.asText()).equals(instant(b.asText())),
            "timestamp_ntz", (a, b) -> LocalDateTime.parse(a.asText()).equals(LocalDateTime.parse(b.asText())),
            "date", (a, b) -> LocalDate.parse(a.asText()).equals(LocalDate.parse(b.asText())));

    private Values() {
    }

    /** Whether {@code a} and {@code b}, both of type {@code type}, are equal by the rules of this class. */
    public static boolean equal(SparkType type, JsonNode a, JsonNode b) {
        boolean aNull = a == null || a.isNull();
        boolean bNull = b == null || b.isNull();
        if (aNull || bNull) {
            return aNull && bNull;
        }
        switch (type.name()) {
            case "array":
                return sequenceEqual(type.elements().get(0), a, b);
            case "struct":
                return structEqual(type, a, b);
            case "map":
                return mapEqual(type, a, b);
            default:
                BiPredicate<JsonNode, JsonNode> rule = SCALAR_RULES.get(type.name());
                try {
                    return rule != null ? rule.test(a, b) : scalarText(a).equals(scalarText(b));
                } catch (NumberFormatException | DateTimeParseException e) {
                    return scalarText(a).equals(scalarText(b));
                }
        }
    }

    /**
     * A text that is the same for values that are equal exactly, and for most values equal within a tolerance
     * (doubles are rounded to 9 significant digits), used to sort rows before they are matched.
     */
    public static String sortKey(SparkType type, JsonNode value) {
        if (value == null || value.isNull()) {
            return "\u0000";
        }
        switch (type.name()) {
            case "array": {
                List<String> parts = new ArrayList<>();
                value.forEach(element -> parts.add(sortKey(type.elements().get(0), element)));
                return "[" + String.join("\u0001", parts) + "]";
            }
            case "struct": {
                List<String> parts = new ArrayList<>();
                List<JsonNode> fields = structFields(type, value);
                for (int i = 0; i < fields.size(); i++) {
                    parts.add(sortKey(type.elements().get(Math.min(i, type.elements().size() - 1)), fields.get(i)));
                }
                return "{" + String.join("\u0001", parts) + "}";
            }
            case "map": {
                List<String> parts = new ArrayList<>();
                value.forEach(entry -> parts.add(sortKey(type.elements().get(0), entry.get(0)) + "\u0002"
                        + sortKey(type.elements().get(1), entry.get(1))));
                parts.sort(null);
                return "<" + String.join("\u0001", parts) + ">";
            }
            case "double":
            case "float":
                double d = asDouble(value);
                return Double.isNaN(d) || Double.isInfinite(d) ? String.valueOf(d)
                        : String.format(java.util.Locale.ROOT, "%.8e", d == 0 ? 0.0 : d);
            case "timestamp":
                try {
                    return instant(value.asText()).toString();
                } catch (DateTimeParseException e) {
                    return value.asText();
                }
            case "decimal":
                try {
                    return new BigDecimal(value.asText()).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    return value.asText();
                }
            default:
                return scalarText(value);
        }
    }

    /** A value as a short text for reports. */
    public static String display(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static boolean sequenceEqual(SparkType element, JsonNode a, JsonNode b) {
        if (!a.isArray() || !b.isArray() || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(element, a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean structEqual(SparkType type, JsonNode a, JsonNode b) {
        List<JsonNode> left = structFields(type, a);
        List<JsonNode> right = structFields(type, b);
        if (left.size() != type.elements().size() || right.size() != type.elements().size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (!equal(type.elements().get(i), left.get(i), right.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A struct's field values in field order, from an array or an object keyed by field name. */
    private static List<JsonNode> structFields(SparkType type, JsonNode value) {
        List<JsonNode> fields = new ArrayList<>();
        if (value.isObject()) {
            type.fieldNames().forEach(name -> fields.add(value.get(name)));
        } else {
            value.forEach(fields::add);
        }
        return fields;
    }

    /** Maps: the same number of entries, and every entry of one matched by an equal entry of the other. */
    private static boolean mapEqual(SparkType type, JsonNode a, JsonNode b) {
        if (!a.isArray() || !b.isArray() || a.size() != b.size()) {
            return false;
        }
        List<JsonNode> unmatched = new ArrayList<>();
        b.forEach(unmatched::add);
        for (JsonNode entry : a) {
            Iterator<JsonNode> candidates = unmatched.iterator();
            boolean found = false;
            while (candidates.hasNext()) {
                JsonNode other = candidates.next();
                if (equal(type.elements().get(0), entry.get(0), other.get(0))
                        && equal(type.elements().get(1), entry.get(1), other.get(1))) {
                    candidates.remove();
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static double asDouble(JsonNode value) {
        return value.isNumber() ? value.doubleValue() : Double.parseDouble(value.asText());
    }

    /** An instant from ISO-8601 text with an offset, or without one (then read as UTC). */
    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(java.time.ZoneOffset.UTC);
        }
    }

    private static String scalarText(JsonNode value) {
        return value.isNumber() && value.canConvertToExactIntegral() ? value.bigIntegerValue().toString()
                : value.asText();
    }
}
