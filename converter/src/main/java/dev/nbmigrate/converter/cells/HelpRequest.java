package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * IPython help: {@code df.join?}, {@code spark??}, {@code ?len}. Exploration only.
 *
 * @param span    where it is
 * @param subject the expression asked about
 */
public record HelpRequest(LineSpan span, String subject) implements LineMagic {

    public HelpRequest {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(subject, "subject");
    }
}
