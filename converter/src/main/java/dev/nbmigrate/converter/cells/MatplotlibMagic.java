package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * {@code %matplotlib [backend]}: sets up plotting in the notebook; a sign the cell or notebook plots.
 *
 * @param span    where it is
 * @param backend e.g. {@code inline}; empty when not given
 */
public record MatplotlibMagic(LineSpan span, String backend) implements LineMagic {

    public MatplotlibMagic {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(backend, "backend");
    }
}
