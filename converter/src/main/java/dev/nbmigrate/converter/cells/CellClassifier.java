package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostics;
import dev.nbmigrate.converter.read.Cell;
import dev.nbmigrate.converter.read.CellType;
import dev.nbmigrate.converter.read.ExecutionContext;
import dev.nbmigrate.converter.read.Kernel;
import dev.nbmigrate.converter.read.KernelKind;
import dev.nbmigrate.converter.read.Language;
import dev.nbmigrate.converter.read.Notebook;
import dev.nbmigrate.converter.read.SourceFormat;
import dev.nbmigrate.converter.read.ZeppelinInterpreters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classify stage: decides for every cell of a {@link Notebook} what it is ({@link CellKind}), its language,
 * where it ran, its cell magic with typed options, and its IPython line magics, and gives its code with the magics
 * taken out (line numbers unchanged).
 *
 * <p>Which magics exist depends on where the notebook comes from: sparkmagic kernels ({@code %%sql},
 * {@code %%local}, {@code %%configure}...), IPython ({@code %%time}, {@code %%bash}, line magics), Databricks
 * ({@code %sql}, {@code %md}, {@code %run}...), Zeppelin (interpreter prefixes). Bad options become diagnostics
 * at the cell and line; nothing here throws on bad input.
 *
 * <pre>{@code
 * ClassifiedNotebook classified = CellClassifier.classify(NotebookReader.read(path));
 * for (ClassifiedCell cell : classified.cells(CellKind.SQL)) {
 *     String query = cell.code().text();
 *     cell.magic(SqlMagic.class).flatMap(SqlMagic::output);   // the -o variable, if any
 * }
 * }</pre>
 */
public final class CellClassifier {

    private static final Logger LOG = LoggerFactory.getLogger(CellClassifier.class);
    private static final Pattern HEADER = Pattern.compile("%%?([A-Za-z_][\\w.\\-]*)(.*)");

    private final Notebook notebook;
    private final Kernel kernel;
    /** Zeppelin: whether the note names its default interpreter (else HDInsight's is assumed, and reported). */
    private final boolean defaultInterpreterStated;
    private final Diagnostics diagnostics = new Diagnostics();

    private CellClassifier(Notebook notebook) {
        this.notebook = notebook;
        this.kernel = notebook.kernel();
        this.defaultInterpreterStated = notebook.metadata().has("defaultInterpreterGroup");
    }

    /** Classifies every cell of a notebook. */
    public static ClassifiedNotebook classify(Notebook notebook) {
        CellClassifier classifier = new CellClassifier(notebook);
        List<ClassifiedCell> cells = new ArrayList<>(notebook.cells().size());
        for (Cell cell : notebook.cells()) {
            cells.add(classifier.cell(cell));
        }
        LOG.debug("Classified {} cells of {}, {} findings", cells.size(), notebook.name(),
                classifier.diagnostics.size());
        return new ClassifiedNotebook(notebook, cells, classifier.diagnostics.sorted());
    }

    private ClassifiedCell cell(Cell cell) {
        Findings findings = new Findings(notebook.name(), cell.index(), diagnostics);
        if (cell.type() == CellType.MARKDOWN) {
            return plain(cell, CellKind.MARKDOWN, Language.MARKDOWN);
        }
        if (cell.type() == CellType.RAW) {
            return plain(cell, CellKind.RAW, Language.TEXT);
        }
        if (cell.isBlank()) {
            return plain(cell, CellKind.EMPTY, kernel.language());
        }
        if (notebook.format() == SourceFormat.ZEPPELIN) {
            return zeppelin(cell, findings);
        }
        if (kernel.kind() == KernelKind.DATABRICKS) {
            return databricks(cell, findings);
        }
        return jupyter(cell, findings);
    }

    private ClassifiedCell plain(Cell cell, CellKind kind, Language language) {
        return new ClassifiedCell(cell, kind, language, kernel.context(), Optional.empty(),
                CellCode.of(cell.source()), List.of());
    }

    // ---- Jupyter (sparkmagic and IPython kernels) ----

