package dev.nbmigrate.converter.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The notebooks a command line names: files as given, folders expanded (recursively, sorted) to the notebooks in
 * them: Jupyter {@code .ipynb}, Zeppelin {@code note.json} and {@code .zpln}, and Databricks source exports
 * ({@code .py} files starting with {@code # Databricks notebook source}). Expectation files are never notebooks.
 */
final class NotebookFiles {

    private static final String DATABRICKS_HEADER = "# Databricks notebook source";

    private NotebookFiles() {
    }

    /** {@code given} (relative to {@code workingDir} where relative) with folders expanded; order kept, folders sorted. */
    static List<Path> expand(List<Path> given, Path workingDir) {
        List<Path> notebooks = new ArrayList<>();
        for (Path path : given) {
            Path absolute = workingDir.resolve(path).normalize();
            if (!Files.isDirectory(absolute)) {
                notebooks.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(absolute)) {
                walk.filter(Files::isRegularFile).filter(NotebookFiles::isNotebook).sorted()
                        .map(p -> path.resolve(absolute.relativize(p).toString()).normalize())
                        .forEach(notebooks::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return notebooks;
    }

    static boolean isNotebook(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".ipynb") || name.endsWith(".zpln") || name.equals("note.json")) {
            return !file.toString().contains(".ipynb_checkpoints");
        }
        if (name.endsWith(".py")) {
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String first = reader.readLine();
                return first != null && first.strip().equals(DATABRICKS_HEADER);
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }
}
