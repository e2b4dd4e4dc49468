package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.read.Cell;
import dev.nbmigrate.converter.read.ExecutionContext;
import dev.nbmigrate.converter.read.Language;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A cell after classification: what it is, in which language, where it ran, its typed cell magic and line
 * magics, and its code with the magics taken out.
 *
 * @param cell       the cell as read (index, source, line map to the file, outputs, tags)
 * @param kind       what the cell is for
 * @param language   the language of {@link #code}
 * @param context    where the code ran in the legacy setup (cluster session or notebook server)
 * @param magic      the cell magic, if the cell has one
 * @param code       the code, line-aligned with the cell's source
 * @param lineMagics the IPython escapes taken out of the code, in line order
 */
public record ClassifiedCell(Cell cell, CellKind kind, Language language, ExecutionContext context,
                             Optional<CellMagic> magic, CellCode code, List<LineMagic> lineMagics) {

    public ClassifiedCell {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(magic, "magic");
        Objects.requireNonNull(code, "code");
        lineMagics = List.copyOf(lineMagics);
    }

    /** The cell's 1-based index, as in diagnostics. */
    public int index() {
        return cell.index();
    }

    /** The names the code could use without defining them (e.g. {@code spark}, {@code sc}, {@code sqlContext}). */
    public SortedSet<String> predefinedGlobals() {
        return context.predefinedGlobals(language);
    }

    /** True when the code ran on the notebook server, not in a Spark driver (so it is not job code). */
    public boolean local() {
        return !context.jobCode();
    }

    /** The cell magic if it is of the given type. */
    public <M extends CellMagic> Optional<M> magic(Class<M> type) {
        return magic.filter(type::isInstance).map(type::cast);
    }

    /** The line magics of the given type. */
    public <M extends LineMagic> List<M> lineMagics(Class<M> type) {
        return lineMagics.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
