package dev.nbmigrate.converter.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.PrimitiveType;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.Span;
import dev.nbmigrate.converter.parse.python.ast.Conversion;
import dev.nbmigrate.converter.parse.python.ast.FStringPart;
import dev.nbmigrate.converter.translate.data.PyValue;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;

/**
 * Python's string formatting as plain Java: {@code str.format} fields and {@code %} conversions become string
 * concatenation when they only insert values ({@code "a" + x + "b"}), and {@code String.format(Locale.ROOT, ...)}
 * pieces when a format spec pads or rounds. Values are written as Python's {@code str()} writes them
 * ({@code True}, {@code None}).
 */
final class StringFormatting {

    /** A str.format spec: [[fill]align][sign][0][width][,][.precision][type]. */
    private static final Pattern SPEC = Pattern.compile("([<>])?([+])?(0)?(\\d+)?(,)?(?:\\.(\\d+))?([dfeEsxg%])?");
    /** A printf-style conversion: %[flags][width][.precision]type. */
    private static final Pattern PERCENT = Pattern.compile("%([-+ 0#]*)(\\d+)?(?:\\.(\\d+))?([sdiufFeExXog%])");
    /** A str.format replacement field's name part. */
    private static final Pattern FIELD_NAME = Pattern.compile("\\d+|[A-Za-z_][A-Za-z0-9_]*|");

    private final JavaImports imports;

    StringFormatting(JavaImports imports) {
        this.imports = imports;
    }

    /** {@code str(value)} as Python writes it. */
    Expression str(TExpr value) {
        PyType type = PyTypes.strip(value.type());
        if (type == ScalarType.STR) {
            return value.java();
        }
        if (type == ScalarType.BOOL) {
            return new EnclosedExpr(new ConditionalExpr(ExprTranslator.enclosed(value.java()),
                    new StringLiteralExpr("True"), new StringLiteralExpr("False")));
        }
        if (type == ScalarType.NONE) {
            return new StringLiteralExpr("None");
        }
        if (type == ScalarType.DATETIME) {
            return new MethodCallExpr(ExprTranslator.enclosed(value.java()), "format", new NodeList<>(
                    new MethodCallExpr(new NameExpr(imports.use("java.time.format.DateTimeFormatter")), "ofPattern",
                            new NodeList<>(new StringLiteralExpr("yyyy-MM-dd HH:mm:ss")))));
        }
        return new MethodCallExpr(new NameExpr("String"), "valueOf", new NodeList<>(value.java()));
    }

