package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * sparkmagic {@code %%cleanup [-f]}: deletes all Livy sessions of the endpoint (only with {@code -f}).
 *
 * @param header the magic's line
 * @param force  {@code -f} given; without it sparkmagic did nothing
 */
public record CleanupMagic(MagicHeader header, boolean force) implements CellMagic {

    public CleanupMagic {
        Objects.requireNonNull(header, "header");
    }
}
