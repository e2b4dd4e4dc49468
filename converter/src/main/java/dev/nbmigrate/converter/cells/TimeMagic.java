package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * {@code %time stmt} or {@code %timeit stmt}: the statement runs (and is timed). The classifier keeps the
 * statement in the code at the same line, shifted left by the magic's width (see {@code CellCode#columnOffset}).
 *
 * @param span      where it is
 * @param name      {@code time} or {@code timeit}
 * @param statement the timed statement, kept in the code
 */
public record TimeMagic(LineSpan span, String name, String statement) implements LineMagic {

    public TimeMagic {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(statement, "statement");
    }
}
