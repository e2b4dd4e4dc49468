package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.read.Notebook;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link CellClassifier#classify}: every cell of a notebook classified, in notebook order.
 *
 * @param notebook    the notebook as read
 * @param cells       the classified cells; {@code cells().get(i).index() == i + 1}
 * @param diagnostics findings of classification only (bad magic options, unknown magics...), sorted; the
 *                    reader's own are in {@code notebook().diagnostics()}
 */
public record ClassifiedNotebook(Notebook notebook, List<ClassifiedCell> cells, List<Diagnostic> diagnostics) {

    public ClassifiedNotebook {
        Objects.requireNonNull(notebook, "notebook");
        cells = List.copyOf(cells);
        diagnostics = diagnostics.stream().sorted().toList();
    }

    /** The cell with a 1-based index. */
    public ClassifiedCell cell(int index) {
        return cells.get(index - 1);
    }

    /** The cells of one kind, in order. */
    public List<ClassifiedCell> cells(CellKind kind) {
        return cells.stream().filter(cell -> cell.kind() == kind).toList();
    }

    /** Every {@code -o} copy from the cluster to the notebook server, in notebook order. */
    public List<DriverCopy> driverCopies() {
        return cells.stream().flatMap(cell -> driverCopy(cell).stream()).toList();
    }

    /** The latest copy to {@code variable} made before the cell with index {@code beforeCell}, if any. */
    public Optional<DriverCopy> driverCopyOf(String variable, int beforeCell) {
        return driverCopies().stream()
                .filter(copy -> copy.variable().equals(variable) && copy.cell() < beforeCell)
                .reduce((first, second) -> second);
    }

    private static Optional<DriverCopy> driverCopy(ClassifiedCell cell) {
        if (cell.magic().isEmpty()) {
            return Optional.empty();
        }
        CellMagic magic = cell.magic().get();
        if (magic instanceof SqlMagic sql && sql.output().isPresent() && sql.sampling().isPresent()) {
            return Optional.of(new DriverCopy(sql.output().get(), cell.index(), sql.header().line(),
                    sql.sampling().get()));
        }
        if (magic instanceof SparkMagic spark && spark.output().isPresent()) {
            return Optional.of(new DriverCopy(spark.output().get(), cell.index(), spark.header().line(),
                    spark.sampling()));
        }
        return Optional.empty();
    }
}
