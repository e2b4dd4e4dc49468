package dev.nbmigrate.converter.read;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell as saved in the notebook file, before classification.
 *
 * <p>The source is the cell's text exactly as stored, JSON escapes decoded once, with line ends normalised to
 * {@code \n}. For Databricks exports, {@code # MAGIC } prefixes are removed (the line map keeps the columns) and
 * the {@code # DBTITLE} line becomes the {@link #title}; Zeppelin paragraphs keep their interpreter prefix
 * ({@code %livy2.pyspark}) as the first line, as the classifier reads it.
 *
 * @param index          1-based position in the notebook, the {@code cell} of every diagnostic {@code Location}
 * @param type           code, Markdown or raw, as saved
 * @param source         the source text
 * @param lines          maps the source's lines back to the file's lines
 * @param executionCount Jupyter's {@code execution_count} (nbformat 3 {@code prompt_number}), if the cell ran
 * @param id             the cell's id (nbformat 4.5 {@code id}, Zeppelin paragraph id), if any
 * @param title          a title shown above the cell (Databricks {@code DBTITLE}, Zeppelin paragraph title), if any
 * @param languageHint   the language the file states for this cell (nbformat 3 {@code language}, Zeppelin
 *                       {@code config.editorSetting.language}), if any; the classifier decides the real one
 * @param tags           the cell's tags ({@code metadata.tags}), e.g. papermill's {@code parameters}
 * @param metadata       the cell's metadata as saved (Zeppelin: the paragraph's fields other than text and
 *                       results); a copy is returned on access
 * @param outputs        the saved outputs
 * @param attachments    attached files of Markdown and raw cells
 */
public record Cell(int index, CellType type, String source, LineMap lines, Optional<Integer> executionCount,
                   Optional<String> id, Optional<String> title, Optional<String> languageHint, List<String> tags,
                   JsonNode metadata, List<Output> outputs, List<Attachment> attachments) {

    /** The tag papermill uses to mark the cell that holds a notebook's parameters. */
    public static final String PARAMETERS_TAG = "parameters";

    public Cell {
        if (index < 1) {
            throw new IllegalArgumentException("cell index is 1-based: " + index);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(executionCount, "executionCount");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(languageHint, "languageHint");
        tags = List.copyOf(tags);
        metadata = metadata.deepCopy();
        outputs = List.copyOf(outputs);
        attachments = List.copyOf(attachments);
    }

    /** A copy of the cell's metadata. */
    @Override
    public JsonNode metadata() {
        return metadata.deepCopy();
    }

    /** The source's lines; {@code lines().get(i)} is line {@code i + 1}. An empty source has no lines. */
    public List<String> sourceLines() {
        return SourceText.lines(source);
    }

    /** True when the cell has the tag. */
    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    /** True for papermill's parameters cell (tag {@value #PARAMETERS_TAG}). */
    public boolean isParameters() {
        return hasTag(PARAMETERS_TAG);
    }

    /** True when the source is empty or only whitespace. */
    public boolean isBlank() {
        return source.isBlank();
    }
}
