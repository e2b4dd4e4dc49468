package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.read.ExecutionContext;
import dev.nbmigrate.converter.read.PythonLines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Takes IPython escapes out of Python code: each becomes a {@link LineMagic} and its lines are blanked (or become
 * {@code pass} when nested in a block), so the remaining code is valid Python at the same line numbers.
 * {@code %time stmt} keeps its statement in place, shifted left. Escapes only count where IPython sees them: at the
 * start of a statement, never inside a string.
 */
final class LineMagicExtractor {

    /** Livy's own Python magics, valid in code sent to the cluster. */
    private static final Set<String> LIVY_MAGICS = Set.of("matplot", "table", "json");

    /** The code without escapes, and the escapes. */
    record Result(CellCode code, List<LineMagic> magics) {
    }

    private LineMagicExtractor() {
    }

    /**
     * @param body     the Python code (cell lines, the cell magic's line already blanked)
     * @param offsets  column offsets already applied to the body's lines (by a removed inline prefix)
     * @param context  where the code ran: on a Livy session, IPython escapes failed
     * @param findings where to report
     */
    static Result extract(String body, Map<Integer, Integer> offsets, ExecutionContext context, Findings findings) {
        List<PythonLines.Line> lines = PythonLines.scan(body);
        List<String> code = new ArrayList<>(lines.size());
        Map<Integer, Integer> columnOffsets = new TreeMap<>(offsets);
        List<LineMagic> magics = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            PythonLines.Line line = lines.get(i);
            if (line.escape() == PythonLines.Escape.NONE || !line.statementStart()) {
                code.add(line.text());
                i++;
                continue;
            }
            int last = i;
            while (last + 1 < lines.size() && lines.get(last + 1).escape() == line.escape()
                    && !lines.get(last + 1).statementStart()) {
                last++;
            }
            String indentation = line.indentation();
            List<String> written = new ArrayList<>();
            StringBuilder logical = new StringBuilder();
            for (int j = i; j <= last; j++) {
                String text = j == i ? lines.get(j).text().substring(indentation.length()) : lines.get(j).text();
                written.add(text);
                logical.append(j < last && text.endsWith("\\") ? text.substring(0, text.length() - 1) : text);
            }
            LineSpan span = new LineSpan(line.number(), lines.get(last).number(), String.join("\n", written),
                    !indentation.isEmpty());
            LineMagic magic = LineMagicParser.parse(line.escape(), logical.toString(), span);
            magics.add(magic);
            report(magic, line.escape(), context, findings);
            if (magic instanceof TimeMagic timed && !timed.statement().isEmpty()) {
                int start = line.text().indexOf(timed.statement(), indentation.length());
                code.add(indentation + timed.statement());
                int shift = Math.max(0, start - indentation.length());
                columnOffsets.merge(line.number(), shift, Integer::sum);
            } else {
                code.add(indentation.isEmpty() ? "" : indentation + "pass");
            }
            for (int j = i + 1; j <= last; j++) {
                code.add("");
            }
            i = last + 1;
        }
        String text = String.join("\n", code);
        if (body.endsWith("\n") && !text.isEmpty()) {
            text += "\n";
        }
        return new Result(new CellCode(text, new TreeMap<>(columnOffsets)), magics);
    }

    private static void report(LineMagic magic, PythonLines.Escape escape, ExecutionContext context,
                               Findings findings) {
        int line = magic.span().line();
        String written = magic.span().text().lines().findFirst().orElse("");
        if (escape == PythonLines.Escape.CELL_MAGIC) {
            findings.add(Code.NBM016, line, written + " is not on the cell's first line, so it was not a cell magic"
                    + " and the cell failed");
            return;
        }
        if (context == ExecutionContext.LIVY) {
            boolean livyMagic = magic instanceof MatplotMagic
                    || (magic instanceof GenericLineMagic generic && LIVY_MAGICS.contains(generic.name())
                    && generic.assignedTo().isEmpty());
            if (!livyMagic || magic.span().nested()) {
                findings.add(Code.NBM019, line, written + " was sent to the cluster with the rest of the cell, "
                        + "where Livy cannot run it");
            }
            return;
        }
        if (magic instanceof GenericLineMagic generic && !generic.known()) {
            findings.add(Code.NBM012, line, "%" + generic.name() + " is not a magic nbmigrate knows");
        }
    }
}
