package dev.nbmigrate.converter.read;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostics;
import dev.nbmigrate.converter.diag.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Databricks source export: a first line {@code # Databricks notebook source} (or {@code --} for SQL,
 * {@code //} for Scala notebooks), commands separated by {@code COMMAND ----------} lines, {@code MAGIC} lines
 * for commands in another language or Markdown, and {@code DBTITLE} lines for titles.
 *
 * <p>Each command becomes a cell with the {@code MAGIC} prefixes removed; its line map keeps the original file
 * line and column of every line.
 */
final class DatabricksSourceReader {

    /** The comment syntax of an export, which also names the notebook's language. */
    private record Dialect(String comment, Language language) {
    }

    private static final List<Dialect> DIALECTS = List.of(
            new Dialect("#", Language.PYTHON),
            new Dialect("--", Language.SQL),
            new Dialect("//", Language.SCALA));

    private static final String HEADER = " Databricks notebook source";
    private static final String SEPARATOR = " COMMAND ----------";
    private static final String MAGIC = " MAGIC";
    private static final Pattern TITLE = Pattern.compile(" DBTITLE (\\d+),(.*)");

    private DatabricksSourceReader() {
    }

    /** True when the first line of a text is a Databricks export header. */
    static boolean isHeader(String firstLine) {
        return dialect(firstLine).isPresent();
    }

    private static Optional<Dialect> dialect(String firstLine) {
        String line = firstLine.strip();
        return DIALECTS.stream().filter(d -> line.equals(d.comment() + HEADER)).findFirst();
    }

    static Notebook read(String notebook, String text, String fileName) {
        List<String> lines = SourceText.lines(SourceText.normalizeLineEnds(text));
        Dialect dialect = dialect(lines.get(0)).orElseThrow();
        Diagnostics diagnostics = new Diagnostics();
        List<Cell> cells = new ArrayList<>();
        int start = 1;
        for (int i = 1; i <= lines.size(); i++) {
            boolean end = i == lines.size();
            if (end && lines.subList(start, i).stream().allMatch(String::isBlank)) {
                break;
            }
            if (end || lines.get(i).strip().equals(dialect.comment() + SEPARATOR)) {
                cells.add(command(notebook, lines, start, i, dialect, cells.size() + 1, diagnostics));
                start = i + 1;
            }
        }
        Language language = language(dialect, fileName, cells);
        Kernel kernel = new KernelDetector(notebook, diagnostics)
                .databricks(language, "source export, first line \"" + lines.get(0).strip() + "\"");
        NotebookChecks.empty(notebook, cells, diagnostics);
        return new Notebook(notebook, SourceFormat.DATABRICKS_SOURCE, "", kernel, cells,
                JsonSupport.MAPPER.createObjectNode(), diagnostics.sorted());
    }

    /** Builds the cell of file lines {@code [from, to)} (0-based indexes into {@code lines}). */
    private static Cell command(String notebook, List<String> lines, int from, int to, Dialect dialect, int index,
                                Diagnostics diagnostics) {
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        CellDraft draft = new CellDraft();
        if (from < to && lines.get(from).startsWith(dialect.comment())) {
            Matcher title = TITLE.matcher(lines.get(from).substring(dialect.comment().length()).stripTrailing());
            if (title.matches()) {
                draft.title = title.group(2).strip();
                draft.metadata.put("showTitle", !title.group(1).equals("0"));
                from++;
            }
        }
        String magicPrefix = dialect.comment() + MAGIC;
        boolean magic = from < to && isMagicLine(lines.get(from), magicPrefix);
        StringBuilder source = new StringBuilder();
        int[] fileLines = new int[to - from];
        int[] columnOffsets = new int[to - from];
        List<Integer> strayLines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            int offset = 0;
            if (magic && isMagicLine(line, magicPrefix)) {
                offset = line.length() > magicPrefix.length() ? magicPrefix.length() + 1 : magicPrefix.length();
            } else if (magic) {
                strayLines.add(i + 1);
            }
            source.append(line, offset, line.length());
            if (i < to - 1) {
                source.append('\n');
            }
            fileLines[i - from] = i + 1;
            columnOffsets[i - from] = offset;
        }
        if (!strayLines.isEmpty()) {
            diagnostics.add(Code.NBM018, Location.ofCell(notebook, index), "command " + index
                    + " mixes MAGIC lines with lines without the \"" + magicPrefix + "\" prefix (file lines "
                    + strayLines + "); those lines are kept as written");
        }
        draft.source = source.toString();
        draft.lines = LineMap.ofFileLinesAndColumns(fileLines, columnOffsets);
        return draft.toCell(index);
    }

    private static boolean isMagicLine(String line, String magicPrefix) {
        return line.startsWith(magicPrefix)
                && (line.length() == magicPrefix.length() || line.charAt(magicPrefix.length()) == ' ');
    }

    /** SQL and Scala from the comment syntax; for {@code #}, R by file extension or code, else Python. */
    private static Language language(Dialect dialect, String fileName, List<Cell> cells) {
        if (dialect.language() != Language.PYTHON) {
            return dialect.language();
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".r")) {
            return Language.R;
        }
        if (lower.endsWith(".py")) {
            return Language.PYTHON;
        }
        List<Cell> plain = cells.stream().filter(cell -> !cell.source().stripLeading().startsWith("%")).toList();
        return LanguageGuess.of(plain) == Language.R ? Language.R : Language.PYTHON;
    }
}
