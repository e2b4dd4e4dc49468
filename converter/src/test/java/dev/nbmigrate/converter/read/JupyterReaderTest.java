package dev.nbmigrate.converter.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nbmigrate.converter.diag.Code;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** Jupyter nbformat 4 and 3 notebooks: cells, sources, line maps, outputs and metadata. */
class JupyterReaderTest {

    @Test
    void readsSparkmagicNotebookWithListSources() throws Exception {
        Notebook notebook = NotebookFixtures.read("pyspark_hdi36_py2.ipynb");

        assertThat(notebook.name()).isEqualTo("pyspark_hdi36_py2.ipynb");
        assertThat(notebook.format()).isEqualTo(SourceFormat.JUPYTER_4);
        assertThat(notebook.formatVersion()).isEqualTo("4.2");
        assertThat(notebook.cells()).extracting(Cell::type).containsExactly(CellType.MARKDOWN, CellType.CODE,
                CellType.CODE, CellType.CODE, CellType.CODE, CellType.CODE, CellType.CODE, CellType.CODE);
        assertThat(notebook.cells()).extracting(Cell::index).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);

        Cell read = notebook.cell(3);
        assertThat(read.sourceLines()).containsExactly(
                "from pyspark.sql import functions as F",
                "",
                "raw = spark.read.csv(\"wasbs://sales@contosodata.blob.core.windows.net/raw/2017/\", header=True)",
                "print \"rows read:\", raw.count()");
        assertThat(read.executionCount()).contains(2);
        // Each source line is its own JSON line in the file, from line 44 on.
        assertThat(read.lines().lineCount()).isEqualTo(4);
        assertThat(read.lines().fileLine(1)).isEqualTo(44);
        assertThat(read.lines().fileLine(4)).isEqualTo(47);
        assertThat(read.lines().fileLine(5)).isZero();
        assertThat(read.lines().columnsKnown()).isFalse();
        assertThat(read.lines().fileColumn(1, 1)).isZero();
    }

    @Test
    void keepsOutputsSmall() throws Exception {
        Notebook notebook = NotebookFixtures.read("pyspark_hdi36_py2.ipynb");

        assertThat(notebook.cell(3).outputs()).singleElement().isEqualTo(
                new StreamOutput("stdout", new Payload("text/plain", Payload.Kind.TEXT, "rows read: 1048576\n", 19)));
        DisplayOutput plot = (DisplayOutput) notebook.cell(6).outputs().get(0);
        assertThat(plot.resultValue()).isFalse();
        Payload image = plot.payload("image/png").orElseThrow();
        assertThat(image.kind()).isEqualTo(Payload.Kind.BINARY);
        assertThat(image.text()).isEmpty();
        assertThat(image.truncated()).isTrue();
        // 100 base64 characters, the escaped newline, quotes, comma and the next line's indentation.
        assertThat(image.size()).isBetween(104L, 120L);
        assertThat(plot.payload("text/plain")).map(Payload::text).contains("<matplotlib.figure.Figure at 0x7f>");
        assertThat(notebook.cell(8).outputs()).singleElement().isEqualTo(new ErrorOutput("AnalysisException",
                "u'Database sales not found;'",
                List.of("Traceback (most recent call last):\n", "AnalysisException: u'Database sales not found;'")));
    }

    @Test
    void readsStringSourcesTagsAndWidgetOutputs() throws Exception {
        Notebook notebook = NotebookFixtures.read("pyspark3_sales.ipynb");

        Cell parameters = notebook.cell(1);
        assertThat(parameters.isParameters()).isTrue();
        assertThat(parameters.tags()).containsExactly("parameters");
        assertThat(parameters.source()).isEqualTo("run_date = \"2019-06-30\"\n"
                + "input_path = \"abfss://raw@contosolake.dfs.core.windows.net/sales\"");
        // A source saved as one string is on one JSON line: both cell lines map to it.
        assertThat(parameters.lines().fileLine(1)).isEqualTo(12);
        assertThat(parameters.lines().fileLine(2)).isEqualTo(12);
        assertThat(notebook.cell(2).isParameters()).isFalse();

        DisplayOutput widget = (DisplayOutput) notebook.cell(2).outputs().get(0);
        assertThat(widget.data()).containsExactly(
                new Payload("application/vnd.jupyter.widget-view+json", Payload.Kind.JSON,
                        "{\"model_id\":\"4f1b\",\"version_major\":2,\"version_minor\":0}", 55),
                new Payload("text/plain", Payload.Kind.TEXT, "VBox()", 6));
        JsonNode metadata = notebook.metadata();
        assertThat(metadata.path("papermill").path("parameters").path("run_date").asText()).isEqualTo("2019-06-30");
    }

    @Test
    void metadataIsCopiedOnAccess() throws Exception {
        Notebook notebook = NotebookFixtures.read("pyspark3_sales.ipynb");

        ((com.fasterxml.jackson.databind.node.ObjectNode) notebook.metadata()).put("changed", true);
        ((com.fasterxml.jackson.databind.node.ObjectNode) notebook.cell(1).metadata()).put("changed", true);

        assertThat(notebook.metadata().has("changed")).isFalse();
        assertThat(notebook.cell(1).metadata().has("changed")).isFalse();
    }

    @Test
    void decodesJsonEscapesExactlyOnce() throws Exception {
        Notebook notebook = NotebookFixtures.read("broken/escapes.ipynb");

        // The JSON escape for a line feed (backslash, u, 000a) is a line break; "a\\nb" in JSON is a backslash and
        // an n in the Python code; an escaped CR LF is one line end; an escaped backslash-u00e9 stays a Python escape
        // while the escaped e-acute is the character itself.
        assertThat(notebook.cell(1).source()).isEqualTo(
                "first = 1\nsecond = \"a\\nb\"\nthird = '\\u00e9' + \"\u00e9\" + \"\\\\\"");
        assertThat(notebook.cell(1).sourceLines()).hasSize(3);
        assertThat(notebook.diagnostics()).isEmpty();
    }

    @Test
    void readsNbformat3Worksheets() throws Exception {
        Notebook notebook = NotebookFixtures.read("v3_python2.ipynb");

        assertThat(notebook.format()).isEqualTo(SourceFormat.JUPYTER_3);
        assertThat(notebook.formatVersion()).isEqualTo("3.0");
        assertThat(notebook.cells()).extracting(Cell::type)
                .containsExactly(CellType.MARKDOWN, CellType.CODE, CellType.CODE, CellType.MARKDOWN);
        assertThat(notebook.cell(1).source()).isEqualTo("## Click-through report");
        Cell code = notebook.cell(3);
        assertThat(code.sourceLines()).containsExactly("try:", "    total = clicks.count()", "except Exception, e:",
                "    total = 0L", "total");
        assertThat(code.executionCount()).contains(2);
        assertThat(code.languageHint()).contains("python");
        assertThat(code.metadata().path("collapsed").asBoolean(true)).isFalse();
        assertThat(code.lines().fileLine(1)).isEqualTo(36);

        List<Output> outputs = code.outputs();
        assertThat(outputs).hasSize(4);
        assertThat(outputs.get(0)).isEqualTo(new DisplayOutput(true, Optional.of(2),
                List.of(new Payload("text/plain", Payload.Kind.TEXT, "48213L", 6))));
        assertThat(outputs.get(1)).asInstanceOf(type(DisplayOutput.class))
                .satisfies(png -> assertThat(png.payload("image/png")).get()
                        .extracting(Payload::kind).isEqualTo(Payload.Kind.BINARY));
        assertThat(outputs.get(2)).isEqualTo(new ErrorOutput("NameError", "name 'x' is not defined",
                List.of("NameError")));
        assertThat(outputs.get(3)).isEqualTo(new StreamOutput("stdout",
                new Payload("text/plain", Payload.Kind.TEXT, "done\n", 5)));
        assertThat(notebook.metadata().path("signature").asText()).isEqualTo("sha256:0f2a");
    }

    @Test
    void keepsMalformedCellsAndReportsThem() throws Exception {
        Notebook notebook = NotebookFixtures.read("broken/malformed_cells.ipynb");

        assertThat(notebook.cells()).extracting(Cell::type)
                .containsExactly(CellType.CODE, CellType.RAW, CellType.RAW, CellType.CODE);
        assertThat(notebook.cell(1).source()).isEqualTo("df = spark.table('t')");
        assertThat(notebook.cell(2).source()).isEqualTo("?");
        assertThat(notebook.cell(3).metadata().path("nbmigrate.malformed").asInt()).isEqualTo(42);
        assertThat(notebook.diagnostics()).extracting(d -> d.code(), d -> d.location().cell(), d -> d.message())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Code.NBM008, 1,
                                "cell 1 (file line 3) does not follow the format: it has no \"cell_type\"; read as a"
                                        + " code cell"),
                        org.assertj.core.groups.Tuple.tuple(Code.NBM008, 2,
                                "cell 2 (file line 7) does not follow the format: its cell_type \"widget\" is"
                                        + " unknown; read as a raw cell"),
                        org.assertj.core.groups.Tuple.tuple(Code.NBM008, 3,
                                "cell 3 (file line 12) does not follow the format: it is not a JSON object"),
                        org.assertj.core.groups.Tuple.tuple(Code.NBM008, 4,
                                "cell 4 (file line 13) does not follow the format: its \"source\" is neither a"
                                        + " string nor a list of strings"));
    }

    @Test
    void readsAttachmentsOfMarkdownCells(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("with_attachment.ipynb");
        java.nio.file.Files.writeString(file, """
                {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["![arch](attachment:arch.png)"],
                  "attachments": {"arch.png": {"image/png": "iVBORw0KGgo=", "text/plain": "architecture"}}}],
                 "metadata": {"widgets": {"application/vnd.jupyter.widget-state+json": {"state": {}}}},
                 "nbformat": 4, "nbformat_minor": 5}
                """);

        Notebook notebook = new NotebookReader().read(file, "with_attachment.ipynb");

        Attachment attachment = notebook.cell(1).attachments().get(0);
        assertThat(attachment.name()).isEqualTo("arch.png");
        assertThat(attachment.data()).extracting(Payload::mimeType, Payload::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("image/png", Payload.Kind.BINARY),
                org.assertj.core.groups.Tuple.tuple("text/plain", Payload.Kind.TEXT));
        assertThat(notebook.metadata().path("widgets").has("application/vnd.jupyter.widget-state+json")).isTrue();
    }

    @Test
    void readingTwiceGivesEqualModels() throws Exception {
        assertThat(NotebookFixtures.read("pyspark_hdi36_py2.ipynb"))
                .isEqualTo(NotebookFixtures.read("pyspark_hdi36_py2.ipynb"));
    }
}
