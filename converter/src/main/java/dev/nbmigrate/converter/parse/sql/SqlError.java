package dev.nbmigrate.converter.parse.sql;

import java.util.Objects;

/**
 * Why Spark's parser refused a statement: its error class (e.g. {@code PARSE_SYNTAX_ERROR}; empty if none), its
 * message without the SQL excerpt, and where in the cell (1-based line and column; 0 when unknown).
 */
public record SqlError(String errorClass, String message, int line, int column) {

    public SqlError {
        Objects.requireNonNull(errorClass, "errorClass");
        Objects.requireNonNull(message, "message");
    }
}
