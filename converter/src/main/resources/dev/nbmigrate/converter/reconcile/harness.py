"""Runs a legacy notebook's cells under a local PySpark with the semantics of the kernel it was written for, and
writes what it wrote and displayed as JSON (the capture format of nbmigrate's reconcile package).

Usage: python3 harness.py SPEC.json

SPEC (written by `nbmigrate reconcile`):
  root       a scratch folder of this run (metastore, warehouse)
  lake       the local folder storage URLs map onto (wasbs://<container>@<account>.../<path> -> <lake>/<container>/<path>,
             abfss:// alike, dbfs:/<path> -> <lake>/<path>, /mnt/<path> -> <lake>/mnt/<path>, s3://<bucket>/<path> ->
             <lake>/<bucket>/<path>)
  cwd        the notebook's own folder (below lake): its relative paths start there; default lake
  warehouse  spark.sql.warehouse.dir
  conf       Spark settings of the notebook's session (%%configure)
  maxRows    the most rows captured of one displayed result
  maxOutputRows  the most rows captured of one written output
  hive       whether the session has a Hive metastore (HDInsight and Databricks notebooks did)
  out        where the capture goes
  given      tables other notebooks write, created before the first cell as the job's local run creates them
             (the "given" entries of the notebook's expectations file)
  steps      [{cell, source, kind: "python"|"sql", code | sql}] in run order, %run already inlined,
             %%local and session cells already left out
"""
import ast
import base64
import contextlib
import datetime
import decimal
import io
import json
import math
import os
import re
import sys
import time
import traceback

os.environ["TZ"] = "UTC"
time.tzset()

SPEC = json.load(open(sys.argv[1], encoding="utf-8"))
LAKE = SPEC["lake"].rstrip("/")
# the notebook's own folder: its relative paths (data/x.csv, ../data/x.csv) start there, in Python and in Spark
# (the JVM PySpark starts inherits this working directory)
os.chdir(SPEC.get("cwd", LAKE))
MAX_ROWS = int(SPEC.get("maxRows", 1000))
MAX_OUTPUT_ROWS = int(SPEC.get("maxOutputRows", 100000))

CONTAINER_URI = re.compile(r"(?i)^[a-z0-9]+://([^@/]+)@([^/.]+)(\.[^/]*)?(/.*)?$")
BUCKET_URI = re.compile(r"(?i)^(?:s3|s3a|s3n|gs)://([^/]+)(/.*)?$")
ADL_URI = re.compile(r"(?i)^adl://([^/.@]+)(\.[^/]*)?(/.*)?$")
URL_IN_TEXT = re.compile(r"""(['"`])((?:wasbs?|abfss?|adl|s3a?|s3n|gs)://[^'"`]*|dbfs:/[^'"`]*|/mnt/[^'"`]*)\1""")


def local_path(location):
    """The local path a storage URL maps to (the same layout as the job's local run); other paths unchanged."""
    if not isinstance(location, str):
        return location
    below = None
    m = CONTAINER_URI.match(location)
    if m and re.match(r"(?i)^(wasbs?|abfss?)://", location):
        below = "/" + m.group(1) + (m.group(4) or "")
    elif ADL_URI.match(location):
        m = ADL_URI.match(location)
        below = "/" + m.group(1) + (m.group(3) or "")
    elif BUCKET_URI.match(location):
        m = BUCKET_URI.match(location)
        below = "/" + m.group(1) + (m.group(2) or "")
    elif location.lower().startswith("dbfs:"):
        below = "/" + location[len("dbfs:"):].lstrip("/")
    elif location == "/mnt" or location.startswith("/mnt/"):
        below = location
    if below is None:
        return location
    return LAKE + re.sub("/{2,}", "/", below)


ZEPPELIN_FORM = re.compile(r"\$\{(?:checkbox:)?([A-Za-z_][\w.]*)=([^}]*)\}")


def form_default(match):
    """A Zeppelin form at its default: ${name=default} or ${name=default,option1|option2}."""
    return match.group(2).split(",", 1)[0]


