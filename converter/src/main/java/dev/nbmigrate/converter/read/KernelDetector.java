package dev.nbmigrate.converter.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostics;
import dev.nbmigrate.converter.diag.Location;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides a notebook's kernel, language and Python version from its metadata and, where the metadata is silent
 * or unknown, from its code; reports what it had to guess ({@code NBM002}, {@code NBM006}, {@code NBM007},
 * {@code NBM009}).
 */
final class KernelDetector {

    /** Metadata key of notebooks exported from Databricks as {@code .ipynb}. */
    static final String DATABRICKS_METADATA = "application/vnd.databricks.v1+notebook";

    /** Cell magics whose body is Python in a Python kernel. */
    private static final Set<String> PYTHON_BODY_MAGICS =
            Set.of("local", "spark", "pretty", "time", "timeit", "capture", "prun", "debug");

    /** Kernels on which Python 2 was common, so an unstated version deserves a warning. */
    private static final Set<KernelKind> PYTHON_2_PLAUSIBLE =
            Set.of(KernelKind.PYSPARK, KernelKind.IPYTHON, KernelKind.UNKNOWN, KernelKind.ZEPPELIN);

    private final String notebook;
    private final Diagnostics diagnostics;

    KernelDetector(String notebook, Diagnostics diagnostics) {
        this.notebook = notebook;
        this.diagnostics = diagnostics;
    }

    /** A Jupyter notebook: Databricks metadata, then kernelspec, display name, language_info, then content. */
    Kernel jupyter(SourceFormat format, JsonNode metadata, List<Cell> cells) {
        JsonNode databricks = metadata.path(DATABRICKS_METADATA);
        if (databricks.isObject()) {
            Language language = KernelCatalog.language(databricks.path("language").asText("python"))
                    .orElse(Language.PYTHON);
            return databricks(language, "metadata \"" + DATABRICKS_METADATA + "\"");
        }
        JsonNode kernelspec = metadata.path("kernelspec");
        JsonNode languageInfo = metadata.path("language_info");
        String name = kernelspec.path("name").asText("");
        String displayName = kernelspec.path("display_name").asText("");
        String languageName = languageInfo.path("name").asText("");

        Optional<KernelCatalog.Entry> entry = KernelCatalog.byName(name);
        String basis = "kernelspec.name \"" + name + "\"";
        if (entry.isEmpty() && name.isEmpty()) {
            entry = KernelCatalog.byDisplayName(displayName);
            basis = "kernelspec.display_name \"" + displayName + "\"";
            if (entry.isEmpty()) {
                entry = KernelCatalog.byLanguageInfo(languageName);
                basis = "language_info.name \"" + languageName + "\"";
            }
        }
        if (entry.isEmpty() && format == SourceFormat.JUPYTER_3 && kernelspec.isMissingNode()) {
            entry = Optional.of(new KernelCatalog.Entry(KernelKind.IPYTHON, null));
            basis = "nbformat 3, written by IPython";
        }
        if (entry.isPresent()) {
            KernelKind kind = entry.get().kind();
            Language language = kind.defaultLanguage();
            PythonVersion python = language == Language.PYTHON
                    ? pythonVersion(kind, entry.get().python(), languageInfo, jupyterPythonCells(cells))
                    : PythonVersion.NOT_PYTHON;
            ExecutionContext context = kind.context();
            if (kind == KernelKind.IPYTHON) {
                Optional<SparkUse.Evidence> spark = SparkUse.of(cells);
                context = spark.map(SparkUse.Evidence::context).orElse(ExecutionContext.NOTEBOOK_SERVER);
                basis = basis + spark.map(e -> "; cell " + e.cell() + " " + e.what()).orElse("; no Spark in the code");
                spark.filter(e -> e.context() == ExecutionContext.ASSUMED_SPARK).ifPresent(e -> diagnostics.add(
                        Code.NBM009, Location.ofCell(notebook, e.cell()), "kernel \"" + name + "\" is plain Python"
                        + " without a Spark session, but the code " + e.what() + ": read as a Spark kernel's code"
                        + " (spark, sc and sqlContext predefined)"));
            }
            return new Kernel(kind, name, displayName, language, python, context, basis + pythonBasis(python));
        }
        return unknownJupyter(name, displayName, kernelspec, languageInfo, cells);
    }

