package dev.nbmigrate.converter.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds code that only Python 2 runs: syntax Python 3 rejects (print and exec statements, {@code except E, e},
 * backticks, {@code <>}, {@code 10L}, {@code 0777}, {@code ur''}) and names Python 3 removed ({@code xrange},
 * {@code iteritems()}...). Patterns are matched on code only: string contents and comments are blanked first.
 */
final class Python2Evidence {

    /** Where Python 2 code was seen. */
    record Finding(int cell, int line, String what) {
        String describe() {
            return what + " in cell " + cell + ", line " + line;
        }
    }

    private record Rule(String what, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("a print statement", Pattern.compile("^\\s*print(\\s*[\"']|\\s+[A-Za-z0-9_>])")),
            new Rule("an exec statement", Pattern.compile("^\\s*exec\\s*[\"']|^\\s*exec\\s+[A-Za-z_]")),
            new Rule("'except E, e'", Pattern.compile("^\\s*except\\s+[\\w.]+\\s*,\\s*[A-Za-z_]\\w*\\s*:")),
            new Rule("'raise E, message'", Pattern.compile("^\\s*raise\\s+[\\w.]+\\s*,")),
            new Rule("backtick repr", Pattern.compile("`")),
            new Rule("the <> operator", Pattern.compile("<>")),
            new Rule("a long integer literal", Pattern.compile("(?<![\\w.])\\d+[lL]\\b")),
            new Rule("an old-style octal literal", Pattern.compile("(?<![\\w.])0[0-7]*[1-7][0-7]*\\b(?![.eEjJxXoObB])")),
            new Rule("a ur'' string", Pattern.compile("(?<!\\w)[uU][rR][\"']")),
            new Rule("dict.iteritems()", Pattern.compile("\\.iter(items|keys|values)\\(\\s*\\)")),
            new Rule("dict.has_key()", Pattern.compile("\\.has_key\\(")),
            new Rule("xrange()", Pattern.compile("(?<![\\w.])xrange\\(")),
            new Rule("raw_input()", Pattern.compile("(?<![\\w.])raw_input\\(")),
            new Rule("unicode()", Pattern.compile("(?<![\\w.])unicode\\(")),
            new Rule("basestring", Pattern.compile("(?<![\\w.])basestring\\b")));

    private Python2Evidence() {
    }

    /** The first Python 2 construct in the given Python cells, in notebook order. */
    static Optional<Finding> first(List<Cell> pythonCells) {
        for (Cell cell : pythonCells) {
            for (PythonLines.Line line : PythonLines.scan(cell.source())) {
                if (line.escape() != PythonLines.Escape.NONE) {
                    continue;
                }
                for (Rule rule : RULES) {
                    if (rule.pattern().matcher(line.code()).find()) {
                        return Optional.of(new Finding(cell.index(), line.number(), rule.what()));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
