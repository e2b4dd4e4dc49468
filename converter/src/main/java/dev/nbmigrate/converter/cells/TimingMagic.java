package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * IPython {@code %%time}, {@code %%timeit}, {@code %%prun}: the cell's code runs as usual and is timed or profiled.
 *
 * @param header the magic's line
 */
public record TimingMagic(MagicHeader header) implements CellMagic {

    public TimingMagic {
        Objects.requireNonNull(header, "header");
    }
}
