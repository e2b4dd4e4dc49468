package dev.nbmigrate.converter.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostics;
import dev.nbmigrate.converter.diag.Location;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON notebook in one streaming pass: Jupyter (nbformat 4 {@code cells}, nbformat 3 {@code worksheets})
 * or Zeppelin ({@code paragraphs}), whichever the top-level keys say, in any key order.
 */
final class JsonNotebookReader {

    /** The newest nbformat minor version per major version this reader knows. */
    private static final int NEWEST_MINOR_4 = 5;
    private static final int NEWEST_MINOR_3 = 0;

    private final String notebook;
    private final PayloadReader payloads;

    private final List<CellDraft> jupyterCells = new ArrayList<>();
    private final List<CellDraft> paragraphs = new ArrayList<>();
    private boolean hasCells;
    private boolean hasWorksheets;
    private boolean hasParagraphs;
    private JsonNode metadata;
    private final ObjectNode otherFields = JsonSupport.MAPPER.createObjectNode();
    private JsonNode nbformat;
    private int nbformatLine;
    private int nbformatColumn;
    private JsonNode nbformatMinor;

    JsonNotebookReader(String notebook, int textLimit) {
        this.notebook = notebook;
        this.payloads = new PayloadReader(textLimit);
    }

    Notebook read(InputStream input) throws IOException, NotebookReadException {
        try (JsonParser parser = JsonSupport.FACTORY.createParser(input)) {
            JsonCursor cursor = new JsonCursor(parser);
            topLevel(cursor);
        } catch (ShapeException shape) {
            throw new NotebookReadException(notebook, shape.line(), shape.column(), shape.getMessage(), shape);
        }
        if (nbformat != null || hasCells || hasWorksheets) {
            return jupyter();
        }
        if (hasParagraphs) {
            return zeppelin();
        }
        throw new NotebookReadException(notebook, "not a notebook: a JSON object without \"cells\" or "
                + "\"worksheets\" (Jupyter) or \"paragraphs\" (Zeppelin)");
    }

    private void topLevel(JsonCursor cursor) throws IOException, NotebookReadException {
        JsonToken first = cursor.next();
        if (first == null) {
            throw new NotebookReadException(notebook, "the file is empty");
        }
        if (first != JsonToken.START_OBJECT) {
            throw new NotebookReadException(notebook, cursor.line(), cursor.column(),
                    "not a notebook: the file holds a JSON " + (first == JsonToken.START_ARRAY ? "list" : "value")
                            + ", not a Jupyter or Zeppelin notebook object", null);
        }
        JupyterCellReader jupyter = new JupyterCellReader(payloads);
        ZeppelinParagraphReader zeppelin = new ZeppelinParagraphReader(payloads);
        while (cursor.next() == JsonToken.FIELD_NAME) {
            String field = cursor.fieldName();
            cursor.next();
            switch (field) {
                case "cells" -> {
                    hasCells = true;
                    jupyter.cells(cursor, jupyterCells);
                }
                case "worksheets" -> {
                    hasWorksheets = true;
                    jupyter.worksheets(cursor, jupyterCells);
                }
                case "paragraphs" -> {
                    hasParagraphs = true;
                    zeppelin.paragraphs(cursor, paragraphs);
                }
                case "metadata" -> metadata = cursor.tree();
                case "nbformat" -> {
                    nbformatLine = cursor.line();
                    nbformatColumn = cursor.column();
                    nbformat = cursor.tree();
                }
                case "nbformat_minor" -> nbformatMinor = cursor.tree();
                default -> otherFields.set(field, cursor.tree());
            }
        }
        if (cursor.next() != null) {
            throw new NotebookReadException(notebook, cursor.line(), cursor.column(),
                    "not valid JSON: more content after the end of the notebook's JSON object", null);
        }
    }

    private Notebook jupyter() throws NotebookReadException {
        if (nbformat == null) {
            throw new NotebookReadException(notebook, "not a Jupyter notebook: \"nbformat\" is missing");
        }
        if (!nbformat.canConvertToExactIntegral() || !nbformat.isNumber()) {
            throw new NotebookReadException(notebook, nbformatLine, nbformatColumn,
                    "\"nbformat\" must be a number, found " + nbformat, null);
        }
        int major = nbformat.asInt();
        int minor = nbformatMinor != null && nbformatMinor.isIntegralNumber() ? nbformatMinor.asInt() : 0;
        SourceFormat format;
        int newestMinor;
        if (major == 4) {
            if (!hasCells) {
                throw new NotebookReadException(notebook, "nbformat 4 notebook without \"cells\"");
            }
            format = SourceFormat.JUPYTER_4;
            newestMinor = NEWEST_MINOR_4;
        } else if (major == 3) {
            if (!hasWorksheets) {
                throw new NotebookReadException(notebook, "nbformat 3 notebook without \"worksheets\"");
            }
            format = SourceFormat.JUPYTER_3;
            newestMinor = NEWEST_MINOR_3;
        } else {
            throw new NotebookReadException(notebook, nbformatLine, nbformatColumn, "nbformat " + major
                    + " is not supported: nbmigrate reads nbformat 3 and 4", null);
        }
        Diagnostics diagnostics = new Diagnostics();
        if (minor > newestMinor) {
            diagnostics.add(Code.NBM003, Location.ofNotebook(notebook), "nbformat " + major + "." + minor
                    + " is newer than " + major + "." + newestMinor + ", the newest this reader knows");
        }
        JsonNode notebookMetadata = metadata != null && metadata.isObject()
                ? metadata : JsonSupport.MAPPER.createObjectNode();
        List<Cell> cells = cells(jupyterCells, diagnostics);
        Kernel kernel = new KernelDetector(notebook, diagnostics).jupyter(format, notebookMetadata, cells);
        NotebookChecks.executionOrder(notebook, cells, diagnostics);
        NotebookChecks.empty(notebook, cells, diagnostics);
        return new Notebook(notebook, format, major + "." + minor, kernel, cells, notebookMetadata,
                diagnostics.sorted());
    }

    private Notebook zeppelin() {
        Diagnostics diagnostics = new Diagnostics();
        ObjectNode note = otherFields.deepCopy();
        if (metadata != null) {
            note.set("metadata", metadata);
        }
        List<Cell> cells = cells(paragraphs, diagnostics);
        Kernel kernel = new KernelDetector(notebook, diagnostics).zeppelin(note, cells);
        NotebookChecks.empty(notebook, cells, diagnostics);
        String version = note.path("version").asText("");
        return new Notebook(notebook, SourceFormat.ZEPPELIN, version, kernel, cells, note, diagnostics.sorted());
    }

    private List<Cell> cells(List<CellDraft> drafts, Diagnostics diagnostics) {
        NotebookChecks.malformed(notebook, drafts, diagnostics);
        List<Cell> cells = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            cells.add(drafts.get(i).toCell(i + 1));
        }
        return cells;
    }
}