    private ClassifiedCell jupyter(Cell cell, Findings findings) {
        FirstLine first = FirstLine.of(cell);
        if (first.text().startsWith("%%")) {
            return jupyterCellMagic(cell, first, findings);
        }
        if (kernel.sparkmagic() && first.text().startsWith("%")) {
            Optional<Header> header = Header.parse(first.text());
            if (header.isPresent() && SparkmagicMagics.SINGLE_PERCENT.contains(header.get().name())) {
                MagicCall call = call(cell, first, header.get(), MagicSyntax.SPARKMAGIC, findings);
                return finish(cell, SparkmagicMagics.TABLE.get(header.get().name()).classify(call), call, Map.of());
            }
            String name = header.map(Header::name).orElse("");
            String target = header.map(Header::arguments).orElse("");
            findings.add(Code.NBM015, first.line(), name.equals("run") && !target.isEmpty()
                    ? "the cell starts with %run, so sparkmagic ran " + target + " in the notebook server's Python,"
                    + " not in the cluster session: its definitions were not available to cells run on the cluster"
                    : "the cell starts with %" + name + ", so sparkmagic ran all of it in the notebook server's"
                    + " Python, not on the cluster");
            return finish(cell, new Classification(CellKind.CODE, Language.PYTHON, ExecutionContext.NOTEBOOK_SERVER,
                    null), cell.source(), Map.of(), findings);
        }
        return defaultCode(cell, findings);
    }

    private ClassifiedCell jupyterCellMagic(Cell cell, FirstLine first, Findings findings) {
        Optional<Header> parsed = Header.parse(first.text());
        if (parsed.isEmpty()) {
            return unknownMagic(cell, first, new Header("", first.text().substring(2)), MagicSyntax.IPYTHON,
                    findings, Code.NBM011, first.text() + " is not a valid magic");
        }
        Header header = parsed.get();
        MagicHandler synapse = SynapseMagics.TABLE.get(header.name());
        if (synapse != null && kernel.kind() == KernelKind.SYNAPSE_PYSPARK) {
            MagicCall call = call(cell, first, header, MagicSyntax.SYNAPSE, findings);
            return finish(cell, synapse.classify(call), call, Map.of());
        }
        MagicHandler sparkmagic = SparkmagicMagics.TABLE.get(header.name());
        MagicHandler ipython = IpythonCellMagics.TABLE.get(header.name());
        if (sparkmagic != null && kernel.sparkmagic()) {
            MagicCall call = call(cell, first, header, MagicSyntax.SPARKMAGIC, findings);
            return finish(cell, sparkmagic.classify(call), call, Map.of());
        }
        if (ipython != null) {
            MagicCall call = call(cell, first, header, MagicSyntax.IPYTHON, findings);
            Classification classification = ipython.classify(call);
            if (kernel.sparkmagic() && classification.kind() == CellKind.CODE) {
                findings.add(Code.NBM015, first.line(), "%%" + header.name() + " is an IPython magic, so sparkmagic "
                        + "ran the cell in the notebook server's Python, not on the cluster");
            }
            return finish(cell, classification, call, Map.of());
        }
        if (header.name().equals("spark")) {
            MagicCall call = call(cell, first, header, MagicSyntax.SPARKMAGIC, findings);
            return finish(cell, SparkmagicMagics.remoteSpark(call), call, Map.of());
        }
        if (sparkmagic != null) {
            findings.add(Code.NBM014, first.line(), "%%" + header.name() + " is a sparkmagic magic, not one of kernel "
                    + "\"" + kernel.name() + "\"; read as sparkmagic's");
            MagicCall call = call(cell, first, header, MagicSyntax.SPARKMAGIC, findings);
            Classification asSparkmagic = sparkmagic.classify(call);
            ExecutionContext context = asSparkmagic.context() == ExecutionContext.LIVY
                    ? kernel.context() : asSparkmagic.context();
            return finish(cell, new Classification(asSparkmagic.kind(), asSparkmagic.language(), context,
                    asSparkmagic.magic()), call, Map.of());
        }
        return unknownMagic(cell, first, header, kernel.sparkmagic() ? MagicSyntax.SPARKMAGIC : MagicSyntax.IPYTHON,
                findings, Code.NBM011, "%%" + header.name() + " is not a magic nbmigrate knows");
    }

