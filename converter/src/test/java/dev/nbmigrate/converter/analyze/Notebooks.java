package dev.nbmigrate.converter.analyze;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.nbmigrate.converter.cells.CellClassifier;
import dev.nbmigrate.converter.read.Cell;
import dev.nbmigrate.converter.read.CellType;
import dev.nbmigrate.converter.read.ExecutionContext;
import dev.nbmigrate.converter.read.Kernel;
import dev.nbmigrate.converter.read.KernelKind;
import dev.nbmigrate.converter.read.Language;
import dev.nbmigrate.converter.read.LineMap;
import dev.nbmigrate.converter.read.Notebook;
import dev.nbmigrate.converter.read.NotebookReader;
import dev.nbmigrate.converter.read.PythonVersion;
import dev.nbmigrate.converter.read.SourceFormat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small notebooks for analyser tests, built in memory cell by cell, and the legacy corpus read from disk. */
final class Notebooks {

    static final Kernel PYSPARK3 = new Kernel(KernelKind.PYSPARK3, "pyspark3kernel", "PySpark3", Language.PYTHON,
            PythonVersion.PYTHON_3, ExecutionContext.LIVY, "test");
    static final Kernel PYSPARK2 = new Kernel(KernelKind.PYSPARK, "pysparkkernel", "PySpark", Language.PYTHON,
            PythonVersion.PYTHON_2, ExecutionContext.LIVY, "test");
    static final Kernel DATABRICKS = new Kernel(KernelKind.DATABRICKS, "databricks", "Databricks", Language.PYTHON,
            PythonVersion.PYTHON_3, ExecutionContext.DATABRICKS, "test");
    static final Kernel IPYTHON = new Kernel(KernelKind.IPYTHON, "python3", "Python 3", Language.PYTHON,
            PythonVersion.PYTHON_3, ExecutionContext.NOTEBOOK_SERVER, "test");

    /** The legacy corpus, relative to the converter module. */
    static final Path LEGACY = Path.of("..", "legacy-notebooks");

    private final Kernel kernel;
    private final String name;
    private final List<Cell> cells = new ArrayList<>();

    private Notebooks(Kernel kernel, String name) {
        this.kernel = kernel;
        this.name = name;
    }

    static Notebooks on(Kernel kernel) {
        return new Notebooks(kernel, "test.ipynb");
    }

    static Notebooks on(Kernel kernel, String name) {
        return new Notebooks(kernel, name);
    }

    Notebooks code(String source) {
        return cell(CellType.CODE, source, List.of());
    }

    /** Papermill's parameters cell. */
    Notebooks parameters(String source) {
        return cell(CellType.CODE, source, List.of(Cell.PARAMETERS_TAG));
    }

    Notebooks markdown(String source) {
        return cell(CellType.MARKDOWN, source, List.of());
    }

    private Notebooks cell(CellType type, String source, List<String> tags) {
        int lines = source.isEmpty() ? 0 : (int) source.lines().count();
        cells.add(new Cell(cells.size() + 1, type, source, LineMap.sameLine(lines, 1), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), tags, JsonNodeFactory.instance.objectNode(),
                List.of(), List.of()));
        return this;
    }

    Notebook notebook() {
        return new Notebook(name, SourceFormat.JUPYTER_4, "4.4", kernel, cells, JsonNodeFactory.instance.objectNode(),
                List.of());
    }

    /** Classifies and analyses, without following {@code %run}. */
    Program analyze() {
        return new Analyzer().analyze(CellClassifier.classify(notebook()));
    }

    /** Reads, classifies and analyses a notebook file, following {@code %run} to files next to it. */
    static Program analyze(Path file) throws Exception {
        return new Analyzer(new dev.nbmigrate.converter.assess.FileRunTargets())
                .analyze(CellClassifier.classify(new NotebookReader().read(file, file.toString().replace('\\', '/'))));
    }

    static Program legacy(String name) throws Exception {
        return analyze(LEGACY.resolve(name));
    }
}
