package dev.nbmigrate.converter.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Databricks source exports: commands, MAGIC prefixes, titles, and file lines and columns. */
class DatabricksSourceReaderTest {

    @Test
    void splitsCommandsAndStripsMagicPrefixes() throws Exception {
        Notebook notebook = NotebookFixtures.read("databricks_export.py");

        assertThat(notebook.format()).isEqualTo(SourceFormat.DATABRICKS_SOURCE);
        assertThat(notebook.formatVersion()).isEmpty();
        assertThat(notebook.cells()).hasSize(9).allSatisfy(cell -> assertThat(cell.type()).isEqualTo(CellType.CODE));
        assertThat(notebook.cell(1).source())
                .isEqualTo("%md\n# Orders ETL\nMigrated from HDInsight; reads the orders landed by ADF.");
        assertThat(notebook.cell(2).source()).isEqualTo("%run ./shared/config $env=\"prod\"");
        assertThat(notebook.cell(4).sourceLines()).containsExactly("%sql", "SELECT order_date, sum(amount) AS total",
                "FROM orders", "", "GROUP BY order_date");
        assertThat(notebook.cell(8).source()).isEqualTo("%pip install great-expectations==0.15.50");
    }

    @Test
    void mapsLinesAndColumnsToTheFile() throws Exception {
        Notebook notebook = NotebookFixtures.read("databricks_export.py");

        LineMap markdown = notebook.cell(1).lines();
        assertThat(markdown.firstFileLine()).isEqualTo(2);
        assertThat(markdown.fileLine(3)).isEqualTo(4);
        assertThat(markdown.columnsKnown()).isTrue();
        // "# MAGIC " is 8 characters: column 1 of the cell is column 9 of the file.
        assertThat(markdown.fileColumn(2, 1)).isEqualTo(9);

        LineMap sql = notebook.cell(4).lines();
        assertThat(sql.fileLine(1)).isEqualTo(19);
        // The empty "# MAGIC" line (no trailing space) is 7 characters.
        assertThat(sql.fileLine(4)).isEqualTo(22);
        assertThat(sql.fileColumn(4, 1)).isEqualTo(8);

        LineMap python = notebook.cell(3).lines();
        assertThat(python.fileLine(1)).isEqualTo(13);
        assertThat(python.fileColumn(2, 5)).isEqualTo(5);
    }

    @Test
    void takesTitlesFromDbtitleLines() throws Exception {
        Notebook notebook = NotebookFixtures.read("databricks_export.py");

        assertThat(notebook.cell(3).title()).contains("Load orders");
        assertThat(notebook.cell(3).metadata().path("showTitle").asBoolean()).isTrue();
        assertThat(notebook.cell(4).title()).contains("Daily totals");
        assertThat(notebook.cell(4).metadata().path("showTitle").asBoolean()).isFalse();
        assertThat(notebook.cell(1).title()).isEmpty();
    }

    @Test
    void sqlExportsAreSqlNotebooks() throws Exception {
        Notebook notebook = NotebookFixtures.read("databricks_sql_export.sql");

        assertThat(notebook.kernel().language()).isEqualTo(Language.SQL);
        assertThat(notebook.cell(1).sourceLines()).containsExactly("CREATE TABLE IF NOT EXISTS sales.daily AS",
                "SELECT order_date, sum(amount) AS total FROM sales.orders GROUP BY order_date");
        assertThat(notebook.cell(2).source()).isEqualTo("%python\nprint(spark.table(\"sales.daily\").count())");
        // "-- MAGIC " is 9 characters.
        assertThat(notebook.cell(2).lines().fileColumn(2, 1)).isEqualTo(10);
    }

    @Test
    void formatIsDecidedByContentNotExtension(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("exported_notebook.txt");
        Files.writeString(file, "\uFEFF# Databricks notebook source\r\nx = 1\r\n\r\n# COMMAND ----------\r\n\r\ny = 2\r\n");

        Notebook notebook = new NotebookReader().read(file, "exported_notebook.txt");

        assertThat(notebook.format()).isEqualTo(SourceFormat.DATABRICKS_SOURCE);
        assertThat(notebook.cells()).extracting(Cell::source).containsExactly("x = 1", "y = 2");
        assertThat(notebook.cell(2).lines().firstFileLine()).isEqualTo(6);
    }

    @Test
    void rNotebooksAreRecognisedByExtension(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.r");
        Files.writeString(file, "# Databricks notebook source\nlibrary(SparkR)\n");

        assertThat(new NotebookReader().read(file, "model.r").kernel().language()).isEqualTo(Language.R);
    }

    @Test
    void headerOnlyExportHasNoCells(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("blank.py");
        Files.writeString(file, "# Databricks notebook source\n\n");

        Notebook notebook = new NotebookReader().read(file, "blank.py");

        assertThat(notebook.cells()).isEmpty();
        assertThat(notebook.diagnostics()).extracting(d -> d.code().id()).containsExactly("NBM005");
    }
}
