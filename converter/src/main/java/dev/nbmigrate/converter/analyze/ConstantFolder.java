package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.parse.python.ast.BinOperator;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Python's string building at conversion time: {@code +}, {@code *}, {@code %}-formatting, {@code str.format},
 * f-string fields and the common {@code str} methods, over {@link ConstantValue}s. A run-time value enters as a
 * {@link ConstantValue.Template} hole and stays one; an operation Python would fail on, or a format this class
 * does not implement, gives null (not a constant).
 */
final class ConstantFolder {

    private ConstantFolder() {
    }

    /** A run-time value labelled by its source text. */
    static ConstantValue hole(String label) {
        return new ConstantValue.Template(List.of(new ConstantValue.Template.Part(label, true)));
    }

    /** The parts joined: a {@code Str} when all are known, else a {@code Template}; null if any part is null. */
    static ConstantValue concat(List<ConstantValue> pieces) {
        List<ConstantValue.Template.Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (ConstantValue piece : pieces) {
            if (piece == null) {
                return null;
            }
            if (piece instanceof ConstantValue.Template template) {
                for (ConstantValue.Template.Part part : template.parts()) {
                    if (part.hole()) {
                        if (text.length() > 0) {
                            parts.add(new ConstantValue.Template.Part(text.toString(), false));
                            text.setLength(0);
                        }
                        parts.add(part);
                    } else {
                        text.append(part.text());
                    }
                }
            } else {
                text.append(piece.str());
            }
        }
        if (parts.isEmpty()) {
            return new ConstantValue.Str(text.toString());
        }
        if (text.length() > 0) {
            parts.add(new ConstantValue.Template.Part(text.toString(), false));
        }
        return new ConstantValue.Template(parts);
    }

    /** {@code left op right}, or null. Strings with run-time parts only concatenate. */
    static ConstantValue binary(BinOperator op, ConstantValue left, ConstantValue right) {
        if (left == null || right == null) {
            return null;
        }
        boolean leftText = left instanceof ConstantValue.Str || left instanceof ConstantValue.Template;
        boolean rightText = right instanceof ConstantValue.Str || right instanceof ConstantValue.Template;
        if (op == BinOperator.ADD && leftText && rightText) {
            return concat(List.of(left, right));
        }
        if (op == BinOperator.MOD && left instanceof ConstantValue.Str format) {
            return percent(format.value(), right);
        }
        if (op == BinOperator.MULT && left instanceof ConstantValue.Str s && right instanceof ConstantValue.Int n) {
            return new ConstantValue.Str(s.value().repeat(Math.max(0, n.value().intValue())));
        }
        if (left instanceof ConstantValue.Sequence a && right instanceof ConstantValue.Sequence b && op == BinOperator.ADD
                && a.tuple() == b.tuple()) {
            List<ConstantValue> all = new ArrayList<>(a.elements());
            all.addAll(b.elements());
            return new ConstantValue.Sequence(all, a.tuple());
        }
        return arithmetic(op, left, right);
    }

    private static ConstantValue arithmetic(BinOperator op, ConstantValue left, ConstantValue right) {
        BigInteger a = integer(left);
        BigInteger b = integer(right);
        if (a != null && b != null) {
            switch (op) {
                case ADD: return new ConstantValue.Int(a.add(b));
                case SUB: return new ConstantValue.Int(a.subtract(b));
                case MULT: return new ConstantValue.Int(a.multiply(b));
                case FLOOR_DIV:
                    return b.signum() == 0 ? null : new ConstantValue.Int(new BigDecimal(a)
                            .divide(new BigDecimal(b), 0, RoundingMode.FLOOR).toBigIntegerExact());
                case MOD:
                    return b.signum() == 0 ? null : new ConstantValue.Int(a.mod(b.abs()).add(b.signum() < 0
                            && a.mod(b.abs()).signum() != 0 ? b : BigInteger.ZERO));
                case DIV: return b.signum() == 0 ? null : new ConstantValue.Float(a.doubleValue() / b.doubleValue());
                default: return null;
            }
        }
        Double x = number(left);
        Double y = number(right);
        if (x == null || y == null) {
            return null;
        }
        switch (op) {
            case ADD: return new ConstantValue.Float(x + y);
            case SUB: return new ConstantValue.Float(x - y);
            case MULT: return new ConstantValue.Float(x * y);
            case DIV: return y == 0 ? null : new ConstantValue.Float(x / y);
            default: return null;
        }
    }