    private Kernel unknownJupyter(String name, String displayName, JsonNode kernelspec, JsonNode languageInfo,
                                  List<Cell> cells) {
        List<Cell> code = cells.stream().filter(c -> c.type() == CellType.CODE).toList();
        Language language;
        String from;
        Optional<Language> stated = KernelCatalog.language(languageInfo.path("name").asText(""));
        if (stated.isPresent()) {
            language = stated.get();
            from = "language_info.name \"" + languageInfo.path("name").asText() + "\"";
        } else if ((stated = KernelCatalog.language(kernelspec.path("language").asText(""))).isPresent()) {
            language = stated.get();
            from = "kernelspec.language \"" + kernelspec.path("language").asText() + "\"";
        } else {
            language = LanguageGuess.of(code);
            from = "the code";
            if (language == Language.UNKNOWN) {
                language = Language.PYTHON;
                from = "nothing (Python is the default)";
            }
        }
        String subject = name.isEmpty() && displayName.isEmpty()
                ? "the notebook does not name its kernel"
                : "kernel \"" + name + "\"" + (displayName.isEmpty() ? "" : " (\"" + displayName + "\")")
                + " is not one nbmigrate knows";
        diagnostics.add(Code.NBM002, Location.ofNotebook(notebook), subject + "; read as "
                + language.name().charAt(0) + language.name().substring(1).toLowerCase(Locale.ROOT)
                + " code with spark, sc and sqlContext predefined, language from " + from);
        PythonVersion python = language == Language.PYTHON
                ? pythonVersion(KernelKind.UNKNOWN, null, languageInfo, jupyterPythonCells(cells))
                : PythonVersion.NOT_PYTHON;
        return new Kernel(KernelKind.UNKNOWN, name, displayName, language, python,
                KernelKind.UNKNOWN.context(), "unknown kernel; language from " + from + pythonBasis(python));
    }

    /** A Databricks notebook: Python 3 for Python notebooks. */
    Kernel databricks(Language language, String basis) {
        PythonVersion python = language == Language.PYTHON ? PythonVersion.PYTHON_3 : PythonVersion.NOT_PYTHON;
        return new Kernel(KernelKind.DATABRICKS, "databricks", "Databricks", language, python,
                ExecutionContext.DATABRICKS, "Databricks notebook (" + basis + ")");
    }

    /** A Zeppelin note: the default interpreter gives the language of paragraphs without a prefix. */
    Kernel zeppelin(JsonNode note, List<Cell> cells) {
        String group = note.path("defaultInterpreterGroup").asText("");
        String basis;
        if (group.isEmpty()) {
            group = ZeppelinInterpreters.HDINSIGHT_DEFAULT_GROUP;
            basis = "Zeppelin note; default interpreter %" + group + " (HDInsight's)";
        } else {
            basis = "Zeppelin note; defaultInterpreterGroup \"" + group + "\"";
        }
        Optional<ZeppelinInterpreters.Interpreter> known = ZeppelinInterpreters.lookup(group);
        if (known.isEmpty()) {
            diagnostics.add(Code.NBM013, Location.ofNotebook(notebook), "default interpreter group \"" + group
                    + "\" is not one nbmigrate knows; paragraphs without a prefix are read as %"
                    + ZeppelinInterpreters.HDINSIGHT_DEFAULT_GROUP + " (Scala)");
        }
        ZeppelinInterpreters.Interpreter fallback = known.orElseGet(
                () -> ZeppelinInterpreters.lookup(ZeppelinInterpreters.HDINSIGHT_DEFAULT_GROUP).orElseThrow());
        List<Cell> pythonCells = cells.stream()
                .filter(cell -> zeppelinInterpreter(cell, fallback).language() == Language.PYTHON)
                .toList();
        PythonVersion python = PythonVersion.NOT_PYTHON;
        if (!pythonCells.isEmpty()) {
            boolean allPython3 = pythonCells.stream()
                    .allMatch(cell -> zeppelinInterpreter(cell, fallback).pythonVersion() == PythonVersion.PYTHON_3);
            python = pythonVersion(KernelKind.ZEPPELIN, allPython3 ? PythonVersion.PYTHON_3 : null,
                    MissingNode.getInstance(), pythonCells);
        }
        return new Kernel(KernelKind.ZEPPELIN, fallback.name(), "Zeppelin", fallback.language(), python,
                fallback.context(), basis + pythonBasis(python));
    }

