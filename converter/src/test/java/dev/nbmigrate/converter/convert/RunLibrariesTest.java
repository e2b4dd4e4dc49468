package dev.nbmigrate.converter.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLibrariesTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return dir.relativize(file);
    }

    @Test
    void aNotebookOthersRunIsALibraryNotAJob() throws IOException {
        Path helpers = write("nb/helpers.py", "# Databricks notebook source\nBASE = 'x'\n");
        Path first = write("nb/first.py", "# Databricks notebook source\n# MAGIC %run ./helpers\n\n"
                + "# COMMAND ----------\n\nprint(BASE)\n");
        Path second = write("nb/second.py", "# Databricks notebook source\n# MAGIC %run ./helpers\n");
        Path alone = write("nb/alone.py", "# Databricks notebook source\nprint(1)\n");

        assertThat(RunLibraries.find(List.of(alone, first, helpers, second), dir))
                .containsOnlyKeys(helpers)
                .containsEntry(helpers, List.of("nb/first.py", "nb/second.py"));
    }

    @Test
    void aNotebookRunButNotInTheBatchIsNotReported() throws IOException {
        write("nb/helpers.py", "# Databricks notebook source\nBASE = 'x'\n");
        Path first = write("nb/first.py", "# Databricks notebook source\n# MAGIC %run ./helpers\n");
        assertThat(RunLibraries.find(List.of(first), dir)).isEmpty();
    }
}
