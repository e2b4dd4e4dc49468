package dev.nbmigrate.converter.cells;

import java.util.Objects;
import java.util.Optional;

/**
 * A SQL cell: sparkmagic {@code %%sql}, Databricks {@code %sql}, Zeppelin {@code %livy2.sql}/{@code %sql}. The
 * query is the cell's code.
 *
 * @param header   the magic's line
 * @param output   sparkmagic {@code -o VAR}: the result copied to the notebook server as a pandas DataFrame
 * @param quiet    sparkmagic {@code -q}: no display of the result
 * @param sampling sparkmagic only: how many rows of the result reached the notebook server ({@code -m}, {@code -n},
 *                 {@code -r}); empty for Databricks and Zeppelin
 * @param coerce   sparkmagic {@code -c}: whether pandas column types were coerced, if given
 */
public record SqlMagic(MagicHeader header, Optional<String> output, boolean quiet, Optional<RowSampling> sampling,
                       Optional<Boolean> coerce) implements CellMagic {

    public SqlMagic {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(sampling, "sampling");
        Objects.requireNonNull(coerce, "coerce");
    }
}
