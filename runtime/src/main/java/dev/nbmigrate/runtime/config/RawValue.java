package dev.nbmigrate.runtime.config;

import java.util.List;

/**
 * Unparsed text given for one option by one source.
 *
 * @param texts       the texts in the order given (a repeated command-line option gives several)
 * @param splitCommas whether list options split each text at commas (not for a JSON array's elements)
 * @param origin      where the texts came from
 */
public record RawValue(List<String> texts, boolean splitCommas, Origin origin) {
}
