package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * sparkmagic {@code %%info}: shows the Livy session's settings; no effect on data.
 *
 * @param header the magic's line
 */
public record InfoMagic(MagicHeader header) implements CellMagic {

    public InfoMagic {
        Objects.requireNonNull(header, "header");
    }
}
