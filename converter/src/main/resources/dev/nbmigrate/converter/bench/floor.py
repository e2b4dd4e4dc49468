# The floor nbmigrate bench compares with: the CPU seconds CPython takes to load each notebook and parse its code cells.
# Arguments: notebook paths. Prints: "<notebooks> <code cells parsed> <CPU seconds>".
import ast
import json
import sys
import time


def code_cells(path, text):
    if path.endswith(".py"):
        return [text]
    document = json.loads(text)
    if "cells" in document:
        return ["".join(c.get("source", "")) if isinstance(c.get("source"), list) else c.get("source", "")
                for c in document["cells"] if c.get("cell_type") == "code"]
    return [p.get("text") or "" for p in document.get("paragraphs", [])]


def python_only(code):
    # IPython magics and shell lines are not Python; a cell that is all magic (%%sql ...) has nothing to parse.
    if code.lstrip().startswith("%%"):
        return ""
    return "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in code.split("\n"))


def load_and_parse(paths):
    parsed = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for code in code_cells(path, text):
            try:
                ast.parse(python_only(code))
                parsed += 1
            except (SyntaxError, ValueError):
                pass
    return parsed


# The least of five runs: a run this short is easily slowed by other work on the machine.
best = None
for _ in range(5):
    start = time.process_time()
    parsed = load_and_parse(sys.argv[1:])
    spent = time.process_time() - start
    best = spent if best is None else min(best, spent)
print(len(sys.argv) - 1, parsed, best)
