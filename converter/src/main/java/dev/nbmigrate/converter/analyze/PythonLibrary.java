package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SetType;
import dev.nbmigrate.converter.types.TupleType;
import dev.nbmigrate.converter.types.UnknownType;

import java.util.Map;
import java.util.Set;

/**
 * What the analyser knows of Python itself and its standard library: builtins (from {@link PythonBuiltins}), the
 * result types of library functions (by qualified name, e.g. {@code datetime.datetime.now}), of methods of the plain
 * types ({@code str}, {@code list}, {@code dict}, dates) and of attributes ({@code sys.argv}). Tables, not code.
 */
final class PythonLibrary {

    private static final PyType STR_LIST = new ListType(ScalarType.STR);

    /** Functions of the standard library (and notebook platforms) whose result type does not depend on arguments. */
    private static final Map<String, PyType> CALLS = Map.ofEntries(
            Map.entry("datetime.datetime", ScalarType.DATETIME),
            Map.entry("datetime.datetime.now", ScalarType.DATETIME),
            Map.entry("datetime.datetime.utcnow", ScalarType.DATETIME),
            Map.entry("datetime.datetime.today", ScalarType.DATETIME),
            Map.entry("datetime.datetime.strptime", ScalarType.DATETIME),
            Map.entry("datetime.datetime.fromisoformat", ScalarType.DATETIME),
            Map.entry("datetime.datetime.fromtimestamp", ScalarType.DATETIME),
            Map.entry("datetime.datetime.combine", ScalarType.DATETIME),
            Map.entry("datetime.date", ScalarType.DATE),
            Map.entry("datetime.date.today", ScalarType.DATE),
            Map.entry("datetime.date.fromisoformat", ScalarType.DATE),
            Map.entry("datetime.date.fromordinal", ScalarType.DATE),
            Map.entry("datetime.timedelta", ScalarType.TIMEDELTA),
            Map.entry("decimal.Decimal", ScalarType.DECIMAL),
            Map.entry("time.time", ScalarType.FLOAT),
            Map.entry("time.sleep", ScalarType.NONE),
            Map.entry("time.strftime", ScalarType.STR),
            Map.entry("json.dumps", ScalarType.STR),
            Map.entry("os.path.join", ScalarType.STR),
            Map.entry("os.path.basename", ScalarType.STR),
            Map.entry("os.path.dirname", ScalarType.STR),
            Map.entry("os.path.abspath", ScalarType.STR),
            Map.entry("os.path.exists", ScalarType.BOOL),
            Map.entry("os.path.isfile", ScalarType.BOOL),
            Map.entry("os.path.isdir", ScalarType.BOOL),
            Map.entry("os.getcwd", ScalarType.STR),
            Map.entry("os.listdir", STR_LIST),
            Map.entry("os.getenv", PyTypes.nullable(ScalarType.STR)),
            Map.entry("os.environ.get", PyTypes.nullable(ScalarType.STR)),
            Map.entry("os.makedirs", ScalarType.NONE),
            Map.entry("math.floor", ScalarType.INT),
            Map.entry("math.ceil", ScalarType.INT),
            Map.entry("math.sqrt", ScalarType.FLOAT),
            Map.entry("math.log", ScalarType.FLOAT),
            Map.entry("math.exp", ScalarType.FLOAT),
            Map.entry("random.random", ScalarType.FLOAT),
            Map.entry("random.uniform", ScalarType.FLOAT),
            Map.entry("random.randint", ScalarType.INT),
            Map.entry("random.seed", ScalarType.NONE),
            Map.entry("re.sub", ScalarType.STR),
            Map.entry("re.findall", STR_LIST),
            Map.entry("re.split", STR_LIST),
            Map.entry("sys.exit", ScalarType.NONE),
            Map.entry("logging.getLogger", UnknownType.UNKNOWN),
            Map.entry("uuid.uuid4", UnknownType.UNKNOWN),
            Map.entry("findspark.init", ScalarType.NONE),
            Map.entry("dbutils.widgets.get", ScalarType.STR),
            Map.entry("dbutils.widgets.getArgument", ScalarType.STR),
            Map.entry("dbutils.widgets.text", ScalarType.NONE),
            Map.entry("dbutils.widgets.dropdown", ScalarType.NONE),
            Map.entry("dbutils.widgets.combobox", ScalarType.NONE),
            Map.entry("dbutils.widgets.multiselect", ScalarType.NONE),
            Map.entry("dbutils.widgets.remove", ScalarType.NONE),
            Map.entry("dbutils.widgets.removeAll", ScalarType.NONE),
            Map.entry("dbutils.secrets.get", ScalarType.STR),
            Map.entry("dbutils.notebook.exit", ScalarType.NONE),
            Map.entry("dbutils.notebook.run", ScalarType.STR),
            Map.entry("dbutils.fs.ls", new ListType(UnknownType.UNKNOWN)),
            Map.entry("dbutils.fs.rm", ScalarType.BOOL),
            Map.entry("dbutils.fs.mkdirs", ScalarType.BOOL),
            Map.entry("dbutils.fs.cp", ScalarType.BOOL),
            Map.entry("dbutils.fs.mv", ScalarType.BOOL),
            Map.entry("dbutils.fs.put", ScalarType.BOOL),
            Map.entry("dbutils.fs.head", ScalarType.STR),
            Map.entry("getArgument", ScalarType.STR),
            Map.entry("mssparkutils.credentials.getSecret", ScalarType.STR),
            Map.entry("z.input", ScalarType.STR),
            Map.entry("z.textbox", ScalarType.STR),
            Map.entry("z.select", ScalarType.STR),
            Map.entry("z.checkbox", STR_LIST),
            Map.entry("z.show", ScalarType.NONE),
            Map.entry("display", ScalarType.NONE),
            Map.entry("displayHTML", ScalarType.NONE));

