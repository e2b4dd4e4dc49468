package dev.nbmigrate.converter.cells;

import java.util.List;
import java.util.Objects;

/**
 * {@code %pip ...} or {@code %conda ...} (also {@code !pip install ...}): installs packages into the notebook's
 * environment; the job's dependencies must provide them instead.
 *
 * @param span      where it is
 * @param tool      {@code pip} or {@code conda}
 * @param arguments all arguments as written, split into words
 * @param packages  for {@code install}: the requirement specifiers (e.g. {@code pandas==1.3.5}); empty otherwise
 */
public record PackageInstallMagic(LineSpan span, String tool, List<String> arguments, List<String> packages)
        implements LineMagic {

    public PackageInstallMagic {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(tool, "tool");
        arguments = List.copyOf(arguments);
        packages = List.copyOf(packages);
    }
}
