package dev.nbmigrate.converter.read;

import java.util.List;
import java.util.Objects;

/**
 * An exception a cell raised when it last ran ({@code output_type: error}, nbformat 3 {@code pyerr}).
 *
 * @param name      the exception's class name, e.g. {@code AnalysisException}
 * @param value     its message
 * @param traceback the traceback lines (ANSI colour codes as saved)
 */
public record ErrorOutput(String name, String value, List<String> traceback) implements Output {

    public ErrorOutput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        traceback = List.copyOf(traceback);
    }
}