    /** Attributes of modules and objects outside the lattice. */
    private static final Map<String, PyType> ATTRIBUTES = Map.of(
            "sys.argv", STR_LIST,
            "sys.version", ScalarType.STR,
            "os.environ", new DictType(ScalarType.STR, ScalarType.STR),
            "os.sep", ScalarType.STR,
            "math.pi", ScalarType.FLOAT);

    private PythonLibrary() {
    }

    /** True when {@code name} is a builtin of the notebook's Python ({@link PythonBuiltins}). */
    static boolean builtin(String name, boolean python2) {
        return PythonBuiltins.of(name, python2).isPresent();
    }

    /** The type of the attribute {@code qualname} of a module or object outside the lattice. */
    static PyType attribute(String qualname) {
        return ATTRIBUTES.getOrDefault(qualname, UnknownType.UNKNOWN);
    }

    /** The result of calling the library function {@code qualname}, or null when it is not known. */
    static PyType call(String qualname, CallArgs args) {
        PyType known = CALLS.get(qualname);
        if (known != null) {
            return known;
        }
        if (qualname.startsWith("builtins.")) {
            return builtinCall(qualname.substring("builtins.".length()), args);
        }
        return null;
    }

    private static PyType builtinCall(String name, CallArgs args) {
        return PythonBuiltins.of(name, true).map(b -> b.result().of(args)).orElse(UnknownType.UNKNOWN);
    }

    /** What iterating over a value of {@code type} gives. */
    static PyType element(PyType type) {
        PyType t = PyTypes.strip(type);
        if (t instanceof ListType l) {
            return l.element();
        }
        if (t instanceof SetType s) {
            return s.element();
        }
        if (t instanceof TupleType tuple) {
            return tuple.elementJoin();
        }
        if (t instanceof DictType d) {
            return d.key();
        }
        if (t == ScalarType.STR) {
            return ScalarType.STR;
        }
        if (t == dev.nbmigrate.converter.types.SparkObject.DATAFRAME) {
            return dev.nbmigrate.converter.types.SparkObject.COLUMN;
        }
        return UnknownType.UNKNOWN;
    }