    // ---- Databricks ----

    private ClassifiedCell databricks(Cell cell, Findings findings) {
        FirstLine first = FirstLine.of(cell);
        if (first.text().startsWith("%%")) {
            return jupyterCellMagic(cell, first, findings);
        }
        Optional<Header> header = first.text().startsWith("%") ? Header.parse(first.text()) : Optional.empty();
        if (header.isPresent() && DatabricksMagics.TABLE.containsKey(header.get().name())) {
            MagicCall call;
            Map<Integer, Integer> offsets = new TreeMap<>();
            if (DatabricksMagics.INLINE_CODE.contains(header.get().name())) {
                int prefixEnd = first.text().indexOf('%') + 1 + header.get().name().length();
                call = inlineCall(cell, first, header.get().name(), "", MagicSyntax.DATABRICKS, findings, offsets,
                        prefixEnd);
            } else {
                call = call(cell, first, header.get(), MagicSyntax.DATABRICKS, findings);
            }
            return finish(cell, DatabricksMagics.TABLE.get(header.get().name()).classify(call), call, offsets);
        }
        if (header.isPresent()) {
            return finish(cell, new Classification(CellKind.CODE, Language.PYTHON, kernel.context(), null),
                    cell.source(), Map.of(), findings);
        }
        return defaultCode(cell, findings);
    }

    // ---- Zeppelin ----

    private ClassifiedCell zeppelin(Cell cell, Findings findings) {
        Optional<ZeppelinInterpreters.Prefix> prefix = ZeppelinInterpreters.prefix(cell.source());
        if (prefix.isEmpty()) {
            if (!defaultInterpreterStated) {
                findings.add(Code.NBM017, 1, "the paragraph has no interpreter prefix: read as %" + kernel.name()
                        + ", the default interpreter");
            }
            return defaultCode(cell, findings);
        }
        ZeppelinInterpreters.Prefix found = prefix.get();
        String line = cell.sourceLines().get(found.line() - 1);
        FirstLine first = new FirstLine(found.line(), line);
        String properties = found.properties().isEmpty() ? "" : "(" + found.properties() + ")";
        Map<Integer, Integer> offsets = new TreeMap<>();
        MagicCall call = inlineCall(cell, first, found.name(), properties, MagicSyntax.ZEPPELIN, findings, offsets,
                found.endColumn());
        Optional<ZeppelinInterpreters.Interpreter> interpreter = ZeppelinInterpreters.lookup(found.name());
        if (interpreter.isEmpty()) {
            findings.add(Code.NBM013, found.line(), "%" + found.name() + " is not a Zeppelin interpreter nbmigrate "
                    + "knows");
            return new ClassifiedCell(cell, CellKind.UNSUPPORTED, Language.UNKNOWN, ExecutionContext.NOTEBOOK_SERVER,
                    Optional.of(new UnknownMagic(call.header())), new CellCode(call.body(), new TreeMap<>(offsets)),
                    List.of());
        }
        ZeppelinInterpreters.Interpreter known = interpreter.get();
        CellMagic magic = switch (known.language()) {
            case SQL -> new SqlMagic(call.header(), Optional.empty(), false, Optional.empty(), Optional.empty());
            case MARKDOWN -> new MarkdownMagic(call.header());
            case SHELL -> new ShellMagic(call.header(), "sh");
            default -> new LanguageMagic(call.header(), known.language(), known.context());
        };
        return finish(cell, new Classification(kindOf(known.language()), known.language(), known.context(), magic),
                call, offsets);
    }

    // ---- shared ----

    /** A cell without magic: the kernel's language and context. */
    private ClassifiedCell defaultCode(Cell cell, Findings findings) {
        Language language = kernel.language();
        return finish(cell, new Classification(kindOf(language), language, kernel.context(), null), cell.source(),
                Map.of(), findings);
    }

