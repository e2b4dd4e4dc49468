package dev.nbmigrate.converter.parse.sql;

import java.util.Objects;

/**
 * One {@code ${...}} reference in SQL text: as written ({@code ${hivevar:dt}}), its namespace ({@code hivevar},
 * {@code hiveconf}, ..., or empty), its name, the value put in its place (null when unknown: the reference is
 * left as written) and its 1-based line and column in the cell.
 */
public record Substitution(String reference, String namespace, String name, String value, int line, int column) {

    public Substitution {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
    }

    public boolean resolved() {
        return value != null;
    }
}
