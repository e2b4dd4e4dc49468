package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * IPython {@code %%writefile [-a] PATH}: the cell's text is written to a file on the notebook server (often a
 * script or a config later used by other cells).
 *
 * @param header the magic's line
 * @param path   the file written; empty when missing
 * @param append {@code -a}: appended instead of overwritten
 */
public record WriteFileMagic(MagicHeader header, String path, boolean append) implements CellMagic {

    public WriteFileMagic {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(path, "path");
    }
}
