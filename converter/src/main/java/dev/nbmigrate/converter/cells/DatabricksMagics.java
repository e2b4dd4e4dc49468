package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.read.ExecutionContext;
import dev.nbmigrate.converter.read.Language;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Databricks notebook magics ({@code %sql}, {@code %md}, {@code %run}...) on a command's first line, as a table
 * from name to handler. Text after {@code %sql}, {@code %md}, {@code %sh} and the language magics on the same line
 * is code; after {@code %run} and {@code %fs} it is arguments.
 */
final class DatabricksMagics {

    /** Magics whose same-line text is code rather than arguments. */
    static final Set<String> INLINE_CODE = Set.of("sql", "md", "md-sandbox", "sh", "python", "scala", "r");

    static final Map<String, MagicHandler> TABLE = Map.ofEntries(
            Map.entry("sql", call -> new Classification(CellKind.SQL, Language.SQL, ExecutionContext.DATABRICKS,
                    new SqlMagic(call.header(), Optional.empty(), false, Optional.empty(), Optional.empty()))),
            Map.entry("md", DatabricksMagics::markdown),
            Map.entry("md-sandbox", DatabricksMagics::markdown),
            Map.entry("python", call -> language(call, Language.PYTHON)),
            Map.entry("scala", call -> language(call, Language.SCALA)),
            Map.entry("r", call -> language(call, Language.R)),
            Map.entry("sh", call -> new Classification(CellKind.SHELL, Language.SHELL, ExecutionContext.DATABRICKS,
                    new ShellMagic(call.header(), "sh"))),
            Map.entry("fs", DatabricksMagics::fs),
            Map.entry("run", DatabricksMagics::run));

    private DatabricksMagics() {
    }

    private static Classification markdown(MagicCall call) {
        return new Classification(CellKind.MARKDOWN, Language.MARKDOWN, ExecutionContext.DATABRICKS,
                new MarkdownMagic(call.header()));
    }

    private static Classification language(MagicCall call, Language language) {
        return new Classification(CellKind.CODE, language, ExecutionContext.DATABRICKS,
                new LanguageMagic(call.header(), language, ExecutionContext.DATABRICKS));
    }

    private static Classification fs(MagicCall call) {
        List<String> words = words(call);
        if (words.isEmpty()) {
            call.bad("no file system command given");
        }
        String command = words.isEmpty() ? "" : words.get(0);
        List<String> arguments = words.isEmpty() ? List.of() : words.subList(1, words.size());
        return new Classification(CellKind.FILESYSTEM, Language.TEXT, ExecutionContext.DATABRICKS,
                new FsMagic(call.header(), command, arguments));
    }

    private static Classification run(MagicCall call) {
        List<String> words = words(call);
        if (words.isEmpty()) {
            call.bad("no notebook path given");
        }
        if (!call.body().isBlank()) {
            call.bad("%run must be alone in its cell, without other code");
        }
        String target = words.isEmpty() ? "" : words.get(0);
        List<String> arguments = words.isEmpty() ? List.of() : words.subList(1, words.size());
        return new Classification(CellKind.RUN, Language.TEXT, ExecutionContext.DATABRICKS,
                new RunNotebookMagic(call.header(), target, arguments));
    }

    private static List<String> words(MagicCall call) {
        ArgSplitter.Result split = ArgSplitter.split(call.header().arguments());
        if (!split.ok()) {
            call.bad(split.error());
        }
        return split.words();
    }
}
