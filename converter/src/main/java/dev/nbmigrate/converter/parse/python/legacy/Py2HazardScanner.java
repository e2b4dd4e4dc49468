package dev.nbmigrate.converter.parse.python.legacy;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.Arg;
import dev.nbmigrate.converter.parse.python.ast.BinOperator;
import dev.nbmigrate.converter.parse.python.ast.Comprehension;
import dev.nbmigrate.converter.parse.python.ast.ExprContext;
import dev.nbmigrate.converter.parse.python.ast.Keyword;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyModule;
import dev.nbmigrate.converter.parse.python.ast.PyNode;
import dev.nbmigrate.converter.parse.python.ast.PyNodes;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the places where a cell written for Python 2 may behave differently under Python 3 (and so in the
 * translation), on the syntax tree of its modernised source: integer {@code /}, lazy {@code map}/{@code filter}/
 * {@code zip}/{@code range}, Python 2 dict methods, renamed or removed builtins and modules, {@code encode}/
 * {@code decode}, {@code cmp}. Names the cell itself binds (e.g. its own {@code long}) are not reported.
 */
public final class Py2HazardScanner {

    /** Builtins that Python 3 renamed or removed, with what to use instead. */
    private static final Map<String, String> RENAMED_BUILTINS = Map.ofEntries(
            Map.entry("xrange", "range"),
            Map.entry("raw_input", "input"),
            Map.entry("unicode", "str"),
            Map.entry("basestring", "str"),
            Map.entry("long", "int"),
            Map.entry("unichr", "chr"),
            Map.entry("reduce", "functools.reduce"),
            Map.entry("execfile", "exec(open(path).read())"),
            Map.entry("file", "open"),
            Map.entry("apply", "f(*args, **kwargs)"),
            Map.entry("intern", "sys.intern"),
            Map.entry("buffer", "memoryview"),
            Map.entry("reload", "importlib.reload"),
            Map.entry("input", "input, which returns the text where Python 2's input() evaluated it"));

    /** Module attributes that Python 3 renamed or removed. */
    private static final Map<String, String> RENAMED_ATTRIBUTES = Map.ofEntries(
            Map.entry("sys.maxint", "sys.maxsize"),
            Map.entry("string.letters", "string.ascii_letters"),
            Map.entry("string.lowercase", "string.ascii_lowercase"),
            Map.entry("string.uppercase", "string.ascii_uppercase"),
            Map.entry("os.getcwdu", "os.getcwd"),
            Map.entry("itertools.izip", "zip"),
            Map.entry("itertools.imap", "map"),
            Map.entry("itertools.ifilter", "filter"),
            Map.entry("itertools.izip_longest", "itertools.zip_longest"));

    /** Modules that Python 3 renamed. */
    private static final Map<String, String> RENAMED_MODULES = Map.ofEntries(
            Map.entry("urllib2", "urllib.request"),
            Map.entry("urlparse", "urllib.parse"),
            Map.entry("ConfigParser", "configparser"),
            Map.entry("StringIO", "io"),
            Map.entry("cStringIO", "io"),
            Map.entry("cPickle", "pickle"),
            Map.entry("Queue", "queue"),
            Map.entry("HTMLParser", "html.parser"),
            Map.entry("httplib", "http.client"),
            Map.entry("__builtin__", "builtins"),
            Map.entry("commands", "subprocess"),
            Map.entry("Tkinter", "tkinter"));

    private static final Set<String> DICT_METHODS = Set.of("iteritems", "itervalues", "iterkeys", "has_key",
            "viewitems", "viewvalues", "viewkeys");

    private static final Set<String> LAZY_IN_PY3 = Set.of("map", "filter", "zip");

    /** Calls that consume an iterable once, where a Python 3 iterator behaves like a Python 2 list. */
    private static final Set<String> CONSUMERS = Set.of("list", "tuple", "set", "frozenset", "sorted", "sum", "min",
            "max", "any", "all", "dict", "enumerate", "join", "extend", "update", "reversed", "map", "filter", "zip",
            "iter", "next", "createDataFrame", "parallelize", "array", "Series", "DataFrame");

    /** Functions whose result is a Spark Column (division by Spark is never integer division). */
    private static final Set<String> COLUMN_FUNCTIONS = Set.of("col", "column", "lit", "expr", "when", "coalesce");

    private final List<Finding> findings = new ArrayList<>();
    private final Map<PyNode, PyNode> parents = new IdentityHashMap<>();
    private final Set<String> bound = new HashSet<>();
    private final boolean trueDivision;

    private Py2HazardScanner(boolean trueDivision) {
        this.trueDivision = trueDivision;
    }

