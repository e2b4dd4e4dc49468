package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Location;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A notebook this one runs inline ({@code %run ./utils.ipynb}, Databricks {@code %run ./utils}): its definitions
 * become this notebook's.
 *
 * @param target    the path as written
 * @param resolved  the notebook found for it (as the {@link RunTargets} name it), when found
 * @param arguments the arguments after the path, as written
 * @param location  where the {@code %run} is
 * @param problem   why it was not found or not used, when it was not
 */
public record RunDependency(String target, Optional<String> resolved, List<String> arguments, Location location,
                            Optional<String> problem) {

    public RunDependency {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(resolved, "resolved");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(problem, "problem");
    }

    public boolean found() {
        return resolved.isPresent() && problem.isEmpty();
    }
}
