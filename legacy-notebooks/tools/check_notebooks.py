#!/usr/bin/env python3
"""Structural and syntax checks of the legacy notebook corpus (standard library only).

    python3 legacy-notebooks/tools/check_notebooks.py            # human output, exit 1 on any problem
    python3 legacy-notebooks/tools/check_notebooks.py --sql-out statements.json

Checks:
  * every *.ipynb is nbformat 4 JSON as Jupyter saves it (source = list of lines, '\\n' at the end of every
    line but the last; code cells have execution_count and outputs);
  * every Python 3 cell parses with ast.parse once cell magics (%%...), line magics (%...) and shell lines
    (!...) are blanked; the Python 2 notebook (kernel pysparkkernel) parses with lib2to3's Python 2 grammar
    and does NOT parse as Python 3 (so it really is the Python 2 sample);
  * %%configure bodies are JSON objects;
  * the Databricks export and the Zeppelin note parse the same way, cell by cell;
  * every lake path read by a notebook (wasb[s]://<container>@contosofoodlake..., /mnt/<container>/...,
    lake_path("<container>", "...")) maps to an existing file or folder under data/, except outputs
    (containers curated and models).
--sql-out writes every SQL statement found (%%sql, %sql, %livy2.sql, spark.sql / sqlContext.sql literals with
placeholders replaced) to a JSON list, for a parse check with Spark's own parser.
"""
import ast
import json
import os
import re
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
DATA = os.path.join(ROOT, "data")
OUTPUT_CONTAINERS = {"curated", "models"}
LAKE_RE = re.compile(r"wasbs?://([a-z0-9-]+)@contosofoodlake\.blob\.core\.windows\.net/([^\"'\s]*)")
MNT_RE = re.compile(r"[\"'](?:dbfs:)?/mnt/([a-z0-9-]+)/([^\"'\s]*)[\"']")
LAKE_PATH_CALL_RE = re.compile(r"lake_path\(\"([a-z0-9-]+)\"(?:,\s*\"([^\"]*)\")?\)")

problems = []
sql_statements = []


def problem(where, msg):
    problems.append("%s: %s" % (where, msg))


def blank_magics(src):
    """Return (python_source, cell_magic, magic_args, magic_body)."""
    lines = src.split("\n")
    cell_magic, args, body = None, "", None
    if lines and lines[0].startswith("%%"):
        first = lines[0][2:].split(None, 1)
        cell_magic = first[0]
        args = first[1] if len(first) > 1 else ""
        body = "\n".join(lines[1:])
        lines[0] = ""
    out = []
    for line in lines:
        stripped = line.lstrip()
        if stripped.startswith("%") or stripped.startswith("!"):
            out.append(line[: len(line) - len(stripped)] + "pass")
        else:
            out.append(line)
    return "\n".join(out), cell_magic, args, body


def parse_py3(where, src):
    try:
        ast.parse(src)
        return True
    except SyntaxError as e:
        problem(where, "Python 3 syntax error line %s: %s" % (e.lineno, e.msg))
        return False


def parse_py2(where, src):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from lib2to3 import pygram, pytree
        from lib2to3.pgen2 import driver
    d = driver.Driver(pygram.python_grammar, convert=pytree.convert)
    try:
        d.parse_string(src + "\n")
        return True
    except Exception as e:  # lib2to3 raises ParseError / TokenError
        problem(where, "Python 2 syntax error: %s" % e)
        return False


