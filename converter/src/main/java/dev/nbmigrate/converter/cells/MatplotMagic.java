package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * sparkmagic/Livy {@code %matplot plt}: renders the cluster-side matplotlib figure in the notebook.
 *
 * @param span     where it is
 * @param variable the pyplot module's name, usually {@code plt}
 */
public record MatplotMagic(LineSpan span, String variable) implements LineMagic {

    public MatplotMagic {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(variable, "variable");
    }
}
