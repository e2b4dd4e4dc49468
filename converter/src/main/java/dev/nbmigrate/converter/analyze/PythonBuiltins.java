package dev.nbmigrate.converter.analyze;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SetType;
import dev.nbmigrate.converter.types.TupleType;
import dev.nbmigrate.converter.types.UnknownType;

/**
 * Python's builtin names, from the table {@code python-builtins.tsv} beside this class: which Python has each
 * (so the analyser decides what is undefined), the type a call returns, and whether the translator writes Java for
 * it. The table is read once and checked cell by cell; a bad row fails with its line number.
 */
public final class PythonBuiltins {

    static final String TABLE = "python-builtins.tsv";

    /** Which Pythons have a builtin. */
    public enum Python { PY3, PY2, IPYTHON }

    /** One row of the table. */
    public record Builtin(String name, Python python, Result result, String java) {

        /** True when the translator writes Java for a call of this builtin. */
        public boolean translated() {
            return !java.isEmpty();
        }
    }

    /** The type rule of a builtin's call, by the table's {@code result} name. */
    enum Result {
        UNKNOWN("-", args -> UnknownType.UNKNOWN),
        INT("int", args -> ScalarType.INT),
        STR("str", args -> ScalarType.STR),
        FLOAT("float", args -> ScalarType.FLOAT),
        BOOL("bool", args -> ScalarType.BOOL),
        NONE("none", args -> ScalarType.NONE),
        INT_LIST("int-list", args -> new ListType(ScalarType.INT)),
        FIRST("first", Result::first),
        ROUND("round", args -> args.size() >= 2 ? first(args) : ScalarType.INT),
        MIN_MAX("min-max", args -> args.size() == 1 ? PythonLibrary.element(first(args))
                : PyTypes.join(args.positional().stream().map(Eval::type).toList())),
        SUM("sum", args -> {
            PyType element = PythonLibrary.element(first(args));
            return element.isUnknown() ? ScalarType.INT : element;
        }),
        ELEMENT_LIST("element-list", args -> new ListType(PythonLibrary.element(first(args)))),
        ELEMENT_SET("element-set", args -> new SetType(PythonLibrary.element(first(args)))),
        ELEMENT_TUPLE("element-tuple", args -> TupleType.ofAny(PythonLibrary.element(first(args)))),
        DICT("dict", args -> first(args) instanceof DictType d ? d
                : new DictType(UnknownType.UNKNOWN, UnknownType.UNKNOWN)),
        ENUMERATE("enumerate", args -> new ListType(TupleType.of(ScalarType.INT, PythonLibrary.element(first(args))))),
        ZIP("zip", args -> {
            List<PyType> elements = new ArrayList<>();
            for (Eval arg : args.positional()) {
                elements.add(PythonLibrary.element(arg.type()));
            }
            return new ListType(new TupleType(elements, false));
        }),
        UNKNOWN_LIST("unknown-list", args -> new ListType(UnknownType.UNKNOWN)),
        DIVMOD("divmod", args -> TupleType.of(first(args), first(args)));

        private final String name;
        private final Function<CallArgs, PyType> type;

        Result(String name, Function<CallArgs, PyType> type) {
            this.name = name;
            this.type = type;
        }

        PyType of(CallArgs args) {
            return type.apply(args);
        }

        private static PyType first(CallArgs args) {
            return args.size() > 0 ? args.positional().get(0).type() : UnknownType.UNKNOWN;
        }

        static Optional<Result> named(String name) {
            for (Result result : values()) {
                if (result.name.equals(name)) {
                    return Optional.of(result);
                }
            }
            return Optional.empty();
        }
    }

    private static final Map<String, Builtin> ALL = read();

    private PythonBuiltins() {
    }

    /** The builtin {@code name}, when a notebook of the given Python has it. */
    public static Optional<Builtin> of(String name, boolean python2) {
        Builtin builtin = ALL.get(name);
        return builtin == null || (builtin.python() == Python.PY2 && !python2) ? Optional.empty()
                : Optional.of(builtin);
    }

    /** The names of the builtins the translator writes Java for. */
    public static Set<String> translated() {
        Set<String> names = new TreeSet<>();
        ALL.values().stream().filter(Builtin::translated).forEach(b -> names.add(b.name()));
        return names;
    }

    /** Every row, in table order. */
    public static List<Builtin> all() {
        return List.copyOf(ALL.values());
    }

    private static Map<String, Builtin> read() {
        try (InputStream in = PythonBuiltins.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the converter's resources");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
    }

    static Map<String, Builtin> parse(List<String> lines) {
        Map<String, Builtin> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String where = TABLE + " line " + (i + 1) + ": ";
            if (cells.length != 4) {
                throw new IllegalStateException(where + "4 tab-separated columns expected, found " + cells.length);
            }
            Python python = switch (cells[1]) {
                case "3" -> Python.PY3;
                case "2" -> Python.PY2;
                case "ipython" -> Python.IPYTHON;
                default -> throw new IllegalStateException(where + "python must be 3, 2 or ipython, not '" + cells[1]
                        + "'");
            };
            Result result = Result.named(cells[2]).orElseThrow(() -> new IllegalStateException(where
                    + "unknown result rule '" + cells[2] + "'"));
            String java = cells[3].equals("-") ? "" : cells[3];
            if (out.put(cells[0], new Builtin(cells[0], python, result, java)) != null) {
                throw new IllegalStateException(where + cells[0].toLowerCase(Locale.ROOT) + " is listed twice");
            }
        }
        return out;
    }
}