def map_sql(text):
    text = ZEPPELIN_FORM.sub(form_default, text)
    return URL_IN_TEXT.sub(lambda m: m.group(1) + local_path(m.group(2)) + m.group(1), text)


def map_paths(value):
    if isinstance(value, (list, tuple)):
        return type(value)(local_path(v) for v in value)
    return local_path(value)


from pyspark.sql import SparkSession, DataFrame, DataFrameReader, DataFrameWriter  # noqa: E402
from pyspark.sql import types as T  # noqa: E402

builder = (SparkSession.builder.master("local[2]").appName("nbmigrate-reconcile")
           .config("spark.ui.enabled", "false")
           .config("spark.ui.showConsoleProgress", "false")
           .config("spark.sql.session.timeZone", "UTC")
           .config("spark.sql.warehouse.dir", SPEC["warehouse"])
           .config("spark.driver.extraJavaOptions", "-Dderby.system.home=" + SPEC["root"]))
for key, value in sorted(SPEC.get("conf", {}).items()):
    builder = builder.config(key, value)
# shuffle partitions as the notebook set them (the job sets the same): randomSplit and sample depend on them
if SPEC.get("hive", True):
    builder = (builder.config("spark.sql.catalogImplementation", "hive")
               .config("spark.hadoop.javax.jdo.option.ConnectionURL",
                       "jdbc:derby:;databaseName=" + SPEC["root"] + "/metastore_db;create=true"))
spark = builder.getOrCreate()
spark.sparkContext.setLogLevel("ERROR")
# a notebook that ends with spark.stop() or sc.stop() would stop the session the capture still reads: the harness
# stops it itself, after the capture
STOP_SESSION, STOP_CONTEXT = SparkSession.stop, type(spark.sparkContext).stop
SparkSession.stop = lambda self: None
type(spark.sparkContext).stop = lambda self: None



# a notebook that makes its own context (SparkContext("local[*]", "app"), SparkContext(conf=...)) gets the harness's:
# a second context in one process fails, and the notebook's master and app name are its cluster's business
def shared_context_class(context_class):
    class SharedSparkContext(context_class):
        def __new__(cls, *args, **kwargs):
            return spark.sparkContext

        def __init__(self, *args, **kwargs):  # not called: __new__ gives the running context
            pass
    SharedSparkContext.__name__ = context_class.__name__
    return SharedSparkContext


import pyspark  # noqa: E402
import pyspark.context  # noqa: E402
pyspark.SparkContext = pyspark.context.SparkContext = shared_context_class(type(spark.sparkContext))

CAPTURE = {"cells": [], "outputs": [], "error": None}
CURRENT = {"cell": None}
WRITES = []


def cell_record():
    cells = CAPTURE["cells"]
    if not cells or cells[-1]["cell"] != CURRENT["cell"]:
        cells.append({"cell": CURRENT["cell"], "results": [], "printed": []})
    return cells[-1]


# ---- values in the capture format -----------------------------------------------------------------------------
def to_json(dtype, value):
    if value is None:
        return None
    if isinstance(dtype, (T.DoubleType, T.FloatType)):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return float(value)
    if isinstance(dtype, T.DecimalType):
        return str(value)
    if isinstance(dtype, T.TimestampType):
        if value.tzinfo is None:
            value = value.replace(tzinfo=datetime.timezone.utc)
        return value.isoformat()
    if isinstance(dtype, (T.DateType, T.TimestampNTZType)):
        return value.isoformat()
    if isinstance(dtype, T.BinaryType):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(dtype, T.ArrayType):
        return [to_json(dtype.elementType, v) for v in value]
    if isinstance(dtype, T.MapType):
        return [[to_json(dtype.keyType, k), to_json(dtype.valueType, v)] for k, v in value.items()]
    if isinstance(dtype, T.StructType):
        return [to_json(f.dataType, value[i]) for i, f in enumerate(dtype.fields)]
    if isinstance(value, (bool, int, str)):
        return value
    return str(value)


