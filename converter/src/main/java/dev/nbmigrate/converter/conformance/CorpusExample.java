package dev.nbmigrate.converter.conformance;

import java.util.Objects;

/**
 * One doctest statement of a record: its Python source, what real PySpark printed for it ({@code want}, empty
 * when nothing), the kind of output, and the exception message when the example raises ({@code null} if not).
 */
public record CorpusExample(String source, String want, ExampleKind kind, String exceptionMessage, int lineNumber) {

    public CorpusExample {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(want, "want");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean raises() {
        return exceptionMessage != null;
    }
}