    /**
     * The hazards in a Python 2 cell's tree; {@code futures} are the {@code __future__} features in force
     * ({@code division} turns off the integer-division check).
     */
    public static List<Finding> scan(PyModule module, Set<String> futures) {
        Py2HazardScanner scanner = new Py2HazardScanner(futures.contains("division"));
        List<PyNode> nodes = PyNodes.walk(module);
        for (PyNode node : nodes) {
            for (PyNode child : node.children()) {
                scanner.parents.put(child, node);
            }
            scanner.collectBinding(node);
        }
        for (PyNode node : nodes) {
            scanner.check(node);
        }
        scanner.findings.sort(null);
        return List.copyOf(scanner.findings);
    }

    private void collectBinding(PyNode node) {
        if (node instanceof PyExpr.Name name && name.ctx() == ExprContext.STORE) {
            bound.add(name.id());
        } else if (node instanceof PyStmt.FunctionDef def) {
            bound.add(def.name());
        } else if (node instanceof PyStmt.ClassDef cls) {
            bound.add(cls.name());
        } else if (node instanceof Arg arg) {
            bound.add(arg.name());
        } else if (node instanceof PyStmt.Import imp) {
            imp.names().forEach(alias -> bound.add(alias.boundNameForImport()));
        } else if (node instanceof PyStmt.ImportFrom imp) {
            imp.names().forEach(alias -> bound.add(alias.boundNameForFromImport()));
        }
    }

    private void check(PyNode node) {
        if (node instanceof PyExpr.BinOp bin && bin.op() == BinOperator.DIV) {
            checkDivision(bin, bin.left(), bin.right());
        } else if (node instanceof PyStmt.AugAssign aug && aug.op() == BinOperator.DIV) {
            checkDivision(aug, aug.target(), aug.value());
        } else if (node instanceof PyExpr.Call call) {
            checkCall(call);
        } else if (node instanceof PyExpr.Name name && name.ctx() == ExprContext.LOAD) {
            checkName(name);
        } else if (node instanceof PyExpr.Attribute attribute && attribute.ctx() == ExprContext.LOAD) {
            String dotted = PyNodes.dottedName(attribute);
            String replacement = dotted == null ? null : RENAMED_ATTRIBUTES.get(dotted);
            if (replacement != null) {
                add(Code.NBM304, attribute, dotted + " does not exist in Python 3: use " + replacement);
            }
        } else if (node instanceof PyStmt.Import imp) {
            imp.names().forEach(alias -> checkModule(alias, alias.name()));
        } else if (node instanceof PyStmt.ImportFrom imp && imp.module() != null && imp.level() == 0) {
            checkModule(imp, imp.module());
        }
    }

    private void checkModule(PyNode at, String module) {
        String top = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
        String replacement = RENAMED_MODULES.get(top);
        if (replacement != null) {
            add(Code.NBM304, at, "module " + top + " was renamed in Python 3: use " + replacement);
        }
    }

    private void checkDivision(PyNode at, PyExpr left, PyExpr right) {
        if (!trueDivision && mayBeInt(left) && mayBeInt(right)) {
            add(Code.NBM301, at, "`/` floors when both operands are integers in Python 2 (7 / 2 == 3) but not in"
                    + " Python 3 (3.5); Spark Column division is not affected");
        }
    }

    /** False only when the expression is certainly not an int: a float, text, a collection, a Spark Column... */
    private boolean mayBeInt(PyExpr expr) {
        if (expr instanceof PyExpr.IntLit || expr instanceof PyExpr.BoolLit) {
            return true;
        }
        if (expr instanceof PyExpr.Literal || expr instanceof PyExpr.FString || expr instanceof PyExpr.ListExpr
                || expr instanceof PyExpr.TupleExpr || expr instanceof PyExpr.DictExpr || expr instanceof PyExpr.SetExpr
                || expr instanceof PyExpr.ListComp || expr instanceof PyExpr.SetComp || expr instanceof PyExpr.DictComp
                || expr instanceof PyExpr.GeneratorExp || expr instanceof PyExpr.Lambda || expr instanceof PyExpr.Compare) {
            return false;
        }
        if (expr instanceof PyExpr.BinOp bin) {
            return mayBeInt(bin.left()) && mayBeInt(bin.right());
        }
        if (expr instanceof PyExpr.UnaryOp unary) {
            return mayBeInt(unary.operand());
        }
        if (expr instanceof PyExpr.IfExp conditional) {
            return mayBeInt(conditional.body()) || mayBeInt(conditional.orElse());
        }
        if (expr instanceof PyExpr.Call call) {
            String function = PyNodes.dottedName(call.func());
            if (function == null) {
                return true;
            }
            String last = function.substring(function.lastIndexOf('.') + 1);
            boolean sparkFunctions = function.startsWith("F.") || function.startsWith("functions.")
                    || function.startsWith("pyspark.sql.functions.");
            return !(function.equals("float") || sparkFunctions || COLUMN_FUNCTIONS.contains(last) && !bound.contains(last));
        }
        return true;
    }