def sorted_plan(df):
    """Whether the rows come out of a sort (through projections, filters, limits and aliases)."""
    try:
        plan = df._jdf.queryExecution().analyzed()
        while True:
            name = plan.nodeName()
            if name == "Sort":
                return True
            if name not in ("Project", "Filter", "GlobalLimit", "LocalLimit", "SubqueryAlias", "Limit") \
                    or plan.children().size() != 1:
                return False
            plan = plan.children().apply(0)
    except Exception:  # a plan py4j cannot walk is treated as unsorted
        return False


# ---- columns whose values come from the clock -------------------------------------------------------------------
# The same rule as the job side (dev.nbmigrate.runtime.inspect.ClockLineage): an output column whose lineage in the
# analyzed plan reaches current_timestamp(), now(), current_date()... takes its value from the run's clock; the
# comparison then checks its type and nullness only.
CLOCK_EXPRESSIONS = {"CurrentTimestamp", "Now", "CurrentDate", "LocalTimestamp", "CurrentBatchTimestamp",
                     "CurrentTime"}
CLOCK_TEXT = re.compile(r"(?i)\b(current_timestamp|now|current_date|localtimestamp|current_batch_timestamp"
                        r"|current_time)\(")
CLOCK_WRITES = {}


def scala_seq(seq):
    return [seq.apply(i) for i in range(seq.size())]


def written_plan(plan):
    """What a writing command writes (its only child); the plan itself otherwise."""
    children = scala_seq(plan.children())
    command = plan.output().isEmpty() or plan.getClass().getSimpleName().endswith("Command")
    return children[0] if command and len(children) == 1 else plan


def clock_columns_of_plan(plan):
    try:
        plan = written_plan(plan)
        try:
            text = plan.treeString(True, False, 1000000, False)
        except Exception:  # another treeString signature: walk the plan anyway
            text = "current_timestamp("
        if not CLOCK_TEXT.search(text):
            return []
        clock = set()
        visit_plan(plan, clock)
        return [a.name() for a in scala_seq(plan.output()) if a.exprId().id() in clock]
    except Exception:  # a plan py4j cannot walk: no clock columns found
        return []


def visit_plan(plan, clock):
    for child in scala_seq(plan.children()):
        visit_plan(child, clock)
    for expression in scala_seq(plan.expressions()):
        mark_clock(expression, clock)


def mark_clock(expression, clock):
    for child in scala_seq(expression.children()):
        mark_clock(child, clock)
    if expression.getClass().getSimpleName() == "Alias" and from_clock(expression.child(), clock):
        clock.add(expression.exprId().id())


def from_clock(expression, clock):
    name = expression.getClass().getSimpleName()
    if name in CLOCK_EXPRESSIONS:
        return True
    if name == "AttributeReference":
        return expression.exprId().id() in clock
    return any(from_clock(child, clock) for child in scala_seq(expression.children()))


def df_clock_columns(df):
    try:
        return clock_columns_of_plan(df._jdf.queryExecution().analyzed())
    except Exception:
        return []


def table_key(name):
    parts = [p.strip("`") for p in name.split(".")]
    if len(parts) > 2:
        parts = parts[-2:]
    if len(parts) == 2 and parts[0].lower() == "default":
        parts = parts[1:]
    return "table:" + ".".join(parts).lower()


def path_key(location):
    text = re.sub("/+$", "", str(location))
    if text.startswith("file:"):
        text = "/" + text[len("file:"):].lstrip("/")
    return "path:" + os.path.normpath(os.path.abspath(text))


def command_target(command):
    """The table or folder a SQL command writes, from its arguments (as the job side finds it): a table before a
    path (an insert into a table names both)."""
    keys = []
    try:
        arguments = command.productIterator()
        while arguments.hasNext():
            key = argument_target(arguments.next())
            if key:
                keys.append(key)
    except Exception:
        pass
    tables = [k for k in keys if k.startswith("table:")]
    return (tables or keys or [None])[0]


