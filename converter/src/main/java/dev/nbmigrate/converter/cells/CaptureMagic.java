package dev.nbmigrate.converter.cells;

import java.util.Objects;
import java.util.Optional;

/**
 * IPython {@code %%capture [VAR]}: the cell's code runs as usual, its output is captured (into VAR if given).
 *
 * @param header   the magic's line
 * @param variable the variable receiving the captured output
 */
public record CaptureMagic(MagicHeader header, Optional<String> variable) implements CellMagic {

    public CaptureMagic {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(variable, "variable");
    }
}
