package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * A cell of shell commands: IPython {@code %%bash}, {@code %%sh}, {@code %%script bash}, Databricks {@code %sh},
 * Zeppelin {@code %sh}. The commands are the cell's code.
 *
 * @param header the magic's line
 * @param shell  the interpreter, e.g. {@code bash}, {@code sh}
 */
public record ShellMagic(MagicHeader header, String shell) implements CellMagic {

    public ShellMagic {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(shell, "shell");
    }
}