def argument_target(argument):
    if not hasattr(argument, "getClass"):
        return None
    name = argument.getClass().getSimpleName()
    if name == "Some":
        return argument_target(argument.get())
    if name == "CatalogTable":
        argument = argument.identifier()
        name = "TableIdentifier"
    if name == "TableIdentifier":
        database = argument.database().get() if argument.database().isDefined() else "default"
        return table_key(database + "." + argument.table())
    if name == "Path":
        return path_key(argument.toString())
    if spark._jvm.java.lang.Class.forName("scala.collection.Map").isInstance(argument):
        path = argument.get("path")
        return path_key(path.get()) if path.isDefined() else None
    return None


def remember_clock(key, columns):
    """Every write to a table or folder adds its clock columns (an append keeps the earlier rows)."""
    if key:
        known = CLOCK_WRITES.setdefault(key, [])
        known.extend(c for c in columns if c not in known)


def capture(df, limit=None, clock_columns=None):
    limit = limit or MAX_ROWS
    schema = df.schema
    rows = ORIGINAL["collect"](ORIGINAL["limit"](df, limit + 1))
    result = {"columns": [{"name": f.name, "type": f.dataType.simpleString()} for f in schema.fields],
              "rows": [[to_json(f.dataType, row[i]) for i, f in enumerate(schema.fields)] for row in rows[:limit]],
              "ordered": sorted_plan(df), "truncated": len(rows) > limit}
    clock = df_clock_columns(df) if clock_columns is None else clock_columns
    if clock:
        result["clockColumns"] = clock
    return result


ORIGINAL = {"collect": DataFrame.collect, "limit": DataFrame.limit, "show": DataFrame.show}


def record_result(kind, df, label):
    if CURRENT["cell"] is None:
        return
    try:
        result = capture(df)
    except Exception as e:  # the notebook's own call fails the same way right after
        result = {"error": str(e).splitlines()[0] if str(e) else type(e).__name__}
    result.update({"kind": kind, "label": label})
    cell_record()["results"].append(result)


# ---- displayed results ----------------------------------------------------------------------------------------
def show(self, n=20, truncate=True, vertical=False):
    record_result("show", self, "show")
    text = io.StringIO()
    with contextlib.redirect_stdout(text):
        ORIGINAL["show"](self, n, truncate, vertical)
    sys.__stdout__.write(text.getvalue())


def display(df, *args, **kwargs):
    if isinstance(df, DataFrame):
        record_result("display", df, "display")
    else:
        print(df)


DataFrame.show = show


# ---- storage URLs and writes ----------------------------------------------------------------------------------
def wrap_reader(name):
    original = getattr(DataFrameReader, name)

    def read(self, path=None, *args, **kwargs):
        return original(self, map_paths(path), *args, **kwargs)
    setattr(DataFrameReader, name, read)


for _name in ("load", "csv", "json", "parquet", "orc", "text"):
    wrap_reader(_name)


def remember_write(writer, fmt, path, options):
    WRITES.append({"cell": CURRENT["cell"], "format": fmt, "location": path, "path": local_path(path),
                   "options": options})


def wrap_writer(name, fmt):
    original = getattr(DataFrameWriter, name)

    def write(self, path=None, *args, **kwargs):
        if isinstance(path, str):
            remember_clock(path_key(local_path(path)), df_clock_columns(self._df))
        result = original(self, map_paths(path), *args, **kwargs)
        written = fmt
        if fmt == "save":
            written = kwargs.get("format") or getattr(self, "_nbm_format", None) or "parquet"
        header = written == "csv" and (str(kwargs.get("header", "")).lower() == "true" or self_header(self))
        remember_write(self, written, path, {"header": "true"} if header else {})
        return result
    setattr(DataFrameWriter, name, write)


def self_header(writer):
    return getattr(writer, "_nbm_header", False)


_option = DataFrameWriter.option


def option(self, key, value):
    if str(key).lower() == "header" and str(value).lower() == "true":
        self._nbm_header = True
    return _option(self, key, value)


DataFrameWriter.option = option
_format = DataFrameWriter.format


def writer_format(self, source):
    self._nbm_format = source
    return _format(self, source)