    private static CellKind kindOf(Language language) {
        return switch (language) {
            case SQL -> CellKind.SQL;
            case MARKDOWN -> CellKind.MARKDOWN;
            case SHELL -> CellKind.SHELL;
            case TEXT, JSON -> CellKind.RAW;
            case UNKNOWN -> CellKind.UNSUPPORTED;
            case PYTHON, SCALA, R -> CellKind.CODE;
        };
    }

    private ClassifiedCell unknownMagic(Cell cell, FirstLine first, Header header, MagicSyntax syntax,
                                        Findings findings, Code code, String message) {
        findings.add(code, first.line(), message);
        MagicCall call = call(cell, first, header, syntax, findings);
        return new ClassifiedCell(cell, CellKind.UNSUPPORTED, Language.UNKNOWN, kernel.context(),
                Optional.of(new UnknownMagic(call.header())), CellCode.of(call.body()), List.of());
    }

    /** A magic whose whole line is the header: the body is the source with that line blanked. */
    private MagicCall call(Cell cell, FirstLine first, Header header, MagicSyntax syntax, Findings findings) {
        List<String> lines = new ArrayList<>(cell.sourceLines());
        lines.set(first.line() - 1, "");
        return new MagicCall(new MagicHeader(syntax, header.name(), header.arguments(), first.line()),
                join(lines, cell.source()), kernel, findings);
    }

    /**
     * A magic whose same-line text is code (Databricks {@code %sql SELECT 1}, Zeppelin {@code %livy2.sql SELECT 1}):
     * the prefix is removed from the line and the code after it stays, shifted left (recorded in {@code offsets}).
     *
     * @param prefixEnd the column just after the magic's name (and Zeppelin properties) on its line
     * @param arguments the header's arguments as recorded
     */
    private MagicCall inlineCall(Cell cell, FirstLine first, String name, String arguments, MagicSyntax syntax,
                                 Findings findings, Map<Integer, Integer> offsets, int prefixEnd) {
        List<String> lines = new ArrayList<>(cell.sourceLines());
        String line = lines.get(first.line() - 1);
        int codeStart = prefixEnd;
        while (codeStart < line.length() && Character.isWhitespace(line.charAt(codeStart))) {
            codeStart++;
        }
        String inline = line.substring(codeStart);
        lines.set(first.line() - 1, inline);
        if (!inline.isEmpty()) {
            offsets.put(first.line(), codeStart);
        }
        return new MagicCall(new MagicHeader(syntax, name, arguments, first.line()), join(lines, cell.source()),
                kernel, findings);
    }

    private ClassifiedCell finish(Cell cell, Classification classification, MagicCall call,
                                  Map<Integer, Integer> offsets) {
        return finish(cell, classification, call.body(), offsets, call.findings());
    }

    private ClassifiedCell finish(Cell cell, Classification classification, String body,
                                  Map<Integer, Integer> offsets, Findings findings) {
        Optional<CellMagic> magic = Optional.ofNullable(classification.magic());
        if (classification.pythonCode()) {
            LineMagicExtractor.Result extracted =
                    LineMagicExtractor.extract(body, offsets, classification.context(), findings);
            return new ClassifiedCell(cell, classification.kind(), classification.language(),
                    classification.context(), magic, extracted.code(), extracted.magics());
        }
        return new ClassifiedCell(cell, classification.kind(), classification.language(), classification.context(),
                magic, new CellCode(body, new TreeMap<>(offsets)), List.of());
    }

    private static String join(List<String> lines, String original) {
        String text = String.join("\n", lines);
        return original.endsWith("\n") && !text.isEmpty() ? text + "\n" : text;
    }

    /** The first non-blank line of a cell: where a cell magic must be. */
    private record FirstLine(int line, String text) {
        static FirstLine of(Cell cell) {
            List<String> lines = cell.sourceLines();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    return new FirstLine(i + 1, lines.get(i));
                }
            }
            return new FirstLine(1, "");
        }
    }

    /** A magic's name and the rest of its line. */
    private record Header(String name, String arguments) {
        static Optional<Header> parse(String line) {
            Matcher matcher = HEADER.matcher(line.strip());
            if (!matcher.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Header(matcher.group(1), matcher.group(2).strip()));
        }
    }
}