def placeholder_sql(node):
    """SQL text of a spark.sql(...) argument, with {...} / f-string parts replaced by a dummy."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for v in node.values:
            parts.append(v.value if isinstance(v, ast.Constant) else "x_param")
        return "".join(parts)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
            and isinstance(node.func.value, ast.Constant)):
        return re.sub(r"\{[^}]*\}", "x_param", node.func.value.value)
    return None


def collect_sql_calls(where, tree):
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "sql"
                and node.args):
            text = placeholder_sql(node.args[0])
            if text is not None:
                sql_statements.append({"where": where, "sql": text})


def check_paths(where, text):
    for container, path in LAKE_RE.findall(text):
        check_one(where, container, path)
    for container, path in MNT_RE.findall(text):
        check_one(where, container, path)
    for container, path in LAKE_PATH_CALL_RE.findall(text):
        check_one(where, container, path or "")


def check_one(where, container, path):
    if container in OUTPUT_CONTAINERS:
        return
    local = os.path.join(DATA, container, *[p for p in path.split("/") if p])
    if not os.path.exists(local):
        problem(where, "lake path %s/%s has no local data at %s" % (container, path, os.path.relpath(local, ROOT)))


def check_ipynb(path):
    name = os.path.relpath(path, ROOT)
    with open(path, encoding="utf-8") as f:
        nb = json.load(f)
    if nb.get("nbformat") != 4:
        problem(name, "not nbformat 4")
    kernel = nb.get("metadata", {}).get("kernelspec", {}).get("name")
    if kernel not in ("pyspark3kernel", "pysparkkernel"):
        problem(name, "unexpected kernel %r" % kernel)
    py2 = kernel == "pysparkkernel"
    py2_ok_as_py3 = 0
    for i, cell in enumerate(nb["cells"], start=1):
        where = "%s cell %d" % (name, i)
        src_lines = cell.get("source")
        if not isinstance(src_lines, list):
            problem(where, "source is not a list of lines")
            continue
        for j, line in enumerate(src_lines):
            last = j == len(src_lines) - 1
            if last == line.endswith("\n"):
                problem(where, "line %d: newline convention broken" % (j + 1))
        src = "".join(src_lines)
        if cell["cell_type"] != "code":
            if "outputs" in cell or "execution_count" in cell:
                problem(where, "markdown cell with outputs/execution_count")
            continue
        if "outputs" not in cell or "execution_count" not in cell:
            problem(where, "code cell without outputs/execution_count")
        check_paths(where, src)
        code, magic, args, body = blank_magics(src)
        if magic == "configure":
            try:
                if not isinstance(json.loads(body), dict):
                    problem(where, "%%configure body is not a JSON object")
            except ValueError as e:
                problem(where, "%%configure body is not JSON: %s" % e)
            continue
        if magic == "sql":
            sql_statements.append({"where": where, "sql": body})
            continue
        if magic not in (None, "local"):
            problem(where, "unexpected cell magic %%%%%s" % magic)
        if py2 and magic is None:
            parse_py2(where, code)
            try:
                ast.parse(code)
                py2_ok_as_py3 += 1
            except SyntaxError:
                pass
        elif parse_py3(where, code):
            collect_sql_calls(where, ast.parse(code))
        if py2 and magic is None:
            for m in re.finditer(r"sqlContext\.sql\(\"\"\"(.*?)\"\"\"\)", code, re.S):
                sql_statements.append({"where": where, "sql": m.group(1)})
    if py2 and py2_ok_as_py3 == sum(1 for c in nb["cells"] if c["cell_type"] == "code"
                                    and not "".join(c["source"]).startswith("%%")):
        problem(name, "Python 2 notebook parses as Python 3 everywhere")


def check_databricks(path):
    name = os.path.relpath(path, ROOT)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("# Databricks notebook source\n"):
        problem(name, "missing Databricks header")
        return
    cells = text[len("# Databricks notebook source\n"):].split("\n# COMMAND ----------\n")
    for i, cell in enumerate(cells, start=1):
        where = "%s cell %d" % (name, i)
        cell = cell.strip("\n")
        check_paths(where, cell)
        if cell.startswith("# MAGIC"):
            body = "\n".join(l[len("# MAGIC "):] if l.startswith("# MAGIC ") else "" for l in cell.split("\n"))
            if body.startswith("%sql"):
                sql_statements.append({"where": where, "sql": body[len("%sql"):].replace("${env}", "prod")})
            elif not body.startswith("%md"):
                problem(where, "unexpected MAGIC cell")
            continue
        if parse_py3(where, cell):
            collect_sql_calls(where, ast.parse(cell))


def check_zeppelin(path):
    name = os.path.relpath(path, ROOT)
    with open(path, encoding="utf-8") as f:
        note = json.load(f)
    for i, p in enumerate(note["paragraphs"], start=1):
        where = "%s paragraph %d" % (name, i)
        text = p.get("text", "")
        check_paths(where, text)
        head, _, body = text.partition("\n")
        if head.strip() == "%livy2.pyspark":
            if parse_py3(where, body):
                collect_sql_calls(where, ast.parse(body))
        elif head.strip() == "%livy2.sql":
            sql_statements.append({"where": where,
                                   "sql": re.sub(r"\$\{(\w+)=([^}]*)\}", lambda m: m.group(2), body)})
        elif head.strip() != "%md":
            problem(where, "unexpected interpreter %s" % head)


def main(argv):
    count = 0
    for dirpath, _, files in sorted(os.walk(ROOT)):
        if os.path.relpath(dirpath, ROOT).split(os.sep)[0] in ("data", "tools"):
            continue
        for fn in sorted(files):
            path = os.path.join(dirpath, fn)
            if fn.endswith(".ipynb"):
                check_ipynb(path)
                count += 1
            elif fn.endswith(".py"):
                with open(path, encoding="utf-8") as f:
                    if f.readline().startswith("# Databricks notebook source"):
                        check_databricks(path)
                        count += 1
            elif fn == "note.json":
                check_zeppelin(path)
                count += 1
    if "--sql-out" in argv:
        with open(argv[argv.index("--sql-out") + 1], "w", encoding="utf-8") as f:
            json.dump(sql_statements, f, indent=1)
    for p in problems:
        print("PROBLEM", p)
    print("%d notebooks checked, %d SQL statements found, %d problems" % (count, len(sql_statements), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
