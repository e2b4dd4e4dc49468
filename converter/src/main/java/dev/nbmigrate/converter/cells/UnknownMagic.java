package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * A cell magic nbmigrate does not know; the cell is reported, not translated.
 *
 * @param header the magic's line
 */
public record UnknownMagic(MagicHeader header) implements CellMagic {

    public UnknownMagic {
        Objects.requireNonNull(header, "header");
    }
}
