package dev.nbmigrate.converter.parse.sql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A SQL expression (as in {@code F.expr("...")}, {@code selectExpr}, {@code filter("...")}): the column names it
 * refers to and the functions it calls (as written, sorted, distinct), or why it does not parse (positions relative
 * to the expression text).
 */
public record SqlExpressionInfo(String text, List<String> columns, List<String> functions, Optional<SqlError> error) {

    public SqlExpressionInfo {
        Objects.requireNonNull(text, "text");
        columns = List.copyOf(columns);
        functions = List.copyOf(functions);
        Objects.requireNonNull(error, "error");
    }

    public boolean ok() {
        return error.isEmpty();
    }
}
