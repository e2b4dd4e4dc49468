package dev.nbmigrate.converter.model;

import java.util.Objects;

/**
 * The notebook a job was made from, as recorded in {@code migration.json}: its path (relative to the folder the
 * converter ran in, forward slashes), the SHA-256 of its bytes, its format and kernel, and its number of cells.
 */
public record NotebookSource(String path, String sha256, String format, String kernel, int cellCount) {

    public NotebookSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(kernel, "kernel");
    }
}
