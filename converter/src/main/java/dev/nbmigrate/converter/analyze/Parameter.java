package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.types.PyType;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter of a notebook: a value a run of the job should be able to change without editing code. The
 * translator turns each into a typed, validated config field with this default.
 *
 * @param name         the parameter's name: the Python variable, widget or form name, or the argparse option's
 *                     destination ({@code --input-path} gives {@code input_path}); {@code argv1} for
 *                     {@code sys.argv[1]} when it is not assigned to a name
 * @param type         the inferred type ({@code str}, {@code int}, {@code float}, {@code bool}, {@code list[str]}...)
 * @param defaultValue the default, when there is one (never a secret: secrets are never parameters)
 * @param kind         how the notebook declares it
 * @param role         what the value is (path, date, table...)
 * @param location     where it is declared
 * @param variable     the Python variable that holds its value, when there is one
 * @param choices      the allowed values, for widgets and forms that list them
 * @param description  the label, help text or comment given with it; empty when none
 */
public record Parameter(String name, PyType type, Optional<ConstantValue> defaultValue, ParameterKind kind,
                        ParameterRole role, Location location, Optional<String> variable, List<String> choices,
                        String description) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(variable, "variable");
        choices = List.copyOf(choices);
        Objects.requireNonNull(description, "description");
    }
}
