package dev.nbmigrate.converter.cells;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.nbmigrate.converter.read.Cell;
import dev.nbmigrate.converter.read.CellType;
import dev.nbmigrate.converter.read.ExecutionContext;
import dev.nbmigrate.converter.read.Kernel;
import dev.nbmigrate.converter.read.KernelKind;
import dev.nbmigrate.converter.read.Language;
import dev.nbmigrate.converter.read.LineMap;
import dev.nbmigrate.converter.read.Notebook;
import dev.nbmigrate.converter.read.PythonVersion;
import dev.nbmigrate.converter.read.SourceFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small in-memory notebooks for classifier tests: one code cell per source. */
final class TestNotebooks {

    static final Kernel PYSPARK = new Kernel(KernelKind.PYSPARK3, "pyspark3kernel", "PySpark3", Language.PYTHON,
            PythonVersion.PYTHON_3, ExecutionContext.LIVY, "test");
    static final Kernel PYTHON3 = new Kernel(KernelKind.IPYTHON, "python3", "Python 3", Language.PYTHON,
            PythonVersion.PYTHON_3, ExecutionContext.NOTEBOOK_SERVER, "test");
    static final Kernel SCALA = new Kernel(KernelKind.SPARK, "sparkkernel", "Spark", Language.SCALA,
            PythonVersion.NOT_PYTHON, ExecutionContext.LIVY, "test");

    private TestNotebooks() {
    }

    static Notebook jupyter(Kernel kernel, String... sources) {
        List<Cell> cells = new ArrayList<>();
        for (String source : sources) {
            int lines = source.isEmpty() ? 0 : (int) source.lines().count();
            cells.add(new Cell(cells.size() + 1, CellType.CODE, source, LineMap.sameLine(lines, 1), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                    JsonNodeFactory.instance.objectNode(), List.of(), List.of()));
        }
        return new Notebook("test.ipynb", SourceFormat.JUPYTER_4, "4.4", kernel, cells,
                JsonNodeFactory.instance.objectNode(), List.of());
    }

    /** Classifies one cell on a kernel. */
    static ClassifiedNotebook classify(Kernel kernel, String... sources) {
        return CellClassifier.classify(jupyter(kernel, sources));
    }
}
