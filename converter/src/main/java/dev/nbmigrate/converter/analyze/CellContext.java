package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.Span;
import dev.nbmigrate.converter.read.ExecutionContext;

import java.util.List;

/**
 * The cell a piece of code is in: for locations, and for the source text of expressions (run-time parts of
 * strings are labelled by it).
 *
 * @param ref     the notebook and cell
 * @param lines   the cell's code lines (line {@code n} is {@code lines.get(n - 1)})
 * @param python2 true when the code is Python 2 ({@code /} on ints floors)
 * @param context where the cell ran
 */
record CellContext(SourceRef ref, List<String> lines, boolean python2, ExecutionContext context) {

    int cell() {
        return ref.cell();
    }

    Location location(Span span) {
        return ref.location(span);
    }

    /** The location of a 1-based line and 0-based column. */
    Location location(int line, int column) {
        return ref.location(line, column);
    }

    /** The source text of a span (code points, end exclusive), lines joined with a space; empty when unknown. */
    String text(Span span) {
        if (!span.isKnown() || span.line() > lines.size()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int line = span.line(); line <= Math.min(span.endLine(), lines.size()); line++) {
            String text = lines.get(line - 1);
            int from = line == span.line() ? offset(text, span.column()) : 0;
            int to = line == span.endLine() ? offset(text, span.endColumn()) : text.length();
            if (from < to) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(line == span.line() ? text.substring(from, to) : text.substring(from, to).strip());
            }
        }
        return out.toString();
    }

    private static int offset(String text, int codePoints) {
        int count = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(codePoints, count));
    }
}
