package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * sparkmagic {@code %%pretty}: runs the cell on the cluster and shows DataFrame text output as HTML tables.
 *
 * @param header the magic's line
 */
public record PrettyMagic(MagicHeader header) implements CellMagic {

    public PrettyMagic {
        Objects.requireNonNull(header, "header");
    }
}