    private void checkCall(PyExpr.Call call) {
        String function = call.func() instanceof PyExpr.Name name ? name.id() : null;
        String method = call.func() instanceof PyExpr.Attribute attribute ? attribute.attr() : null;
        if (function != null && LAZY_IN_PY3.contains(function) && !bound.contains(function) && !isConsumed(call)) {
            add(Code.NBM302, call, function + "() returned a list in Python 2 and returns a one-pass iterator in"
                    + " Python 3; wrap it in list() if the result is reused, indexed or measured");
        }
        if ("range".equals(function) && !bound.contains("range") && isUsedAsList(call)) {
            add(Code.NBM302, call, "range() returned a list in Python 2; in Python 3 it cannot be concatenated,"
                    + " repeated or changed: wrap it in list()");
        }
        if (method != null && DICT_METHODS.contains(method)) {
            String instead = method.equals("has_key") ? "`key in d`" : method.replaceFirst("^(iter|view)", "") + "()";
            add(Code.NBM303, call, "dict." + method + "() does not exist in Python 3: use " + instead);
        }
        if (method != null && (method.equals("encode") || method.equals("decode")) && !isTextOrBytesLiteralCall(call)) {
            add(Code.NBM305, call, "." + method + "() on a Python 2 str (bytes) behaves differently on a Python 3 str"
                    + (method.equals("decode") ? ", which has no decode()" : ", where it returns bytes"));
        }
        Keyword cmp = call.keyword("cmp");
        boolean sorting = "sorted".equals(function) || "sort".equals(method) || "min".equals(function)
                || "max".equals(function);
        if (cmp != null && sorting) {
            add(Code.NBM306, cmp, "cmp= was removed in Python 3: use key=functools.cmp_to_key(...)");
        }
        if ("cmp".equals(function) && !bound.contains("cmp")) {
            add(Code.NBM306, call, "cmp() was removed in Python 3: use (a > b) - (a < b)");
        }
    }

    private static boolean isTextOrBytesLiteralCall(PyExpr.Call call) {
        PyExpr receiver = ((PyExpr.Attribute) call.func()).value();
        String method = ((PyExpr.Attribute) call.func()).attr();
        return method.equals("decode") && receiver instanceof PyExpr.BytesLit;
    }

    /** Whether the value is consumed once, where a Python 3 iterator serves as well as a Python 2 list. */
    private boolean isConsumed(PyExpr call) {
        PyNode parent = parents.get(call);
        if (parent instanceof PyStmt.For loop) {
            return loop.iter() == call;
        }
        if (parent instanceof Comprehension comprehension) {
            return comprehension.iter() == call;
        }
        if (parent instanceof PyExpr.Starred || parent instanceof PyExpr.YieldFrom) {
            return true;
        }
        if (parent instanceof PyExpr.Compare compare) {
            return compare.left() != call;
        }
        if (parent instanceof PyExpr.Call consumer && consumer.args().contains(call)) {
            String function = PyNodes.dottedName(consumer.func());
            if (consumer.func() instanceof PyExpr.Attribute attribute) {
                function = attribute.attr();
            }
            return function != null && CONSUMERS.contains(function.substring(function.lastIndexOf('.') + 1));
        }
        return false;
    }

    /** Whether a {@code range(...)} is concatenated, repeated, or has a list method called on it. */
    private boolean isUsedAsList(PyExpr call) {
        PyNode parent = parents.get(call);
        if (parent instanceof PyExpr.BinOp bin) {
            return bin.op() == BinOperator.ADD || bin.op() == BinOperator.MULT;
        }
        return parent instanceof PyExpr.Attribute;
    }

    private void checkName(PyExpr.Name name) {
        String replacement = RENAMED_BUILTINS.get(name.id());
        if (replacement == null || bound.contains(name.id())) {
            return;
        }
        if (name.id().equals("input")) {
            if (parents.get(name) instanceof PyExpr.Call) {
                add(Code.NBM304, name, "Python 2 input() evaluated what was typed; Python 3's returns the text");
            }
            return;
        }
        add(Code.NBM304, name, name.id() + " does not exist in Python 3: use " + replacement);
    }

    private void add(Code code, PyNode at, String message) {
        findings.add(new Finding(code, at.span(), message));
    }
}
