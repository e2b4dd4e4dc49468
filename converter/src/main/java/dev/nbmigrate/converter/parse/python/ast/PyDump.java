package dev.nbmigrate.converter.parse.python.ast;

import dev.nbmigrate.converter.parse.Span;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Prints a tree in the style of Python's {@code ast.dump}, e.g.
 * {@code Assign(targets=[Name(id='x', ctx=STORE)], value=IntLit(value=1))}, for tests, logs and reviews.
 *
 * <p>Fields print in declaration order; absent values are left out: null, empty lists, {@code false} (except a
 * literal's value), the {@code LOAD} context and the {@code NONE} conversion. Strings print as Python {@code repr}s. With positions,
 * each node's span follows its name ({@code Name@1:0-1:1(...)}). {@link #dump(PyNode)} prints one line;
 * {@link #dumpIndented(PyNode)} breaks nodes that do not fit in {@value #WIDTH} columns, one field a line.
 */
public final class PyDump {

    /** Line width of the indented form. */
    public static final int WIDTH = 100;

    private final Predicate<PyNode> positioned;

    private PyDump(Predicate<PyNode> positioned) {
        this.positioned = positioned;
    }

    /** One line, without positions. */
    public static String dump(PyNode node) {
        return new PyDump(n -> false).flat(node);
    }

    /** One line, with each node's span. */
    public static String dumpWithPositions(PyNode node) {
        return new PyDump(n -> true).flat(node);
    }

    /** Several lines, without positions. */
    public static String dumpIndented(PyNode node) {
        return new PyDump(n -> false).render(node, 0, 0);
    }

    /** Several lines, with each node's span. */
    public static String dumpIndentedWithPositions(PyNode node) {
        return new PyDump(n -> true).render(node, 0, 0);
    }

    /** Several lines, with the span of the nodes {@code positioned} accepts. */
    public static String dumpIndented(PyNode node, Predicate<PyNode> positioned) {
        return new PyDump(positioned).render(node, 0, 0);
    }

    private String render(Object value, int indent, int used) {
        String flat = flat(value);
        if (used + flat.length() <= WIDTH || !(value instanceof Record || value instanceof List<?>)) {
            return flat;
        }
        String pad = " ".repeat(indent + 2);
        StringBuilder out = new StringBuilder();
        if (value instanceof List<?> list) {
            out.append("[");
            for (int i = 0; i < list.size(); i++) {
                out.append('\n').append(pad).append(render(list.get(i), indent + 2, indent + 2));
                out.append(i == list.size() - 1 ? "]" : ",");
            }
            return out.toString();
        }
        Record record = (Record) value;
        List<Field> fields = fields(record);
        out.append(head(record)).append('(');
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            String label = field.name + "=";
            out.append('\n').append(pad).append(label)
                    .append(render(field.value, indent + 2, indent + 2 + label.length()));
            out.append(i == fields.size() - 1 ? ")" : ",");
        }
        if (fields.isEmpty()) {
            out.append(')');
        }
        return out.toString();
    }

    private String flat(Object value) {
        if (value instanceof Record record) {
            StringBuilder out = new StringBuilder(head(record)).append('(');
            List<Field> fields = fields(record);
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(fields.get(i).name).append('=').append(flat(fields.get(i).value));
            }
            return out.append(')').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(flat(list.get(i)));
            }
            return out.append(']').toString();
        }
        return scalar(value);
    }

    private String head(Record record) {
        String name = record.getClass().getSimpleName();
        if (record instanceof PyNode node && positioned.test(node)) {
            return name + "@" + node.span();
        }
        return name;
    }

    private record Field(String name, Object value) {
    }

    private static List<Field> fields(Record record) {
        List<Field> out = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = read(record, component);
            if (component.getName().equals("value") ? value != null : !isAbsent(value)) {
                out.add(new Field(component.getName(), value));
            }
        }
        return out;
    }

    private static boolean isAbsent(Object value) {
        return value == null
                || value instanceof Span
                || value instanceof List<?> list && list.isEmpty()
                || Boolean.FALSE.equals(value)
                || value == ExprContext.LOAD
                || value == Conversion.NONE;
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static String scalar(Object value) {
        if (value instanceof String text) {
            return pythonRepr(text);
        }
        if (value instanceof byte[] bytes) {
            return bytesRepr(bytes);
        }
        if (value instanceof Double number) {
            return floatRepr(number);
        }
        if (value instanceof Boolean flag) {
            return flag ? "True" : "False";
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof BigInteger || value instanceof Integer) {
            return value.toString();
        }
        throw new IllegalArgumentException("cannot dump " + value.getClass());
    }

    /** A Python {@code repr} of a string: single quotes unless the text has one and no double quote. */
    public static String pythonRepr(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        text.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format("\\x%02x", cp));
            } else if (!isPrintable(cp)) {
                out.append(cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append(quote).toString();
    }

    private static boolean isPrintable(int cp) {
        if (cp < 0x7f) {
            return true;
        }
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.PRIVATE_USE && type != Character.UNASSIGNED
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && !(type == Character.SPACE_SEPARATOR && cp != ' ');
    }

    private static String bytesRepr(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder("b").append(quote);
        for (byte b : bytes) {
            int v = b & 0xff;
            if (v == quote || v == '\\') {
                out.append('\\').append((char) v);
            } else if (v == '\n') {
                out.append("\\n");
            } else if (v == '\r') {
                out.append("\\r");
            } else if (v == '\t') {
                out.append("\\t");
            } else if (v < 0x20 || v >= 0x7f) {
                out.append(String.format("\\x%02x", v));
            } else {
                out.append((char) v);
            }
        }
        return out.append(quote).toString();
    }

    /** Python's {@code repr} of a float for ordinary values: {@code 1.0}, {@code 0.5}, {@code 1e+20}, {@code inf}. */
    static String floatRepr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e16) {
            return String.format("%d.0", (long) value);
        }
        String text = Double.toString(value);
        int e = text.indexOf('E');
        if (e < 0) {
            return text;
        }
        String mantissa = text.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        int exponent = Integer.parseInt(text.substring(e + 1));
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
}
