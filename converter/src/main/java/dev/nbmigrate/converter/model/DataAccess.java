package dev.nbmigrate.converter.model;

import java.util.Objects;

import dev.nbmigrate.converter.diag.Location;

/**
 * A read or write of the job (lineage): the format ({@code csv}, {@code parquet}, {@code json}, {@code table},
 * {@code jdbc}, ...), the location as the notebook wrote it (a lake URI or a table name; never a secret), whether
 * it is a config parameter, and where the notebook does it.
 */
public record DataAccess(String format, String location, String configField, Location origin) {

    public DataAccess {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(origin, "origin");
    }
}
