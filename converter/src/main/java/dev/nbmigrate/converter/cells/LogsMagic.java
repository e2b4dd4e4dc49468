package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * sparkmagic {@code %%logs}: shows the Livy session's log; no effect on data.
 *
 * @param header the magic's line
 */
public record LogsMagic(MagicHeader header) implements CellMagic {

    public LogsMagic {
        Objects.requireNonNull(header, "header");
    }
}
