package dev.nbmigrate.converter.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one rule for which files of a folder are notebooks, used by every command that takes notebooks or folders
 * of them (convert, assess, bench).
 *
 * <p>A file named on the command line is kept as given (the reader decides whether it is a notebook, and a missing
 * file is kept so the command reports it). A folder is searched recursively, in sorted order, for:
 * <ul>
 *   <li>Jupyter {@code .ipynb} and Zeppelin {@code .zpln} files, and Zeppelin {@code note.json} files;</li>
 *   <li>Databricks source exports: {@code .py}, {@code .sql}, {@code .scala} or {@code .r} files whose first line
 *       is an export header the reader accepts ({@code # Databricks notebook source} and its SQL and Scala
 *       forms).</li>
 * </ul>
 * Extensions match in any case ({@code .IPYNB}). Hidden files and every file under a hidden folder (a name starting
 * with {@code .}, such as {@code .ipynb_checkpoints} or {@code .git}) are skipped. Each notebook is listed once.
 */
public final class NotebookFinder {

    private static final List<String> JSON_EXTENSIONS = List.of(".ipynb", ".zpln");
    private static final String ZEPPELIN_NOTE = "note.json";
    private static final List<String> SOURCE_EXTENSIONS = List.of(".py", ".sql", ".scala", ".r");

    private NotebookFinder() {
    }

    /** {@link #find(List, Path)} relative to the process's working folder. */
    public static List<Path> find(List<Path> given) {
        return find(given, Path.of(""));
    }

    /**
     * The notebooks {@code given} names, relative paths resolved against {@code workingDir}: files as given,
     * folders expanded to the notebooks in them (each named as the folder path as given joined with its relative
     * path); order of {@code given} kept, duplicates dropped.
     *
     * @throws UncheckedIOException when a folder cannot be listed (the message names it)
     */
    public static List<Path> find(List<Path> given, Path workingDir) {
        List<Path> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : given) {
            Path absolute = workingDir.resolve(path).normalize();
            List<Path> found = Files.isDirectory(absolute) ? search(path, absolute) : List.of(path);
            for (Path notebook : found) {
                if (seen.add(workingDir.resolve(notebook).toAbsolutePath().normalize())) {
                    out.add(notebook);
                }
            }
        }
        return out;
    }

    private static List<Path> search(Path asGiven, Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(folder.relativize(p)))
                    .filter(NotebookFinder::isNotebook)
                    .sorted()
                    .map(p -> asGiven.resolve(folder.relativize(p).toString()).normalize())
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot list " + asGiven + ": " + e.getMessage(),
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
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

    /** True for a file a folder search takes as a notebook. */
    public static boolean isNotebook(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.equals(ZEPPELIN_NOTE) || JSON_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
            return true;
        }
        return SOURCE_EXTENSIONS.stream().anyMatch(lower::endsWith) && startsWithExportHeader(file);
    }

    private static boolean startsWithExportHeader(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            if (first != null && first.startsWith("\uFEFF")) {
                first = first.substring(1);
            }
            return first != null && DatabricksSourceReader.isHeader(first);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
