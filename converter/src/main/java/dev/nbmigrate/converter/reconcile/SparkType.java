package dev.nbmigrate.converter.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Spark SQL data type as both sides of a reconciliation write it ({@code DataType.simpleString()}:
 * {@code int}, {@code decimal(10,2)}, {@code array<string>}, {@code map<string,int>},
 * {@code struct<a:int,b:array<double>>}), parsed so that values are compared by their type.
 *
 * @param name       the type's name, lower case, without parameters ({@code decimal}, {@code array}, {@code struct})
 * @param text       the type as written
 * @param elements   the element type of an array, key and value of a map, the field types of a struct; else empty
 * @param fieldNames the field names of a struct; else empty
 */
public record SparkType(String name, String text, List<SparkType> elements, List<String> fieldNames) {

    public SparkType {
        elements = List.copyOf(elements);
        fieldNames = List.copyOf(fieldNames);
    }

    /** Parses a simple type string; an unknown name is kept as it is and its values are compared as written. */
    public static SparkType parse(String text) {
        Parser parser = new Parser(text.strip());
        SparkType type = parser.type();
        if (parser.pos != parser.text.length()) {
            throw new IllegalArgumentException("unexpected '" + parser.text.substring(parser.pos) + "' in type '"
                    + text + "'");
        }
        return type;
    }

    /** Whether values are binary floating point (float or double), compared with a tolerance. */
    public boolean isFloating() {
        return name.equals("double") || name.equals("float");
    }

    /** The type with integer names unified ({@code integer} is {@code int}), for schema comparison. */
    public String canonical() {
        return text.toLowerCase(Locale.ROOT).replace("integer", "int").replace("bigint", "long")
                .replace(" ", "");
    }

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        SparkType type() {
            int start = pos;
            String name = identifier().toLowerCase(Locale.ROOT);
            List<SparkType> elements = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            if (peek('(')) {
                int close = text.indexOf(')', pos);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed '(' in type '" + text + "'");
                }
                pos = close + 1;
            } else if (peek('<')) {
                pos++;
                do {
                    if (name.equals("struct")) {
                        int colon = text.indexOf(':', pos);
                        if (colon < 0) {
                            throw new IllegalArgumentException("struct field without ':' in type '" + text + "'");
                        }
                        fields.add(text.substring(pos, colon).strip().replace("`", ""));
                        pos = colon + 1;
                    }
                    elements.add(type());
                } while (accept(','));
                expect('>');
            }
            return new SparkType(name, text.substring(start, pos).strip(), elements, fields);
        }

        private String identifier() {
            skipSpaces();
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("expected a type name at " + pos + " in '" + text + "'");
            }
            return text.substring(start, pos);
        }

        private boolean peek(char c) {
            skipSpaces();
            return pos < text.length() && text.charAt(pos) == c;
        }

        private boolean accept(char c) {
            if (peek(c)) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!accept(c)) {
                throw new IllegalArgumentException("expected '" + c + "' at " + pos + " in type '" + text + "'");
            }
        }

        private void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }
    }
}
