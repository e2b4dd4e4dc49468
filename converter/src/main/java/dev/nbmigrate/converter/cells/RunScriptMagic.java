package dev.nbmigrate.converter.cells;

import java.util.List;
import java.util.Objects;

/**
 * IPython {@code %run [-i] path [args]}: runs another notebook or script, whose definitions become globals of
 * this notebook.
 *
 * @param span        where it is
 * @param target      the notebook or script path as written; empty when missing
 * @param arguments   arguments passed to it
 * @param interactive {@code -i}: it ran in this notebook's namespace (seeing its globals)
 */
public record RunScriptMagic(LineSpan span, String target, List<String> arguments, boolean interactive)
        implements LineMagic {

    public RunScriptMagic {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(target, "target");
        arguments = List.copyOf(arguments);
    }
}