    private static ZeppelinInterpreters.Interpreter zeppelinInterpreter(Cell cell,
                                                                       ZeppelinInterpreters.Interpreter fallback) {
        return ZeppelinInterpreters.prefix(cell.source())
                .map(prefix -> ZeppelinInterpreters.lookup(prefix.name()).orElse(
                        new ZeppelinInterpreters.Interpreter(prefix.name(), Language.UNKNOWN,
                                ExecutionContext.NOTEBOOK_SERVER, PythonVersion.NOT_PYTHON)))
                .orElse(fallback);
    }

    /**
     * Python 2 or 3: the kernel's own version, else {@code language_info}, else the code; syntax only Python 2
     * accepts wins over metadata that says 3 (the code would not parse otherwise), with a warning.
     */
    private PythonVersion pythonVersion(KernelKind kind, PythonVersion fixed, JsonNode languageInfo,
                                        List<Cell> pythonCells) {
        Optional<Python2Evidence.Finding> evidence = Python2Evidence.first(pythonCells);
        String stated = null;
        PythonVersion version = fixed;
        if (fixed != null) {
            stated = "the kernel";
        } else {
            Optional<StatedVersion> fromInfo = statedVersion(languageInfo);
            if (fromInfo.isPresent()) {
                version = fromInfo.get().version();
                stated = fromInfo.get().basis();
            }
        }
        if (version == PythonVersion.PYTHON_3 && evidence.isPresent()) {
            Python2Evidence.Finding finding = evidence.get();
            diagnostics.add(Code.NBM009, Location.of(notebook, finding.cell(), finding.line()), stated
                    + " says Python 3, but the code has " + finding.what() + ": read as Python 2");
            version = PythonVersion.PYTHON_2;
            stated = "the code (" + finding.describe() + ")";
        } else if (version == null && evidence.isPresent()) {
            version = PythonVersion.PYTHON_2;
            stated = "the code (" + evidence.get().describe() + ")";
        }
        if (version == PythonVersion.PYTHON_2) {
            diagnostics.add(Code.NBM006, Location.ofNotebook(notebook), "Python 2 notebook, decided from " + stated);
        }
        if (version == null) {
            version = PythonVersion.PYTHON_3;
            if (PYTHON_2_PLAUSIBLE.contains(kind)) {
                diagnostics.add(Code.NBM007, Location.ofNotebook(notebook),
                        "nothing states whether the notebook ran on Python 2 or 3; read as Python 3");
            }
        }
        return version;
    }

    private record StatedVersion(PythonVersion version, String basis) {
    }

    /** The version {@code language_info} states, if any. */
    private static Optional<StatedVersion> statedVersion(JsonNode languageInfo) {
        JsonNode codemirror = languageInfo.path("codemirror_mode").path("version");
        if (codemirror.canConvertToInt() && codemirror.isNumber()) {
            return major(codemirror.asInt(), "language_info.codemirror_mode.version " + codemirror.asInt());
        }
        String version = languageInfo.path("version").asText("");
        if (version.matches("[23](\\..*)?")) {
            return major(version.charAt(0) - '0', "language_info.version " + version);
        }
        String lexer = languageInfo.path("pygments_lexer").asText("");
        if (lexer.matches("i?python[23]")) {
            return major(lexer.charAt(lexer.length() - 1) - '0', "language_info.pygments_lexer " + lexer);
        }
        return Optional.empty();
    }

    private static Optional<StatedVersion> major(int major, String basis) {
        return switch (major) {
            case 2 -> Optional.of(new StatedVersion(PythonVersion.PYTHON_2, basis));
            case 3 -> Optional.of(new StatedVersion(PythonVersion.PYTHON_3, basis));
            default -> Optional.empty();
        };
    }

    private static String pythonBasis(PythonVersion version) {
        return switch (version) {
            case PYTHON_2 -> "; Python 2";
            case PYTHON_3 -> "; Python 3";
            case NOT_PYTHON -> "";
        };
    }

    /** Code cells of a Jupyter notebook whose body is Python (cells starting with %%sql and the like are not). */
    private static List<Cell> jupyterPythonCells(List<Cell> cells) {
        return cells.stream()
                .filter(cell -> cell.type() == CellType.CODE && !cell.isBlank())
                .filter(cell -> {
                    String first = cell.source().stripLeading();
                    if (!first.startsWith("%%")) {
                        return true;
                    }
                    String magic = first.substring(2).split("[\\s]", 2)[0];
                    return PYTHON_BODY_MAGICS.contains(magic);
                })
                .toList();
    }
}
