package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * sparkmagic {@code %%local}: the cell's code is plain Python run on the notebook server, not on the cluster. Such cells often plot data copied by {@code %%sql -o}.
 *
 * @param header the magic's line
 */
public record LocalMagic(MagicHeader header) implements CellMagic {

    public LocalMagic {
        Objects.requireNonNull(header, "header");
    }
}
