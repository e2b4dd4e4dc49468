package dev.nbmigrate.converter.convert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where things are for a conversion run: everything is resolved against the working folder (the project root, where
 * {@code mvnw} and the parent {@code pom.xml} are), and paths recorded in generated files are relative to it with
 * forward slashes, so the output is the same on every machine.
 */
public record ProjectPaths(Path workingDir) {

    public ProjectPaths {
        workingDir = workingDir.toAbsolutePath().normalize();
    }

    /** {@code path} resolved against the working folder. */
    public Path resolve(Path path) {
        return workingDir.resolve(path).normalize();
    }

    /** {@code path} as generated files record it: relative to the working folder when inside it, forward slashes. */
    public String display(Path path) {
        Path absolute = resolve(path);
        Path shown = absolute.startsWith(workingDir) ? workingDir.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }

    /**
     * The folder that paths of notebooks outside the working folder are shown relative to: the deepest folder
     * holding all of them (the input folder given), so no generated file records where a user's files are on
     * their machine; {@code null} when every notebook is inside the working folder.
     */
    public Path outsideBase(List<Path> notebooks) {
        Path base = null;
        for (Path notebook : notebooks) {
            Path absolute = resolve(notebook);
            if (absolute.startsWith(workingDir) || absolute.getParent() == null) {
                continue;
            }
            Path folder = absolute.getParent();
            if (base == null) {
                base = folder;
            } else {
                while (!folder.startsWith(base)) {
                    base = base.getParent();
                }
            }
        }
        return base;
    }

    /**
     * The sample data folder of {@code notebook}: the first {@code data} folder in the notebook's folder or one of
     * its parents, up to the working folder.
     */
    public Optional<Path> findDataRoot(Path notebook) {
        Path folder = resolve(notebook).getParent();
        while (folder != null) {
            Path data = folder.resolve("data");
            if (Files.isDirectory(data)) {
                return Optional.of(data);
            }
            if (folder.equals(workingDir) || !folder.startsWith(workingDir)) {
                break;
            }
            folder = folder.getParent();
        }
        return Optional.empty();
    }
}
