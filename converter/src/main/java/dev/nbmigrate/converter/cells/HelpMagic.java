package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * sparkmagic {@code %%help}: shows the magics' help; no effect on data.
 *
 * @param header the magic's line
 */
public record HelpMagic(MagicHeader header) implements CellMagic {

    public HelpMagic {
        Objects.requireNonNull(header, "header");
    }
}
