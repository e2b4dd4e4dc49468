package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.types.PyType;

import java.util.Objects;
import java.util.Optional;

/**
 * A name of a notebook's namespace as the analyser sees it after some cell: its inferred type, how it was
 * defined, where it was (last) defined, and its value when that is a constant.
 *
 * @param name     the Python name
 * @param type     the inferred type (the join over conditional definitions)
 * @param kind     how it was defined
 * @param location where it was last defined; the notebook as a whole for predefined names
 * @param origin   for imports the qualified name imported (e.g. {@code pyspark.sql.functions}); for
 *                 {@link SymbolKind#RUN_IMPORT} the notebook run; else empty
 * @param constant the value, when it is a constant known at conversion time
 */
public record Symbol(String name, PyType type, SymbolKind kind, Location location, String origin,
                     Optional<ConstantValue> constant) {

    public Symbol {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(constant, "constant");
    }
}
