package dev.nbmigrate.converter.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A cell being read, before it gets its index; the format readers fill it, {@link #toCell} freezes it. */
final class CellDraft {

    CellType type = CellType.CODE;
    String source = "";
    LineMap lines = LineMap.empty();
    Integer executionCount;
    String id;
    String title;
    String languageHint;
    final List<String> tags = new ArrayList<>();
    ObjectNode metadata = JsonSupport.MAPPER.createObjectNode();
    final List<Output> outputs = new ArrayList<>();
    final List<Attachment> attachments = new ArrayList<>();
    /** File line where the cell starts, for findings about the cell itself. */
    int fileLine;
    /** Why the cell does not follow its format, for NBM008; empty when it does. */
    final List<String> problems = new ArrayList<>();

    /** Sets the metadata, taking the tags from {@code metadata.tags}. */
    void metadata(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            problems.add("its metadata is not a JSON object");
            return;
        }
        metadata = object;
        JsonNode tagList = object.get("tags");
        if (tagList != null && tagList.isArray()) {
            tagList.forEach(tag -> {
                if (tag.isTextual()) {
                    tags.add(tag.asText());
                }
            });
        }
    }

    Cell toCell(int index) {
        return new Cell(index, type, source, lines, Optional.ofNullable(executionCount), Optional.ofNullable(id),
                Optional.ofNullable(title), Optional.ofNullable(languageHint), tags, metadata, outputs,
                attachments);
    }
}
