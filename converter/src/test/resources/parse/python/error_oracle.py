"""Regenerates the expected errors in error-cases.txt from CPython's own parser (run with Python 3.12).

Usage: python3.12 error_oracle.py error-cases.txt

Each case is "=== name", the Python source (SOURCE-GEN: <python expression> stands for a generated source),
then "--- cpython" with the diagnostic nbmigrate should give: code, CPython's exception type and message, and
"@ line:column" (1-based; 0:0 when CPython gives no position). Where nbmigrate is known to differ from CPython
(GraalPy's parser, or nbmigrate's depth limit), the case also has a hand-written "--- nbmigrate" section, kept as
is, which the test uses instead.
This script is a development tool: the tests only read the file.
"""
import ast
import sys


def source_of(text):
    if text.startswith("SOURCE-GEN: "):
        return eval(text[len("SOURCE-GEN: "):].strip())
    return text


def expected(source):
    try:
        ast.parse(source)
        return "OK"
    except (RecursionError, MemoryError) as e:
        return "NBM102 %s: %s @ 0:0" % (type(e).__name__, e)
    except SyntaxError as e:
        return "NBM101 %s: %s @ %d:%d" % (type(e).__name__, e.msg, e.lineno or 0, e.offset or 0)


def main(path):
    text = open(path, encoding="utf-8").read()
    chunks = text.split("\n=== ")
    out = [chunks[0]]
    for chunk in chunks[1:]:
        name, rest = chunk.split("\n", 1)
        source, tail = rest.split("--- cpython\n", 1)
        override = ""
        if "--- nbmigrate\n" in tail:
            override = "--- nbmigrate\n" + tail.split("--- nbmigrate\n", 1)[1]
        out.append(name + "\n" + source + "--- cpython\n" + expected(source_of(source)) + "\n"
                   + (override if override else "\n"))
    open(path, "w", encoding="utf-8").write("\n=== ".join(out).rstrip("\n") + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