    private static BigInteger integer(ConstantValue value) {
        if (value instanceof ConstantValue.Int i) {
            return i.value();
        }
        if (value instanceof ConstantValue.Bool b) {
            return b.value() ? BigInteger.ONE : BigInteger.ZERO;
        }
        return null;
    }

    private static Double number(ConstantValue value) {
        if (value instanceof ConstantValue.Float f) {
            return f.value();
        }
        BigInteger i = integer(value);
        return i == null ? null : i.doubleValue();
    }

    /** {@code -value} for numbers, else null. */
    static ConstantValue negate(ConstantValue value) {
        if (value instanceof ConstantValue.Int i) {
            return new ConstantValue.Int(i.value().negate());
        }
        if (value instanceof ConstantValue.Float f) {
            return new ConstantValue.Float(-f.value());
        }
        return null;
    }

    /** Python's truth value, or null when it is not known. */
    static Boolean truth(ConstantValue value) {
        if (value instanceof ConstantValue.Bool b) {
            return b.value();
        }
        if (value instanceof ConstantValue.None) {
            return false;
        }
        if (value instanceof ConstantValue.Str s) {
            return !s.value().isEmpty();
        }
        if (value instanceof ConstantValue.Int i) {
            return i.value().signum() != 0;
        }
        if (value instanceof ConstantValue.Float f) {
            return f.value() != 0;
        }
        if (value instanceof ConstantValue.Sequence s) {
            return !s.elements().isEmpty();
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------- str.format

    /** {@code template.format(*positional, **keywords)}, or null when a field is beyond what is implemented. */
    static ConstantValue format(String template, List<ConstantValue> positional, Map<String, ConstantValue> keywords) {
        List<ConstantValue> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int auto = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
                continue;
            }
            if (c == '}' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
                continue;
            }
            if (c == '}') {
                return null;
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            int close = template.indexOf('}', i);
            if (close < 0) {
                return null;
            }
            String field = template.substring(i + 1, close);
            if (field.contains("{")) {
                return null;
            }
            String spec = "";
            int colon = field.indexOf(':');
            if (colon >= 0) {
                spec = field.substring(colon + 1);
                field = field.substring(0, colon);
            }
            char conversion = 0;
            int bang = field.indexOf('!');
            if (bang >= 0) {
                if (bang + 2 != field.length()) {
                    return null;
                }
                conversion = field.charAt(bang + 1);
                field = field.substring(0, bang);
            }
            ConstantValue value;
            if (field.isEmpty()) {
                value = auto < positional.size() ? positional.get(auto++) : null;
            } else if (field.chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(field);
                value = index < positional.size() ? positional.get(index) : null;
            } else if (field.matches("[A-Za-z_]\\w*")) {
                value = keywords.get(field);
            } else {
                return null;
            }
            if (value == null) {
                return null;
            }
            ConstantValue formatted = field(value, conversion, spec);
            if (formatted == null) {
                return null;
            }
            pieces.add(new ConstantValue.Str(literal.toString()));
            literal.setLength(0);
            pieces.add(formatted);
            i = close + 1;
        }
        pieces.add(new ConstantValue.Str(literal.toString()));
        return concat(pieces);
    }

    /** One replacement field: {@code value!conversion:spec}; a hole stays a hole. */
    static ConstantValue field(ConstantValue value, char conversion, String spec) {
        if (value instanceof ConstantValue.Template) {
            return value;
        }
        ConstantValue converted = switch (conversion) {
            case 0, 's' -> value;
            case 'r', 'a' -> new ConstantValue.Str(value.repr());
            default -> null;
        };
        if (converted == null) {
            return null;
        }
        String text = applySpec(converted, spec);
        return text == null ? null : new ConstantValue.Str(text);
    }

    /** Python's format-spec mini-language for the common cases; null when not implemented. */
    static String applySpec(ConstantValue value, String spec) {
        if (spec.isEmpty()) {
            return value.str();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?:(.)?([<>^=]))?([+\\- ])?(#)?(0)?(\\d+)?([,_])?(?:\\.(\\d+))?([bcdeEfFgGnosxX%])?")
                .matcher(spec);
        if (!m.matches()) {
            return null;
        }
        char fill = m.group(1) != null ? m.group(1).charAt(0) : (m.group(5) != null ? '0' : ' ');
        char align = m.group(2) != null ? m.group(2).charAt(0) : 0;
        int width = m.group(6) != null ? Integer.parseInt(m.group(6)) : 0;
        boolean grouping = m.group(7) != null;
        Integer precision = m.group(8) != null ? Integer.parseInt(m.group(8)) : null;
        String type = m.group(9);
        String body;
        boolean numeric = value instanceof ConstantValue.Int || value instanceof ConstantValue.Float
                || value instanceof ConstantValue.Bool;
        if (type == null || type.equals("s")) {
            if (numeric && type == null && (precision != null || grouping)) {
                body = number(value, "g", precision, grouping);
            } else {
                body = value.str();
                if (precision != null && !numeric) {
                    body = body.substring(0, Math.min(body.length(), precision));
                }
            }
        } else {
            if (!numeric) {
                return null;
            }
            body = number(value, type, precision, grouping);
        }
        if (body == null) {
            return null;
        }
        if (align == 0) {
            align = numeric ? '>' : '<';
        }
        int pad = width - body.codePointCount(0, body.length());
        if (pad <= 0) {
            return body;
        }
        String padding = String.valueOf(fill).repeat(pad);
        return switch (align) {
            case '<' -> body + padding;
            case '^' -> String.valueOf(fill).repeat(pad / 2) + body + String.valueOf(fill).repeat(pad - pad / 2);
            case '=' -> body.startsWith("-") ? "-" + padding + body.substring(1) : padding + body;
            default -> padding + body;
        };
    }

    private static String number(ConstantValue value, String type, Integer precision, boolean grouping) {
        Double x = number(value);
        BigInteger i = integer(value);
        switch (type) {
            case "d", "n":
                if (i == null) {
                    return null;
                }
                return grouping ? String.format(Locale.ROOT, "%,d", i) : i.toString();
            case "f", "F":
                return String.format(Locale.ROOT, grouping ? "%,." + (precision == null ? 6 : precision) + "f"
                        : "%." + (precision == null ? 6 : precision) + "f", x);
            case "%":
                return String.format(Locale.ROOT, "%." + (precision == null ? 6 : precision) + "f", x * 100) + "%";
            case "e", "E": {
                String text = String.format(Locale.ROOT, "%." + (precision == null ? 6 : precision) + "e", x);
                return type.equals("E") ? text.toUpperCase(Locale.ROOT) : text;
            }
            case "x":
                return i == null ? null : i.toString(16);
            case "X":
                return i == null ? null : i.toString(16).toUpperCase(Locale.ROOT);
            case "o":
                return i == null ? null : i.toString(8);
            case "b":
                return i == null ? null : i.toString(2);
            case "g":
                if (precision == null && !grouping) {
                    return value.str();
                }
                return null;
            default:
                return null;
        }
    }

    // ------------------------------------------------------------------------------------------ %-formatting

    /** {@code format % args} ({@code args} a tuple or one value), or null for forms not implemented. */
    static ConstantValue percent(String format, ConstantValue args) {
        List<ConstantValue> values = args instanceof ConstantValue.Sequence s && s.tuple() ? s.elements() : List.of(args);
        List<ConstantValue> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("%([-+ 0#]*)(\\d+)?(?:\\.(\\d+))?([sdirfFeEgGxXo%])").matcher(format);
        int last = 0;
        int next = 0;
        while (m.find()) {
            literal.append(format, last, m.start());
            last = m.end();
            String type = m.group(4);
            if (type.equals("%")) {
                literal.append('%');
                continue;
            }
            if (next >= values.size()) {
                return null;
            }
            ConstantValue value = values.get(next++);
            String flags = m.group(1);
            StringBuilder spec = new StringBuilder();
            if (flags.contains("-")) {
                spec.append('<');
            } else if (flags.contains("0")) {
                spec.append('0');
            } else {
                spec.append('>');
            }
            if (m.group(2) != null) {
                spec.append(m.group(2));
            }
            if (m.group(3) != null) {
                spec.append('.').append(m.group(3));
            }
            String pyType = switch (type) {
                case "s" -> "";
                case "r" -> "";
                case "i", "d" -> "d";
                default -> type;
            };
            if (value instanceof ConstantValue.Template) {
                pieces.add(new ConstantValue.Str(literal.toString()));
                literal.setLength(0);
                pieces.add(value);
                continue;
            }
            if (pyType.equals("d") && value instanceof ConstantValue.Float f) {
                value = new ConstantValue.Int(BigDecimal.valueOf(f.value()).toBigInteger());
            }
            ConstantValue formatted = field(value, type.equals("r") ? 'r' : 0, spec + pyType);
            if (formatted == null) {
                return null;
            }
            pieces.add(new ConstantValue.Str(literal.toString()));
            literal.setLength(0);
            pieces.add(formatted);
        }
        if (next != values.size() || format.indexOf('%', last) >= 0) {
            return null;
        }
        literal.append(format.substring(last));
        pieces.add(new ConstantValue.Str(literal.toString()));
        return concat(pieces);
    }

    // ------------------------------------------------------------------------------------------ str methods

    /** {@code text.method(args)} for the side-effect-free {@code str} methods that give strings or bools. */
    static ConstantValue strMethod(String text, String method, List<ConstantValue> args) {
        List<String> strings = new ArrayList<>();
        for (ConstantValue arg : args) {
            strings.add(arg == null ? null : arg.asString());
        }
        switch (method) {
            case "lower": return args.isEmpty() ? new ConstantValue.Str(text.toLowerCase(Locale.ROOT)) : null;
            case "upper": return args.isEmpty() ? new ConstantValue.Str(text.toUpperCase(Locale.ROOT)) : null;
            case "strip": return strip(text, strings, true, true);
            case "lstrip": return strip(text, strings, true, false);
            case "rstrip": return strip(text, strings, false, true);
            case "replace":
                return strings.size() == 2 && strings.get(0) != null && strings.get(1) != null
                        ? new ConstantValue.Str(text.replace(strings.get(0), strings.get(1))) : null;
            case "startswith":
                return strings.size() == 1 && strings.get(0) != null
                        ? new ConstantValue.Bool(text.startsWith(strings.get(0))) : null;
            case "endswith":
                return strings.size() == 1 && strings.get(0) != null
                        ? new ConstantValue.Bool(text.endsWith(strings.get(0))) : null;
            case "join":
                if (args.size() == 1 && args.get(0) instanceof ConstantValue.Sequence seq) {
                    List<ConstantValue> pieces = new ArrayList<>();
                    for (int i = 0; i < seq.elements().size(); i++) {
                        ConstantValue element = seq.elements().get(i);
                        if (!(element instanceof ConstantValue.Str) && !(element instanceof ConstantValue.Template)) {
                            return null;
                        }
                        if (i > 0) {
                            pieces.add(new ConstantValue.Str(text));
                        }
                        pieces.add(element);
                    }
                    return concat(pieces);
                }
                return null;
            case "split":
                if (strings.size() == 1 && strings.get(0) != null && !strings.get(0).isEmpty()) {
                    List<ConstantValue> parts = new ArrayList<>();
                    for (String part : text.split(java.util.regex.Pattern.quote(strings.get(0)), -1)) {
                        parts.add(new ConstantValue.Str(part));
                    }
                    return new ConstantValue.Sequence(parts, false);
                }
                return null;
            default:
                return null;
        }
    }

    private static ConstantValue strip(String text, List<String> chars, boolean left, boolean right) {
        if (chars.size() > 1 || (chars.size() == 1 && chars.get(0) == null)) {
            return null;
        }
        String set = chars.isEmpty() ? null : chars.get(0);
        int start = 0;
        int end = text.length();
        while (left && start < end && (set == null ? Character.isWhitespace(text.charAt(start))
                : set.indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (right && end > start && (set == null ? Character.isWhitespace(text.charAt(end - 1))
                : set.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return new ConstantValue.Str(text.substring(start, end));
    }
}
