package dev.nbmigrate.converter.cells;

import java.util.Objects;
import java.util.Optional;

/**
 * Any other line magic: known ones without a typed record ({@code %autoreload}, {@code %cd}, {@code %who},
 * {@code %config}...) and unknown ones (reported as {@code NBM012}).
 *
 * @param span       where it is
 * @param name       the magic's name without {@code %}
 * @param arguments  the rest of its line, as written
 * @param assignedTo the variable receiving its result ({@code x = %who_ls}), if any
 * @param known      true for magics IPython or sparkmagic define
 */
public record GenericLineMagic(LineSpan span, String name, String arguments, Optional<String> assignedTo,
                               boolean known) implements LineMagic {

    public GenericLineMagic {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(assignedTo, "assignedTo");
    }
}
