"""Regenerates the expected trees in ast-cases.txt from CPython's own parser (run with Python 3.12).

Usage: python3.12 ast_oracle.py ast-cases.txt

Each case is
    === name
    <python source>
    --- ast
    <expected tree>
The expected tree is CPython's ast, printed the way nbmigrate's PyDump.dumpIndented prints its own tree
(typed literals, parameters carrying their defaults, dict items), with the span of every node CPython
gives a position, columns counted in characters. The Java test compares nbmigrate's tree with it.
This script is a development tool: the tests only read the file.
"""
import ast
import sys

WIDTH = 100

BIN = {ast.Add: "ADD", ast.Sub: "SUB", ast.Mult: "MULT", ast.MatMult: "MAT_MULT", ast.Div: "DIV", ast.Mod: "MOD",
       ast.Pow: "POW", ast.LShift: "LSHIFT", ast.RShift: "RSHIFT", ast.BitOr: "BIT_OR", ast.BitXor: "BIT_XOR",
       ast.BitAnd: "BIT_AND", ast.FloorDiv: "FLOOR_DIV"}
UNARY = {ast.Invert: "INVERT", ast.Not: "NOT", ast.UAdd: "UADD", ast.USub: "USUB"}
CMP = {ast.Eq: "EQ", ast.NotEq: "NOT_EQ", ast.Lt: "LT", ast.LtE: "LT_E", ast.Gt: "GT", ast.GtE: "GT_E",
       ast.Is: "IS", ast.IsNot: "IS_NOT", ast.In: "IN", ast.NotIn: "NOT_IN"}
CTX = {ast.Load: None, ast.Store: "STORE", ast.Del: "DEL"}
CONV = {-1: None, 115: "STR", 114: "REPR", 97: "ASCII"}


class Enum:
    def __init__(self, name):
        self.name = name


class Node:
    def __init__(self, name, span, fields):
        self.name, self.span, self.fields = name, span, fields


def lines_of(source):
    return source.splitlines(True)


