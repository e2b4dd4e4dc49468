package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookFilesTest {

    @TempDir
    Path root;

    @Test
    void foldersExpandToTheirNotebooksSortedAndFilesStayAsGiven() throws Exception {
        Files.createDirectories(root.resolve("nb/zeppelin/2F1"));
        Files.createDirectories(root.resolve("nb/.ipynb_checkpoints"));
        Files.createDirectories(root.resolve("nb/data"));
        Files.writeString(root.resolve("nb/b.ipynb"), "{}");
        Files.writeString(root.resolve("nb/a.ipynb"), "{}");
        Files.writeString(root.resolve("nb/a.expect.json"), "{}");
        Files.writeString(root.resolve("nb/kpi.py"), "# Databricks notebook source\nx = 1\n");
        Files.writeString(root.resolve("nb/helper.py"), "x = 1\n");
        Files.writeString(root.resolve("nb/zeppelin/2F1/note.json"), "{}");
        Files.writeString(root.resolve("nb/.ipynb_checkpoints/a-checkpoint.ipynb"), "{}");
        Files.writeString(root.resolve("nb/data/x.csv"), "a\n");

        assertThat(NotebookFiles.expand(List.of(Path.of("nb"), Path.of("missing.ipynb")), root)).containsExactly(
                Path.of("nb/a.ipynb"), Path.of("nb/b.ipynb"), Path.of("nb/kpi.py"), Path.of("nb/zeppelin/2F1/note.json"),
                Path.of("missing.ipynb"));
    }
}
