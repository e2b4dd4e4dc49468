package dev.nbmigrate.converter.types;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Operations on the type lattice: the least upper bound {@link #join} (for {@code if}/{@code else} branches, list
 * elements, loop variables) and {@link #parse}, the reader of the spelling {@link PyType#display()} produces
 * (used by the API table's {@code returns} column).
 */
public final class PyTypes {

    private static final Map<String, PyType> NAMED = named();

    private PyTypes() {
    }

    /**
     * The least upper bound of two types: equal types stay; {@code int ⊔ float = float} ({@code bool} counts as an
     * int); {@code T ⊔ None} is {@code T} nullable; containers join element-wise; ML stages join to their common
     * kind; anything else, and anything with {@code Unknown}, is {@code Unknown}.
     */
    public static PyType join(PyType a, PyType b) {
        if (a.equals(b)) {
            return a;
        }
        if (a.isUnknown() || b.isUnknown()) {
            return UnknownType.UNKNOWN;
        }
        if (a == ScalarType.NONE) {
            return nullable(b);
        }
        if (b == ScalarType.NONE) {
            return nullable(a);
        }
        if (a instanceof NullableType na) {
            return nullable(join(na.inner(), strip(b)));
        }
        if (b instanceof NullableType nb) {
            return nullable(join(a, nb.inner()));
        }
        if (a instanceof ScalarType sa && b instanceof ScalarType sb) {
            if (sa.isNumeric() && sb.isNumeric()) {
                return sa == ScalarType.FLOAT || sb == ScalarType.FLOAT ? ScalarType.FLOAT : ScalarType.INT;
            }
            return UnknownType.UNKNOWN;
        }
        if (a instanceof ListType la && b instanceof ListType lb) {
            return new ListType(join(la.element(), lb.element()));
        }
        if (a instanceof SetType sa && b instanceof SetType sb) {
            return new SetType(join(sa.element(), sb.element()));
        }
        if (a instanceof DictType da && b instanceof DictType db) {
            return new DictType(join(da.key(), db.key()), join(da.value(), db.value()));
        }
        if (a instanceof TupleType ta && b instanceof TupleType tb) {
            return joinTuples(ta, tb);
        }
        if (a instanceof PairType pa && b instanceof PairType pb) {
            return new PairType(join(pa.first(), pb.first()), join(pa.second(), pb.second()));
        }
        if (isDataType(a) && isDataType(b)) {
            return SqlDataType.ANY;
        }
        if (a instanceof MlType ma && b instanceof MlType mb) {
            return joinMl(ma, mb);
        }
        if (a instanceof FunctionType fa && b instanceof FunctionType fb && fa.arity() == fb.arity()) {
            FunctionKind kind = fa.kind() == fb.kind() ? fa.kind() : FunctionKind.DEF;
            return new FunctionType(fa.arity(), kind, join(fa.returns(), fb.returns()));
        }
        return UnknownType.UNKNOWN;
    }

    /** The join of all {@code types}; {@code Unknown} for none (an empty list literal's element type). */
    public static PyType join(Iterable<? extends PyType> types) {
        Iterator<? extends PyType> it = types.iterator();
        if (!it.hasNext()) {
            return UnknownType.UNKNOWN;
        }
        PyType result = it.next();
        while (it.hasNext()) {
            result = join(result, it.next());
        }
        return result;
    }

    /** {@code t} or {@code None}: {@code None} and {@code Unknown} stay as they are; nullable stays nullable. */
    public static PyType nullable(PyType t) {
        if (t == ScalarType.NONE || t.isUnknown() || t instanceof NullableType) {
            return t;
        }
        return new NullableType(t);
    }

    /** The type without its {@code None} case. */
    public static PyType strip(PyType t) {
        return t instanceof NullableType n ? n.inner() : t;
    }

    private static boolean isDataType(PyType t) {
        return t instanceof SqlDataType || t == SparkObject.STRUCT_TYPE;
    }

    private static PyType joinTuples(TupleType a, TupleType b) {
        if (!a.variadic() && !b.variadic() && a.elements().size() == b.elements().size()) {
            List<PyType> joined = new ArrayList<>();
            for (int i = 0; i < a.elements().size(); i++) {
                joined.add(join(a.elements().get(i), b.elements().get(i)));
            }
            return new TupleType(joined, false);
        }
        return TupleType.ofAny(join(a.elementJoin(), b.elementJoin()));
    }

    private static PyType joinMl(MlType a, MlType b) {
        if (a.javaClass().equals(b.javaClass())) {
            return new MlType(a.kind(), a.javaClass());
        }
        for (MlKind k = a.kind(); k != null; k = k.parent().orElse(null)) {
            if (b.kind().isA(k)) {
                return MlType.of(k);
            }
        }
        return UnknownType.UNKNOWN;
    }

    /**
     * Reads a type as {@link PyType#display()} spells it: scalars ({@code str}, {@code int}, ...), Spark objects
     * ({@code DataFrame}, {@code Column}, ...), data types ({@code DataType}, {@code LongType}), {@code list[T]},
     * {@code set[T]}, {@code dict[K, V]}, {@code tuple[A, B]}, {@code tuple[T, ...]}, {@code Optional[T]},
     * {@code Unknown}, and {@code java:<binary class name>} for other Java objects. What {@link PyType#display()}
     * prints reads back to the same type, except ML and other Java objects, which display their simple class
     * name.
     *
     * @throws IllegalArgumentException naming the text when it is not a type
     */
    public static PyType parse(String text) {
        Parser parser = new Parser(text);
        PyType type = parser.type();
        parser.skipSpaces();
        if (parser.pos != text.length()) {
            throw new IllegalArgumentException("unexpected '" + text.substring(parser.pos) + "' in type '" + text + "'");
        }
        return type;
    }

    /** The named (non-parameterised) type spelt {@code name}, if any. */
    public static Optional<PyType> named(String name) {
        if (name.matches("[A-Z][A-Za-z]*Type") && !NAMED.containsKey(name)) {
            return Optional.of(name.equals("DataType") ? SqlDataType.ANY : SqlDataType.of(name));
        }
        return Optional.ofNullable(NAMED.get(name));
    }

    private static Map<String, PyType> named() {
        Map<String, PyType> names = new TreeMap<>();
        for (ScalarType s : ScalarType.values()) {
            names.put(s.display(), s);
        }
        for (SparkObject o : SparkObject.values()) {
            names.put(o.display(), o);
        }
        names.put("DataType", SqlDataType.ANY);
        names.put(UnknownType.UNKNOWN.display(), UnknownType.UNKNOWN);
        return Map.copyOf(names);
    }

    /** A small recursive-descent reader for {@link #parse}. */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        PyType type() {
            skipSpaces();
            String name = name();
            if (name.equals("java") && peek(':')) {
                pos++;
                return new JavaObjectType(name());
            }
            if (!peek('[')) {
                return named(name).orElseThrow(() -> error("unknown type name '" + name + "'"));
            }
            pos++;
            List<PyType> args = new ArrayList<>();
            boolean variadic = false;
            do {
                skipSpaces();
                if (text.startsWith("...", pos)) {
                    pos += 3;
                    variadic = true;
                } else {
                    args.add(type());
                }
                skipSpaces();
            } while (consume(','));
            if (!consume(']')) {
                throw error("missing ']'");
            }
            return build(name, args, variadic);
        }

        private PyType build(String name, List<PyType> args, boolean variadic) {
            switch (name) {
                case "list":
                    expect(name, args, 1, variadic);
                    return new ListType(args.get(0));
                case "set":
                    expect(name, args, 1, variadic);
                    return new SetType(args.get(0));
                case "dict":
                    expect(name, args, 2, variadic);
                    return new DictType(args.get(0), args.get(1));
                case "Optional":
                    expect(name, args, 1, variadic);
                    return nullable(args.get(0));
                case "tuple":
                    if (variadic && args.size() != 1) {
                        throw error("tuple[T, ...] takes one type");
                    }
                    return new TupleType(args, variadic);
                default:
                    throw error("'" + name + "' takes no parameters");
            }
        }

        private void expect(String name, List<PyType> args, int count, boolean variadic) {
            if (args.size() != count || variadic) {
                throw error(name + " takes " + count + " type parameter(s)");
            }
        }

        private String name() {
            skipSpaces();
            int start = pos;
            while (pos < text.length()
                    && (Character.isLetterOrDigit(text.charAt(pos)) || "_.$".indexOf(text.charAt(pos)) >= 0)) {
                pos++;
            }
            if (start == pos) {
                throw error("expected a type name");
            }
            return text.substring(start, pos);
        }

        private boolean peek(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }

        private boolean consume(char c) {
            skipSpaces();
            if (peek(c)) {
                pos++;
                return true;
            }
            return false;
        }

        void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException(message + " at " + pos + " in type '" + text + "'");
        }
    }
}
