package dev.nbmigrate.converter.parse.sql;

import java.util.Objects;
import java.util.Optional;

/**
 * A parsed data type ({@code decimal(10,2)}) or table schema ({@code a INT, b STRING}): Spark's SQL form
 * ({@code DECIMAL(10,2)}, {@code STRUCT<a: INT, b: STRING>}), its DDL-like simple string and its JSON form (what
 * {@code DataType.fromJson} reads), or why it does not parse.
 */
public record SqlTypeInfo(String text, String sql, String simpleString, String json, Optional<SqlError> error) {

    public SqlTypeInfo {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(error, "error");
    }

    public boolean ok() {
        return error.isEmpty();
    }
}
