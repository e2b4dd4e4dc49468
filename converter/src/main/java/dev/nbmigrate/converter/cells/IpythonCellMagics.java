package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.read.ExecutionContext;
import dev.nbmigrate.converter.read.Language;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IPython's built-in cell magics that appear in Spark notebooks, as a table from name to handler. They run in the
 * IPython process: on a sparkmagic kernel that is the notebook server, not the cluster.
 */
final class IpythonCellMagics {

    static final Map<String, MagicHandler> TABLE = Map.ofEntries(
            Map.entry("time", IpythonCellMagics::timed),
            Map.entry("timeit", IpythonCellMagics::timed),
            Map.entry("prun", IpythonCellMagics::timed),
            Map.entry("capture", IpythonCellMagics::capture),
            Map.entry("bash", call -> shell(call, "bash")),
            Map.entry("sh", call -> shell(call, "sh")),
            Map.entry("script", IpythonCellMagics::script),
            Map.entry("html", call -> display(call, "text/html")),
            Map.entry("HTML", call -> display(call, "text/html")),
            Map.entry("javascript", call -> display(call, "application/javascript")),
            Map.entry("js", call -> display(call, "application/javascript")),
            Map.entry("latex", call -> display(call, "text/latex")),
            Map.entry("svg", call -> display(call, "image/svg+xml")),
            Map.entry("markdown", IpythonCellMagics::markdown),
            Map.entry("writefile", IpythonCellMagics::writeFile),
            Map.entry("file", IpythonCellMagics::writeFile));

    private IpythonCellMagics() {
    }

    /** The context IPython code runs in on this kernel: the kernel's own, or the notebook server for sparkmagic. */
    static ExecutionContext context(MagicCall call) {
        return call.kernel().sparkmagic() ? ExecutionContext.NOTEBOOK_SERVER : call.kernel().context();
    }

    private static Classification timed(MagicCall call) {
        return new Classification(CellKind.CODE, Language.PYTHON, context(call), new TimingMagic(call.header()));
    }

    private static Classification capture(MagicCall call) {
        List<String> words = ArgSplitter.split(call.header().arguments()).words();
        Optional<String> variable = words.stream().filter(word -> !word.startsWith("-")).findFirst();
        return new Classification(CellKind.CODE, Language.PYTHON, context(call),
                new CaptureMagic(call.header(), variable));
    }

    private static Classification shell(MagicCall call, String shell) {
        return new Classification(CellKind.SHELL, Language.SHELL, context(call), new ShellMagic(call.header(), shell));
    }

    private static Classification script(MagicCall call) {
        List<String> words = ArgSplitter.split(call.header().arguments()).words();
        String interpreter = words.stream().filter(word -> !word.startsWith("-")).findFirst().orElse("");
        if (interpreter.isEmpty()) {
            call.bad("no interpreter given");
        }
        return shell(call, interpreter);
    }

    private static Classification display(MagicCall call, String mimeType) {
        return new Classification(CellKind.DISPLAY, Language.TEXT, context(call),
                new DisplayMagic(call.header(), mimeType));
    }

    private static Classification markdown(MagicCall call) {
        return new Classification(CellKind.MARKDOWN, Language.MARKDOWN, context(call),
                new MarkdownMagic(call.header()));
    }

    private static Classification writeFile(MagicCall call) {
        List<String> words = ArgSplitter.split(call.header().arguments()).words();
        boolean append = words.contains("-a") || words.contains("--append");
        String path = words.stream().filter(word -> !word.startsWith("-")).findFirst().orElse("");
        if (path.isEmpty()) {
            call.bad("no file name given");
        }
        return new Classification(CellKind.WRITE_FILE, Language.TEXT, context(call),
                new WriteFileMagic(call.header(), path, append));
    }
}
