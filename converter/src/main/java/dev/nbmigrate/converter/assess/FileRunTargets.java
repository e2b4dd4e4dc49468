package dev.nbmigrate.converter.assess;

import dev.nbmigrate.converter.analyze.RunTargets;
import dev.nbmigrate.converter.cells.CellClassifier;
import dev.nbmigrate.converter.read.NotebookReadException;
import dev.nbmigrate.converter.read.NotebookReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the notebook a {@code %run} names as a file next to the notebook that runs it: the path as written, or
 * with {@code .ipynb} / {@code .py} added (Databricks writes {@code %run ./utils}). The name of a notebook found
 * is its normalised path, the same whichever notebook runs it.
 */
public final class FileRunTargets implements RunTargets {

    private static final List<String> EXTENSIONS = List.of("", ".ipynb", ".py", ".zpln");

    private final Path workingDir;

    /** Notebooks named relative to the process's working folder. */
    public FileRunTargets() {
        this(Path.of(""));
    }

    /** Notebooks named relative to {@code workingDir}; found notebooks keep names relative to it. */
    public FileRunTargets(Path workingDir) {
        this.workingDir = workingDir.toAbsolutePath();
    }

    @Override
    public Resolution resolve(String from, String target) {
        if (target.isBlank()) {
            return new Missing(target, "no notebook named after %run");
        }
        Path base = workingDir.resolve(from).getParent();
        Path written = base == null ? Path.of(target) : base.resolve(target);
        for (String extension : EXTENSIONS) {
            Path candidate = Path.of(written.normalize() + extension);
            if (Files.isRegularFile(candidate)) {
                String name = display(from, target + extension);
                try {
                    return new Found(name, CellClassifier.classify(new NotebookReader().read(candidate, name)));
                } catch (NotebookReadException e) {
                    return new Missing(name, "cannot read it: " + e.reason());
                }
            }
        }
        return new Missing(display(from, target), "no such notebook next to " + from);
    }

    /** The target's path relative to where the user's paths start: the including notebook's folder plus target. */
    private static String display(String from, String target) {
        Path parent = Path.of(from).getParent();
        Path joined = parent == null ? Path.of(target) : parent.resolve(target);
        return joined.normalize().toString().replace('\\', '/');
    }
}
