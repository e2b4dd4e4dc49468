package dev.nbmigrate.converter.assess;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Turns the paths a user gives into the notebooks to assess: a file is taken as given (the reader decides whether
 * it is a notebook); a folder is searched, recursively and in sorted order, for {@code .ipynb} and {@code .zpln}
 * files, Zeppelin {@code note.json} files and Databricks source exports ({@code .py}, {@code .sql},
 * {@code .scala}, {@code .r} starting with {@code Databricks notebook source}). Hidden files and folders (such as
 * {@code .ipynb_checkpoints}) are skipped. A path that does not exist is kept, so that the batch reports it.
 */
public final class NotebookFinder {

    private NotebookFinder() {
    }

    /** The notebooks, each named by its path as given (folder paths joined with {@code /}), without duplicates. */
    public static List<Path> find(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                for (Path found : search(path)) {
                    if (seen.add(found.normalize().toString())) {
                        out.add(found);
                    }
                }
            } else if (seen.add(path.normalize().toString())) {
                out.add(path);
            }
        }
        return out;
    }

    private static List<Path> search(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(folder.relativize(p)))
                    .filter(NotebookFinder::notebook)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** True for the file kinds a folder search picks up. */
    static boolean notebook(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ipynb") || lower.endsWith(".zpln") || name.equals("note.json")) {
            return true;
        }
        if (lower.endsWith(".py") || lower.endsWith(".sql") || lower.endsWith(".scala") || lower.endsWith(".r")) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String first = reader.readLine();
                return first != null && first.strip().endsWith("Databricks notebook source");
            } catch (IOException | UncheckedIOException e) {
                return false;
            }
        }
        return false;
    }
}
