package dev.nbmigrate.converter.read;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rich output: a cell's result value ({@code execute_result}, nbformat 3 {@code pyout}) or a displayed object
 * ({@code display_data}, including images and widget views), one payload per mime type in file order.
 *
 * @param resultValue    true for {@code execute_result}/{@code pyout}, false for {@code display_data}
 * @param executionCount the execution count of an {@code execute_result}, if saved
 * @param data           the representations by mime type
 */
public record DisplayOutput(boolean resultValue, Optional<Integer> executionCount, List<Payload> data)
        implements Output {

    public DisplayOutput {
        Objects.requireNonNull(executionCount, "executionCount");
        data = List.copyOf(data);
    }

    /** The payload of one mime type, if present. */
    public Optional<Payload> payload(String mimeType) {
        return data.stream().filter(p -> p.mimeType().equals(mimeType)).findFirst();
    }
}
