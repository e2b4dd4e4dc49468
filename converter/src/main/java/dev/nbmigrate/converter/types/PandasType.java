package dev.nbmigrate.converter.types;

import java.util.Objects;

/**
 * A pandas object ({@code DataFrame}, {@code Series}, the module): never translated; any use is a diagnostic.
 *
 * @param what the pandas class or {@code module}
 */
public record PandasType(String what) implements PyType {

    public PandasType {
        Objects.requireNonNull(what, "what");
    }

    @Override
    public String display() {
        return "pandas." + what;
    }
}
