"""Checks py2-cases.txt against real interpreters: every input must compile under Python 2.7 and every expected
Python 3 source under Python 3.12 (except cases named "still broken"), and a case with a "--- run" section must
print the same under both; the section is filled with that output.

Usage: python3 py2_oracle.py py2-cases.txt PYTHON2 PYTHON3   (e.g. paths of python2.7 and python3.12)
This script is a development tool: the tests only read the file.
"""
import subprocess
import sys


def run(python, source, mode):
    code = "import sys\nsrc = sys.stdin.read()\n" + (
        "compile(src, 'cell', 'exec')\n" if mode == "compile" else "exec(compile(src, 'cell', 'exec'))\n")
    result = subprocess.run([python, "-c", code], input=source.encode("utf-8"), capture_output=True)
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")


def main(path, python2, python3):
    text = open(path, encoding="utf-8").read()
    chunks = text.split("\n=== ")
    out = [chunks[0]]
    failures = 0
    for chunk in chunks[1:]:
        name, rest = chunk.split("\n", 1)
        source = rest.split("--- python3\n", 1)[0]
        expected = rest.split("--- python3\n", 1)[1].split("\n--- ", 1)[0] + "\n"
        broken = "still broken" in name
        for python, src, label in ((python2, source, "2.7 input"), (python3, expected, "3.12 output")):
            code, _, err = run(python, src, "compile")
            if (code != 0) != broken:
                failures += 1
                print("FAIL %s: %s %s" % (name, label, err.strip().splitlines()[-1] if err.strip() else "compiles"))
        if "\n--- run" in rest:
            code2, out2, err2 = run(python2, source, "exec")
            code3, out3, err3 = run(python3, expected, "exec")
            if (code2, out2) != (code3, out3):
                failures += 1
                print("FAIL %s: outputs differ\n--- 2.7\n%s%s\n--- 3.12\n%s%s" % (name, out2, err2, out3, err3))
            rest = rest.split("\n--- run", 1)[0] + "\n--- run\n" + out2
        out.append(name + "\n" + rest)
    open(path, "w", encoding="utf-8").write("\n=== ".join(out))
    print("%d cases, %d failures" % (len(chunks) - 1, failures))
    return failures


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1], sys.argv[2], sys.argv[3]) else 0)