DataFrameWriter.format = writer_format
for _name, _fmt in (("save", "save"), ("csv", "csv"), ("json", "json"), ("parquet", "parquet"), ("orc", "orc"),
                    ("text", "text")):
    wrap_writer(_name, _fmt)

_options = DataFrameWriter.options


def options(self, **kwargs):
    if str(kwargs.get("header", "")).lower() == "true":
        self._nbm_header = True
    if "path" in kwargs:
        kwargs["path"] = local_path(kwargs["path"])
    return _options(self, **kwargs)


DataFrameWriter.options = options


def wrap_table_writer(name):
    """saveAsTable and insertInto: the clock columns of what they write, by table."""
    original = getattr(DataFrameWriter, name)

    def write(self, table, *args, **kwargs):
        remember_clock(table_key(table), df_clock_columns(self._df))
        return original(self, table, *args, **kwargs)
    setattr(DataFrameWriter, name, write)


for _name in ("saveAsTable", "insertInto"):
    wrap_table_writer(_name)

def wrap_path_method(owner, name):
    """A method whose first argument is a path (ML writers and readers): storage URLs mapped."""
    original = getattr(owner, name)

    def call(self, path, *args, **kwargs):
        return original(self, local_path(path), *args, **kwargs)
    setattr(owner, name, call)


try:
    from pyspark.ml import util as ml_util
    wrap_path_method(ml_util.MLWriter, "save")
    wrap_path_method(ml_util.JavaMLWriter, "save")
    wrap_path_method(ml_util.JavaMLReader, "load")
    wrap_path_method(ml_util.DefaultParamsReader, "load")
except (ImportError, AttributeError):  # a PySpark without ML
    pass

_sql = SparkSession.sql


def sql(self, sqlQuery, *args, **kwargs):
    df = _sql(self, map_sql(sqlQuery), *args, **kwargs)
    try:
        command = df._jdf.queryExecution().analyzed()
        if command.getClass().getSimpleName() == "CommandResult":
            command = command.commandLogicalPlan()
        target = command_target(command)
        if target:
            remember_clock(target, clock_columns_of_plan(command))
    except Exception:  # not a command, or one py4j cannot walk
        pass
    return df


SparkSession.sql = sql


# ---- Databricks and papermill parameters at their defaults -----------------------------------------------------
class Widgets:
    def __init__(self):
        self.values = {}

    def _define(self, name, default="", *args, **kwargs):
        self.values.setdefault(name, default)

    text = dropdown = combobox = multiselect = _define

    def get(self, name):
        return self.values.get(name, "")

    getArgument = get

    def remove(self, name):
        self.values.pop(name, None)

    def removeAll(self):
        self.values.clear()


class Secrets:
    def get(self, scope, key):
        return os.environ.get("NBM_SECRET_" + re.sub("[^A-Za-z0-9]", "_", scope + "_" + key).upper(), "")


class Notebook:
    def exit(self, value=None):
        raise NotebookExit(value)


class NotebookExit(Exception):
    pass


class DbUtils:
    def __init__(self):
        self.widgets = Widgets()
        self.secrets = Secrets()
        self.notebook = Notebook()


dbutils = DbUtils()
sc = spark.sparkContext
try:
    from pyspark.sql import SQLContext, HiveContext
    sqlContext = HiveContext(sc) if SPEC.get("hive", True) else SQLContext(sc)
except Exception:
    sqlContext = None

GLOBALS = {"__name__": "__main__", "spark": spark, "sc": sc, "sqlContext": sqlContext, "display": display,
           "dbutils": dbutils, "getArgument": lambda name, default="": dbutils.widgets.values.get(name, default),
           "sql": spark.sql, "table": spark.table}


# ---- running the cells ----------------------------------------------------------------------------------------
def run_python(code, source):
    tree = ast.parse(code, filename=source)
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    exec(compile(tree, source, "exec"), GLOBALS)
    if last is not None:
        value = eval(compile(last, source, "eval"), GLOBALS)
        if value is not None:
            print(repr(value))


