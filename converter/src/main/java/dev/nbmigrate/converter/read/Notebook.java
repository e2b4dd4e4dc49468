package dev.nbmigrate.converter.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nbmigrate.converter.diag.Diagnostic;

import java.util.List;
import java.util.Objects;

/**
 * A notebook as read from its file, whatever the format: the result of {@link NotebookReader#read}.
 *
 * @param name          the notebook's name as the user gave it (the path as passed to the reader): the
 *                      {@code notebook} of every diagnostic {@code Location}
 * @param format        the format the file was in, decided by content
 * @param formatVersion the format's version as saved: {@code "4.5"}, {@code "3.0"} for Jupyter, the Zeppelin
 *                      version for {@code .zpln} notes (e.g. {@code "0.10.1"}); empty when the format has none
 * @param kernel        the kernel and language the notebook was written for
 * @param cells         the cells in notebook order; cell {@code i} has {@code index() == i + 1}
 * @param metadata      the notebook's metadata as saved (Jupyter {@code metadata}; Zeppelin: the note's fields
 *                      other than paragraphs; Databricks: empty); a copy is returned on access
 * @param diagnostics   findings about readable-but-odd input (codes {@code NBM0xx}), sorted
 */
public record Notebook(String name, SourceFormat format, String formatVersion, Kernel kernel, List<Cell> cells,
                       JsonNode metadata, List<Diagnostic> diagnostics) {

    public Notebook {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(formatVersion, "formatVersion");
        Objects.requireNonNull(kernel, "kernel");
        cells = List.copyOf(cells);
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).index() != i + 1) {
                throw new IllegalArgumentException("cell " + (i + 1) + " has index " + cells.get(i).index());
            }
        }
        metadata = metadata.deepCopy();
        diagnostics = diagnostics.stream().sorted().toList();
    }

    /** A copy of the notebook's metadata. */
    @Override
    public JsonNode metadata() {
        return metadata.deepCopy();
    }

    /** The cell with a 1-based index. */
    public Cell cell(int index) {
        return cells.get(index - 1);
    }
}
