package dev.nbmigrate.converter.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookFinderTest {

    @TempDir
    Path root;

    private void write(String relative, String text) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void foldersExpandToTheirNotebooksSortedAndFilesStayAsGiven() throws Exception {
        write("nb/b.ipynb", "{}");
        write("nb/a.ipynb", "{}");
        write("nb/a.expect.json", "{}");
        write("nb/kpi.py", "# Databricks notebook source\nx = 1\n");
        write("nb/helper.py", "x = 1\n");
        write("nb/zeppelin/2F1/note.json", "{}");
        write("nb/data/x.csv", "a\n");

        assertThat(NotebookFinder.find(List.of(Path.of("nb"), Path.of("missing.ipynb")), root)).containsExactly(
                Path.of("nb/a.ipynb"), Path.of("nb/b.ipynb"), Path.of("nb/kpi.py"),
                Path.of("nb/zeppelin/2F1/note.json"), Path.of("missing.ipynb"));
    }

    @Test
    void everyExportDialectTheReaderAcceptsIsFoundAndOnlyThose() throws Exception {
        write("nb/q.sql", "-- Databricks notebook source\nSELECT 1\n");
        write("nb/s.scala", "// Databricks notebook source\nval x = 1\n");
        write("nb/r.r", "# Databricks notebook source\nx <- 1\n");
        write("nb/plain.sql", "SELECT 1\n");
        write("nb/wrong.sql", "# something else\n");

        List<Path> found = NotebookFinder.find(List.of(Path.of("nb")), root);

        assertThat(found).containsExactly(Path.of("nb/q.sql"), Path.of("nb/r.r"), Path.of("nb/s.scala"));
        for (Path notebook : found) {
            assertThat(DatabricksSourceReader.isHeader(Files.readAllLines(root.resolve(notebook)).get(0))).isTrue();
        }
    }

    @Test
    void extensionsMatchInAnyCase() throws Exception {
        write("nb/UPPER.IPYNB", "{}");
        write("nb/Mixed.Zpln", "{}");
        write("nb/Job.PY", "# Databricks notebook source\nx = 1\n");

        assertThat(NotebookFinder.find(List.of(Path.of("nb")), root))
                .containsExactly(Path.of("nb/Job.PY"), Path.of("nb/Mixed.Zpln"), Path.of("nb/UPPER.IPYNB"));
    }

    @Test
    void hiddenFilesAndEveryFileUnderAHiddenFolderAreSkipped() throws Exception {
        write("nb/.ipynb_checkpoints/a-checkpoint.ipynb", "{}");
        write("nb/.git/deep/x.ipynb", "{}");
        write("nb/.hidden.ipynb", "{}");
        write("nb/ok/visible.ipynb", "{}");

        assertThat(NotebookFinder.find(List.of(Path.of("nb")), root)).containsExactly(Path.of("nb/ok/visible.ipynb"));
    }

    @Test
    void aHiddenFolderNamedOnTheCommandLineIsStillSearched() throws Exception {
        write(".work/a.ipynb", "{}");

        assertThat(NotebookFinder.find(List.of(Path.of(".work")), root)).containsExactly(Path.of(".work/a.ipynb"));
    }

    @Test
    void aNotebookNamedTwiceIsListedOnce() throws Exception {
        write("nb/a.ipynb", "{}");

        assertThat(NotebookFinder.find(List.of(Path.of("nb"), Path.of("nb/a.ipynb"), Path.of("nb/../nb")), root))
                .containsExactly(Path.of("nb/a.ipynb"));
    }
}