def split_sql(text):
    """Statements of a SQL cell: split at ';' outside quotes and comments."""
    statements, current, quote, i = [], [], None, 0
    while i < len(text):
        c = text[i]
        if quote:
            current.append(c)
            if c == "\\" and i + 1 < len(text):
                current.append(text[i + 1])
                i += 1
            elif c == quote:
                quote = None
        elif c in "'\"`":
            quote = c
            current.append(c)
        elif text.startswith("--", i):
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
            continue
        elif c == ";":
            statements.append("".join(current))
            current = []
        else:
            current.append(c)
        i += 1
    statements.append("".join(current))
    return [s for s in statements if s.strip()]


QUERY = re.compile(r"(?is)^\s*(\(|select\b|with\b|values\b|table\b|from\b)")


def run_sql(text):
    for statement in split_sql(text):
        df = spark.sql(statement)
        if df.columns and QUERY.match(statement):
            record_result("sql", df, statement.strip().splitlines()[0][:80])


for given in SPEC.get("given", []):
    if "." in given["table"]:
        spark.sql("CREATE DATABASE IF NOT EXISTS " + given["table"].split(".")[0])
    for view, source in sorted(given["sources"].items()):
        reader = spark.read.format(source["format"]).options(**source.get("options", {}))
        if source.get("schema"):
            reader = reader.schema(source["schema"])
        reader.load(local_path(source["location"])).createOrReplaceTempView(view)
    selected = spark.sql(given["select"]) if given.get("select") else spark.table(sorted(given["sources"])[0])
    selected.write.mode("overwrite").saveAsTable(given["table"])
GIVEN = {given["table"].lower() for given in SPEC.get("given", [])}

for step in SPEC["steps"]:
    CURRENT["cell"] = step["cell"]
    cell_record()
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            if step["kind"] == "sql":
                run_sql(step["sql"])
            else:
                run_python(step["code"], step["source"])
    except NotebookExit:
        break
    except BaseException as e:  # noqa: B036 - a notebook's SystemExit or assertion stops the run like any error
        CAPTURE["error"] = {"cell": step["cell"], "source": step["source"],
                            "message": "".join(traceback.format_exception_only(type(e), e)).strip(),
                            "traceback": "".join(traceback.format_exception(type(e), e, e.__traceback__))}
        break
    finally:
        text = printed.getvalue()
        sys.__stdout__.write(text)
        cell_record()["printed"].extend(line for line in text.splitlines() if line.strip())


# ---- written outputs, read back the way they were written -----------------------------------------------------
CURRENT["cell"] = None
seen = set()
for write in WRITES:
    if write["path"] in seen:
        continue
    seen.add(write["path"])
    output = {"name": write["location"], "cell": write["cell"], "format": write["format"], "path": write["path"],
              "options": write["options"]}
    try:
        output.update(capture(spark.read.format(write["format"]).options(**write["options"]).load(write["path"]),
                              MAX_OUTPUT_ROWS, CLOCK_WRITES.get(path_key(write["path"]), [])))
    except Exception as e:
        output["error"] = str(e).splitlines()[0]
    CAPTURE["outputs"].append(output)

for database in sorted(db.name for db in spark.catalog.listDatabases()):
    for table in sorted(t.name for t in spark.catalog.listTables(database) if not t.isTemporary):
        name = database + "." + table if database != "default" else table
        if name.lower() in GIVEN:
            continue
        output = {"name": name, "cell": None, "format": "table"}
        try:
            output.update(capture(spark.table(database + "." + table), MAX_OUTPUT_ROWS,
                                  CLOCK_WRITES.get(table_key(database + "." + table), [])))
        except Exception as e:
            output["error"] = str(e).splitlines()[0]
        CAPTURE["outputs"].append(output)

with open(SPEC["out"], "w", encoding="utf-8") as out:
    json.dump(CAPTURE, out, indent=1, sort_keys=True, allow_nan=False)
type(spark.sparkContext).stop = STOP_CONTEXT
STOP_SESSION(spark)
