package dev.nbmigrate.converter.cells;

import java.util.Objects;
import java.util.Optional;

/**
 * sparkmagic {@code %%spark}: the cell's code runs on the cluster in the kernel's language (what a cell without
 * magic does), optionally copying a DataFrame to the notebook server.
 *
 * @param header   the magic's line
 * @param output   {@code -o VAR}: the DataFrame of that name copied to the notebook server as pandas
 * @param sampling how many rows of it were copied ({@code -m}, {@code -n}, {@code -r})
 * @param coerce   {@code -c}, if given
 */
public record SparkMagic(MagicHeader header, Optional<String> output, RowSampling sampling,
                         Optional<Boolean> coerce) implements CellMagic {

    public SparkMagic {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(sampling, "sampling");
        Objects.requireNonNull(coerce, "coerce");
    }
}