class Converter:
    def __init__(self, source):
        self.lines = lines_of(source)

    def col(self, line, byte_col):
        text = self.lines[line - 1].encode("utf-8") if line - 1 < len(self.lines) else b""
        return len(text[:byte_col].decode("utf-8", errors="replace"))

    def span(self, n):
        if not hasattr(n, "lineno") or n.lineno is None:
            return None
        return "%d:%d-%d:%d" % (n.lineno, self.col(n.lineno, n.col_offset), n.end_lineno,
                                self.col(n.end_lineno, n.end_col_offset))

    def node(self, name, n, *fields):
        return Node(name, self.span(n) if n is not None else None, list(fields))

    def many(self, items):
        return [self.conv(i) for i in items]

    def args(self, a):
        pos = a.posonlyargs + a.args
        first = len(pos) - len(a.defaults)
        out_pos, out_args = [], []
        for i, arg in enumerate(pos):
            d = a.defaults[i - first] if i >= first else None
            (out_pos if i < len(a.posonlyargs) else out_args).append(self.arg(arg, d))
        kwonly = [self.arg(arg, a.kw_defaults[i]) for i, arg in enumerate(a.kwonlyargs)]
        return Node("Arguments", None, [("posOnly", out_pos), ("args", out_args),
                                         ("vararg", self.arg(a.vararg, None) if a.vararg else None),
                                         ("kwOnly", kwonly), ("kwarg", self.arg(a.kwarg, None) if a.kwarg else None)])

    def arg(self, a, default):
        return self.node("Arg", a, ("name", a.arg), ("annotation", self.conv(a.annotation)),
                         ("defaultValue", self.conv(default)))

    def literal(self, n, value):
        if value is None:
            return self.node("NoneLit", n)
        if value is Ellipsis:
            return self.node("EllipsisLit", n)
        if isinstance(value, bool):
            return self.node("BoolLit", n, ("value", value))
        if isinstance(value, int):
            return self.node("IntLit", n, ("value", value))
        if isinstance(value, float):
            return self.node("FloatLit", n, ("value", value))
        if isinstance(value, complex):
            return self.node("ComplexLit", n, ("real", value.real), ("imag", value.imag))
        if isinstance(value, str):
            return self.node("StrLit", n, ("value", value))
        if isinstance(value, bytes):
            return self.node("BytesLit", n, ("value", value))
        raise ValueError(value)

    def conv(self, n):
        if n is None:
            return None
        c = self.conv
        t = type(n)
        if t is ast.Module:
            return Node("PyModule", None, [("body", self.many(n.body))])
        if t in (ast.FunctionDef, ast.AsyncFunctionDef):
            return self.node("FunctionDef", n, ("name", n.name), ("args", self.args(n.args)), ("body", self.many(n.body)),
                             ("decorators", self.many(n.decorator_list)), ("returns", c(n.returns)),
                             ("typeParams", self.many(n.type_params)), ("isAsync", t is ast.AsyncFunctionDef))
        if t is ast.ClassDef:
            return self.node("ClassDef", n, ("name", n.name), ("bases", self.many(n.bases)),
                             ("keywords", self.many(n.keywords)), ("body", self.many(n.body)),
                             ("decorators", self.many(n.decorator_list)), ("typeParams", self.many(n.type_params)))
        if t is ast.Return:
            return self.node("Return", n, ("value", c(n.value)))
        if t is ast.Delete:
            return self.node("Delete", n, ("targets", self.many(n.targets)))
        if t is ast.Assign:
            return self.node("Assign", n, ("targets", self.many(n.targets)), ("value", c(n.value)))
        if t is ast.AugAssign:
            return self.node("AugAssign", n, ("target", c(n.target)), ("op", Enum(BIN[type(n.op)])), ("value", c(n.value)))
        if t is ast.AnnAssign:
            return self.node("AnnAssign", n, ("target", c(n.target)), ("annotation", c(n.annotation)),
                             ("value", c(n.value)), ("simple", bool(n.simple)))
        if t in (ast.For, ast.AsyncFor):
            return self.node("For", n, ("target", c(n.target)), ("iter", c(n.iter)), ("body", self.many(n.body)),
                             ("orElse", self.many(n.orelse)), ("isAsync", t is ast.AsyncFor))
        if t is ast.While:
            return self.node("While", n, ("test", c(n.test)), ("body", self.many(n.body)), ("orElse", self.many(n.orelse)))
        if t is ast.If:
            return self.node("If", n, ("test", c(n.test)), ("body", self.many(n.body)), ("orElse", self.many(n.orelse)))
        if t in (ast.With, ast.AsyncWith):
            return self.node("With", n, ("items", self.many(n.items)), ("body", self.many(n.body)),
                             ("isAsync", t is ast.AsyncWith))
        if t is ast.withitem:
            return Node("WithItem", None, [("context", c(n.context_expr)), ("vars", c(n.optional_vars))])
        if t is ast.Match:
            return self.node("Match", n, ("subject", c(n.subject)), ("cases", self.many(n.cases)))
        if t is ast.match_case:
            return Node("MatchCase", None, [("pattern", c(n.pattern)), ("guard", c(n.guard)), ("body", self.many(n.body))])
        if t is ast.Raise:
            return self.node("Raise", n, ("exc", c(n.exc)), ("cause", c(n.cause)))
        if t in (ast.Try, ast.TryStar):
            return self.node("Try", n, ("body", self.many(n.body)), ("handlers", self.many(n.handlers)),
                             ("orElse", self.many(n.orelse)), ("finalBody", self.many(n.finalbody)),
                             ("star", t is ast.TryStar))
        if t is ast.ExceptHandler:
            return self.node("ExceptHandler", n, ("type", c(n.type)), ("name", n.name), ("body", self.many(n.body)))
        if t is ast.Assert:
            return self.node("Assert", n, ("test", c(n.test)), ("msg", c(n.msg)))
        if t is ast.Import:
            return self.node("Import", n, ("names", self.many(n.names)))
        if t is ast.ImportFrom:
            return self.node("ImportFrom", n, ("module", n.module), ("names", self.many(n.names)), ("level", n.level))
        if t is ast.alias:
            return self.node("Alias", n, ("name", n.name), ("asName", n.asname))
        if t is ast.Global:
            return self.node("Global", n, ("names", list(n.names)))
        if t is ast.Nonlocal:
            return self.node("Nonlocal", n, ("names", list(n.names)))
        if t is ast.Expr:
            return self.node("ExprStmt", n, ("value", c(n.value)))
        if t in (ast.Pass, ast.Break, ast.Continue):
            return self.node(t.__name__, n)
        if t is ast.TypeAlias:
            return self.node("TypeAlias", n, ("name", c(n.name)), ("typeParams", self.many(n.type_params)),
                             ("value", c(n.value)))
        if t in (ast.TypeVar, ast.ParamSpec, ast.TypeVarTuple):
            kind = {ast.TypeVar: "TYPE_VAR", ast.ParamSpec: "PARAM_SPEC", ast.TypeVarTuple: "TYPE_VAR_TUPLE"}[t]
            return self.node("TypeParam", n, ("kind", Enum(kind)), ("name", n.name), ("bound", c(getattr(n, "bound", None))))
        if t is ast.BoolOp:
            return self.node("BoolOp", n, ("op", Enum("AND" if type(n.op) is ast.And else "OR")),
                             ("values", self.many(n.values)))
        if t is ast.NamedExpr:
            return self.node("NamedExpr", n, ("target", c(n.target)), ("value", c(n.value)))
        if t is ast.BinOp:
            return self.node("BinOp", n, ("left", c(n.left)), ("op", Enum(BIN[type(n.op)])), ("right", c(n.right)))
        if t is ast.UnaryOp:
            return self.node("UnaryOp", n, ("op", Enum(UNARY[type(n.op)])), ("operand", c(n.operand)))
        if t is ast.Lambda:
            return self.node("Lambda", n, ("args", self.args(n.args)), ("body", c(n.body)))
        if t is ast.IfExp:
            return self.node("IfExp", n, ("test", c(n.test)), ("body", c(n.body)), ("orElse", c(n.orelse)))
        if t is ast.Dict:
            items = [Node("DictItem", None, [("key", c(k)), ("value", c(v))]) for k, v in zip(n.keys, n.values)]
            return self.node("DictExpr", n, ("items", items))
        if t is ast.Set:
            return self.node("SetExpr", n, ("elements", self.many(n.elts)))
        if t is ast.List:
            return self.node("ListExpr", n, ("elements", self.many(n.elts)), ("ctx", ctx(n.ctx)))
        if t is ast.Tuple:
            return self.node("TupleExpr", n, ("elements", self.many(n.elts)), ("ctx", ctx(n.ctx)))
        if t in (ast.ListComp, ast.SetComp, ast.GeneratorExp):
            name = {ast.ListComp: "ListComp", ast.SetComp: "SetComp", ast.GeneratorExp: "GeneratorExp"}[t]
            return self.node(name, n, ("element", c(n.elt)), ("generators", self.many(n.generators)))
        if t is ast.DictComp:
            return self.node("DictComp", n, ("key", c(n.key)), ("value", c(n.value)), ("generators", self.many(n.generators)))
        if t is ast.comprehension:
            return Node("Comprehension", None, [("target", c(n.target)), ("iter", c(n.iter)), ("ifs", self.many(n.ifs)),
                                                ("isAsync", bool(n.is_async))])
        if t is ast.Await:
            return self.node("Await", n, ("value", c(n.value)))
        if t is ast.Yield:
            return self.node("Yield", n, ("value", c(n.value)))
        if t is ast.YieldFrom:
            return self.node("YieldFrom", n, ("value", c(n.value)))
        if t is ast.Compare:
            return self.node("Compare", n, ("left", c(n.left)), ("ops", [Enum(CMP[type(o)]) for o in n.ops]),
                             ("comparators", self.many(n.comparators)))
        if t is ast.Call:
            return self.node("Call", n, ("func", c(n.func)), ("args", self.many(n.args)), ("keywords", self.many(n.keywords)))
        if t is ast.keyword:
            return self.node("Keyword", n, ("name", n.arg), ("value", c(n.value)))
        if t is ast.JoinedStr:
            # nbmigrate drops empty literal parts (CPython 3.12 leaves one after a nested format spec field).
            parts = [v for v in n.values if not (isinstance(v, ast.Constant) and v.value == "")]
            return self.node("FString", n, ("parts", [self.part(v) for v in parts]))
        if t is ast.Attribute:
            return self.node("Attribute", n, ("value", c(n.value)), ("attr", n.attr), ("ctx", ctx(n.ctx)))
        if t is ast.Subscript:
            return self.node("Subscript", n, ("value", c(n.value)), ("slice", c(n.slice)), ("ctx", ctx(n.ctx)))
        if t is ast.Starred:
            return self.node("Starred", n, ("value", c(n.value)), ("ctx", ctx(n.ctx)))
        if t is ast.Name:
            return self.node("Name", n, ("id", n.id), ("ctx", ctx(n.ctx)))
        if t is ast.Slice:
            return self.node("Slice", n, ("lower", c(n.lower)), ("upper", c(n.upper)), ("step", c(n.step)))
        if t is ast.Constant:
            return self.literal(n, n.value)
        if t is ast.MatchValue:
            return self.node("MatchValue", n, ("value", c(n.value)))
        if t is ast.MatchSingleton:
            return self.node("MatchSingleton", n, ("value", self.literal(n, n.value)))
        if t is ast.MatchSequence:
            return self.node("MatchSequence", n, ("patterns", self.many(n.patterns)))
        if t is ast.MatchMapping:
            return self.node("MatchMapping", n, ("keys", self.many(n.keys)), ("patterns", self.many(n.patterns)),
                             ("rest", n.rest))
        if t is ast.MatchClass:
            return self.node("MatchClass", n, ("cls", c(n.cls)), ("patterns", self.many(n.patterns)),
                             ("keywordNames", list(n.kwd_attrs)), ("keywordPatterns", self.many(n.kwd_patterns)))
        if t is ast.MatchStar:
            return self.node("MatchStar", n, ("name", n.name))
        if t is ast.MatchAs:
            return self.node("MatchAs", n, ("pattern", c(n.pattern)), ("name", n.name))
        if t is ast.MatchOr:
            return self.node("MatchOr", n, ("patterns", self.many(n.patterns)))
        raise ValueError("unhandled " + t.__name__)

    def part(self, v):
        if isinstance(v, ast.Constant):
            return self.node("Literal", v, ("text", v.value))
        spec = self.conv(v.format_spec) if v.format_spec is not None else None
        return self.node("Formatted", v, ("value", self.conv(v.value)), ("conversion", enum_or_none(CONV[v.conversion])),
                         ("formatSpec", spec))