    /** The result of {@code receiver.method(args)} for plain Python values, or null when not known. */
    static PyType method(PyType receiver, String method, CallArgs args) {
        PyType t = PyTypes.strip(receiver);
        if (t == ScalarType.STR) {
            return switch (method) {
                case "format", "lower", "upper", "strip", "lstrip", "rstrip", "replace", "title", "capitalize",
                     "zfill", "ljust", "rjust", "center", "join", "casefold", "swapcase", "expandtabs",
                     "format_map", "decode" -> ScalarType.STR;
                case "split", "rsplit", "splitlines" -> STR_LIST;
                case "startswith", "endswith", "isdigit", "isalpha", "isalnum", "isnumeric", "isdecimal",
                     "isspace", "isupper", "islower", "istitle", "isidentifier" -> ScalarType.BOOL;
                case "find", "rfind", "index", "rindex", "count" -> ScalarType.INT;
                case "encode" -> ScalarType.BYTES;
                case "partition", "rpartition" -> TupleType.of(ScalarType.STR, ScalarType.STR, ScalarType.STR);
                default -> null;
            };
        }
        if (t == ScalarType.DATE || t == ScalarType.DATETIME) {
            return switch (method) {
                case "strftime", "isoformat", "ctime" -> ScalarType.STR;
                case "date" -> ScalarType.DATE;
                case "weekday", "isoweekday", "toordinal" -> ScalarType.INT;
                case "replace", "astimezone" -> t;
                case "timestamp" -> ScalarType.FLOAT;
                case "isocalendar" -> TupleType.of(ScalarType.INT, ScalarType.INT, ScalarType.INT);
                default -> null;
            };
        }
        if (t == ScalarType.TIMEDELTA && method.equals("total_seconds")) {
            return ScalarType.FLOAT;
        }
        if (t == ScalarType.BYTES && method.equals("decode")) {
            return ScalarType.STR;
        }
        if (t instanceof ListType list) {
            return switch (method) {
                case "append", "extend", "insert", "remove", "sort", "reverse", "clear" -> ScalarType.NONE;
                case "pop" -> list.element();
                case "index", "count" -> ScalarType.INT;
                case "copy" -> list;
                default -> null;
            };
        }
        if (t instanceof DictType dict) {
            return switch (method) {
                case "get" -> args.size() >= 2 ? PyTypes.join(dict.value(), args.positional().get(1).type())
                        : PyTypes.nullable(dict.value());
                case "items", "iteritems" -> new ListType(TupleType.of(dict.key(), dict.value()));
                case "keys", "iterkeys" -> new ListType(dict.key());
                case "values", "itervalues" -> new ListType(dict.value());
                case "pop", "setdefault" -> dict.value();
                case "update", "clear" -> ScalarType.NONE;
                case "copy" -> dict;
                case "has_key" -> ScalarType.BOOL;
                default -> null;
            };
        }
        if (t instanceof SetType set) {
            return switch (method) {
                case "add", "update", "discard", "remove", "clear" -> ScalarType.NONE;
                case "union", "intersection", "difference", "symmetric_difference", "copy" -> set;
                case "issubset", "issuperset", "isdisjoint" -> ScalarType.BOOL;
                default -> null;
            };
        }
        return null;
    }

    /** The type of {@code receiver.attribute} for plain Python values, or null when not known. */
    static PyType valueAttribute(PyType receiver, String attribute) {
        PyType t = PyTypes.strip(receiver);
        if ((t == ScalarType.DATE || t == ScalarType.DATETIME)
                && Set.of("year", "month", "day", "hour", "minute", "second", "microsecond").contains(attribute)) {
            return ScalarType.INT;
        }
        if (t == ScalarType.TIMEDELTA && Set.of("days", "seconds", "microseconds").contains(attribute)) {
            return ScalarType.INT;
        }
        return null;
    }
}