    /** One value with a str.format / f-string spec ({@code .2f}, {@code >8}, {@code ,d}, {@code .1%}). */
    Expression formatted(TExpr value, String spec, Span span) {
        if (spec.isEmpty()) {
            return str(value);
        }
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw new Untranslatable(Code.NBM252, span, "the format spec '" + spec + "' is not translated");
        }
        PyType type = PyTypes.strip(value.type());
        boolean number = type == ScalarType.INT || type == ScalarType.FLOAT;
        String kind = m.group(7);
        if (kind == null) {
            if (m.group(6) != null && type != ScalarType.STR) {
                throw new Untranslatable(Code.NBM252, span, "a precision without a type ('" + spec + "') formats like %g, which Java has not");
            }
            kind = type == ScalarType.INT ? "d" : type == ScalarType.STR ? "s" : null;
            if (kind == null) {
                throw new Untranslatable(Code.NBM252, span, "the format spec '" + spec + "' on a " + type.display() + " is not translated");
            }
        }
        if (kind.equals("g") && spec.matches("(\\.\\d+)?g")) {
            return general(value, m.group(6));
        }
        StringBuilder flags = new StringBuilder();
        boolean leftAlign = "<".equals(m.group(1)) || m.group(1) == null && !number && m.group(4) != null;
        if (leftAlign) {
            flags.append('-');
        }
        if (m.group(2) != null) {
            flags.append('+');
        }
        if (m.group(5) != null) {
            flags.append(',');
        }
        if (m.group(3) != null) {
            flags.append('0');
        }
        StringBuilder java = new StringBuilder("%").append(printfFlags(flags.toString(), m.group(4) != null));
        if (m.group(4) != null) {
            java.append(m.group(4));
        }
        if (m.group(6) != null) {
            java.append('.').append(m.group(6));
        }
        Expression argument = value.java();
        if (kind.equals("%")) {
            java.append("f%%");
            argument = new BinaryExpr(ExprTranslator.enclosed(argument), new IntegerLiteralExpr("100"), BinaryExpr.Operator.MULTIPLY);
            if (m.group(6) == null) {
                java.insert(java.length() - 3, ".6");
            }
        } else if (kind.equals("s")) {
            java.append('s');
            argument = str(value);
        } else {
            java.append(kind);
            if ((kind.equals("f") || kind.equals("e") || kind.equals("E")) && m.group(6) == null) {
                java.insert(java.length() - 1, ".6");
            }
            if ((kind.equals("f") || kind.equals("e") || kind.equals("E")) && type == ScalarType.INT) {
                argument = new CastExpr(PrimitiveType.doubleType(), ExprTranslator.enclosed(argument));
            }
        }
        return formatCall(java.toString(), List.of(argument));
    }

    /** One replacement field of an f-string: its value, written as str() or with its constant format spec. */
    Expression fStringField(TExpr value, FStringPart.Formatted field, Span span) {
        if (field.conversion() == Conversion.REPR || field.conversion() == Conversion.ASCII) {
            throw new Untranslatable(Code.NBM252, span, "the f-string conversions !r and !a are not translated");
        }
        if (field.formatSpec() == null) {
            return str(value);
        }
        StringBuilder spec = new StringBuilder();
        for (FStringPart part : field.formatSpec().parts()) {
            if (!(part instanceof FStringPart.Literal literal)) {
                throw new Untranslatable(Code.NBM252, span, "f-string format specs with fields are not translated");
            }
            spec.append(literal.text());
        }
        return formatted(value, spec.toString(), span);
    }

    /** {@code template.format(*positional, **named)} with a constant template. */
    Expression format(String template, List<TExpr> positional, Map<String, TExpr> named, Span span) {
        List<Expression> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int auto = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                literal.append('{');
                i++;
                continue;
            }
            if (c == '}' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                literal.append('}');
                i++;
                continue;
            }
            if (c == '}') {
                throw new Untranslatable(Code.NBM252, span, "single '}' in the format string");
            }
            if (c != '{') {
                literal.append(c);
                continue;
            }
            int end = template.indexOf('}', i);
            if (end < 0) {
                throw new Untranslatable(Code.NBM252, span, "unclosed '{' in the format string");
            }
            String field = template.substring(i + 1, end);
            if (field.contains("{")) {
                throw new Untranslatable(Code.NBM252, span, "nested replacement fields are not translated");
            }
            int colon = field.indexOf(':');
            String name = colon < 0 ? field : field.substring(0, colon);
            String spec = colon < 0 ? "" : field.substring(colon + 1);
            if (name.contains("!") || !FIELD_NAME.matcher(name).matches()) {
                throw new Untranslatable(Code.NBM252, span, "the replacement field {" + field + "} is not translated");
            }
            TExpr value;
            if (name.isEmpty()) {
                value = at(positional, auto++, span);
            } else if (Character.isDigit(name.charAt(0))) {
                value = at(positional, Integer.parseInt(name), span);
            } else {
                value = named.get(name);
                if (value == null) {
                    throw new Untranslatable(Code.NBM252, span, "format() has no argument '" + name + "'");
                }
            }
            addLiteral(pieces, literal);
            pieces.add(formatted(value, spec, span));
            i = end;
        }
        addLiteral(pieces, literal);
        return concat(pieces);
    }

    private static TExpr at(List<TExpr> positional, int index, Span span) {
        if (index >= positional.size()) {
            throw new Untranslatable(Code.NBM252, span, "format() has no positional argument " + index);
        }
        return positional.get(index);
    }

    /** {@code template % values} with a constant template. */
    Expression percent(String template, List<TExpr> values, Span span) {
        Matcher m = PERCENT.matcher(template);
        List<Expression> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int last = 0;
        int next = 0;
        while (m.find()) {
            literal.append(template, last, m.start());
            last = m.end();
            String type = m.group(4);
            if (type.equals("%")) {
                literal.append('%');
                continue;
            }
            if (next >= values.size()) {
                throw new Untranslatable(Code.NBM252, span, "not enough arguments for the format string");
            }
            TExpr value = values.get(next++);
            addLiteral(pieces, literal);
            boolean plain = m.group(1).isEmpty() && m.group(2) == null && m.group(3) == null;
            PyType valueType = PyTypes.strip(value.type());
            if (plain && (type.equals("s") || (type.equals("d") || type.equals("i")) && valueType == ScalarType.INT)) {
                pieces.add(str(value));
                continue;
            }
            if (type.equals("g") && m.group(1).isEmpty() && m.group(2) == null) {
                pieces.add(general(value, m.group(3)));
                continue;
            }
            String javaType = switch (type) {
                case "i", "u" -> "d";
                case "F" -> "f";
                default -> type;
            };
            Expression argument = value.java();
            if (javaType.equals("d") && valueType == ScalarType.FLOAT) {
                argument = new CastExpr(PrimitiveType.longType(), ExprTranslator.enclosed(argument));
            } else if ("feE".contains(javaType) && valueType == ScalarType.INT) {
                argument = new CastExpr(PrimitiveType.doubleType(), ExprTranslator.enclosed(argument));
            } else if (javaType.equals("s")) {
                argument = str(value);
            }
            String precision = m.group(3) != null ? "." + m.group(3) : "feE".contains(javaType) ? ".6" : "";
            pieces.add(formatCall("%" + printfFlags(m.group(1), m.group(2) != null) + (m.group(2) == null ? ""
                    : m.group(2)) + precision + javaType,
                    List.of(argument)));
        }
        literal.append(template.substring(last));
        if (template.substring(last).contains("%") || next != values.size()) {
            throw new Untranslatable(Code.NBM252, span, next != values.size()
                    ? "not all arguments converted during string formatting" : "a % conversion is not translated");
        }
        addLiteral(pieces, literal);
        return concat(pieces);
    }

    /** {@code %g}: Python's general format, which Java's {@code %g} is not ({@code PyFormat.g(x, precision)}). */
    private Expression general(TExpr value, String precision) {
        NodeList<Expression> args = new NodeList<>(value.java());
        args.add(new IntegerLiteralExpr(precision == null ? "6" : precision));
        return new MethodCallExpr(new NameExpr(imports.use("dev.nbmigrate.runtime.interop.PyFormat")), "g", args);
    }

    /**
     * Python's flags as {@link java.util.Formatter} takes them: Python ignores alignment and zero padding without a
     * width ({@code '{:0.3f}'}, {@code '%-.2f'}) where Java throws, {@code -} wins over {@code 0} and {@code +} over
     * a space as in Python, and each flag is written once.
     */
    static String printfFlags(String flags, boolean width) {
        StringBuilder out = new StringBuilder();
        for (char flag : flags.toCharArray()) {
            boolean dropped = out.indexOf(String.valueOf(flag)) >= 0
                    || (flag == '-' || flag == '0') && !width
                    || flag == '0' && flags.indexOf('-') >= 0
                    || flag == ' ' && flags.indexOf('+') >= 0;
            if (!dropped) {
                out.append(flag);
            }
        }
        return out.toString();
    }

    private Expression formatCall(String javaFormat, List<Expression> args) {
        NodeList<Expression> arguments = new NodeList<>();
        arguments.add(new FieldAccessExpr(new NameExpr(imports.use("java.util.Locale")), "ROOT"));
        arguments.add(new StringLiteralExpr().setString(javaFormat));
        arguments.addAll(args);
        return new MethodCallExpr(new NameExpr("String"), "format", arguments);
    }

    private static void addLiteral(List<Expression> pieces, StringBuilder literal) {
        if (!literal.isEmpty()) {
            pieces.add(new StringLiteralExpr().setString(literal.toString()));
            literal.setLength(0);
        }
    }

    /** The pieces joined with {@code +}; a lone non-literal piece is already a String. */
    static Expression concat(List<Expression> pieces) {
        if (pieces.isEmpty()) {
            return new StringLiteralExpr("");
        }
        Expression result = pieces.get(0);
        for (int i = 1; i < pieces.size(); i++) {
            Expression piece = pieces.get(i);
            if (piece instanceof BinaryExpr || piece instanceof ConditionalExpr) {
                piece = new EnclosedExpr(piece);
            }
            result = new BinaryExpr(result, piece, BinaryExpr.Operator.PLUS);
        }
        return result;
    }

    /** The text of a string value known at conversion time (a literal, or a name bound to one). */
    static Optional<String> constantText(TExpr value) {
        return value.constant().filter(c -> c instanceof PyValue.Str).map(c -> ((PyValue.Str) c).value());
    }
}