def ctx(c):
    name = CTX[type(c)]
    return Enum(name) if name else None


def enum_or_none(name):
    return Enum(name) if name else None


def absent(key, value):
    if key == "value":
        return value is None
    return value is None or value is False or (isinstance(value, list) and not value)


def scalar(v):
    if isinstance(v, Enum):
        return v.name
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, (int, float, str, bytes)):
        return repr(v)
    raise ValueError(v)


def head(n):
    return n.name + ("@" + n.span if n.span else "")


def fields(n):
    return [(k, v) for k, v in n.fields if not absent(k, v)]


def flat(v):
    if isinstance(v, Node):
        return head(v) + "(" + ", ".join(k + "=" + flat(x) for k, x in fields(v)) + ")"
    if isinstance(v, list):
        return "[" + ", ".join(flat(x) for x in v) + "]"
    return scalar(v)


def render(v, indent, used):
    f = flat(v)
    if used + len(f) <= WIDTH or not isinstance(v, (Node, list)):
        return f
    pad = " " * (indent + 2)
    if isinstance(v, list):
        out = "["
        for i, x in enumerate(v):
            out += "\n" + pad + render(x, indent + 2, indent + 2) + ("]" if i == len(v) - 1 else ",")
        return out
    fs = fields(v)
    out = head(v) + "("
    for i, (k, x) in enumerate(fs):
        label = k + "="
        out += "\n" + pad + label + render(x, indent + 2, indent + 2 + len(label)) + (")" if i == len(fs) - 1 else ",")
    if not fs:
        out += ")"
    return out


def main(path):
    text = open(path, encoding="utf-8").read()
    chunks = text.split("\n=== ")
    out = [chunks[0]]
    for chunk in chunks[1:]:
        name, rest = chunk.split("\n", 1)
        source, _ = rest.split("--- ast\n", 1)
        tree = Converter(source).conv(ast.parse(source))
        out.append(name + "\n" + source + "--- ast\n" + render(tree, 0, 0) + "\n")
    open(path, "w", encoding="utf-8").write("\n=== ".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
