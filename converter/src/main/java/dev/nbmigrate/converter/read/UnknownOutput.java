package dev.nbmigrate.converter.read;

import java.util.Objects;

/**
 * An output of a type this reader does not know (kept by name only).
 *
 * @param outputType the saved {@code output_type}
 */
public record UnknownOutput(String outputType) implements Output {

    public UnknownOutput {
        Objects.requireNonNull(outputType, "outputType");
    }
}
