package dev.nbmigrate.converter.parse.sql;

import dev.nbmigrate.converter.diag.Diagnostic;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statements of one SQL cell, in order; the variables known after the cell (the given ones plus its
 * {@code SET} statements, sorted by name); and the diagnostics: {@code NBM104} per statement Spark refused, {@code NBM105} per
 * unknown {@code ${...}} reference.
 */
public record SqlScript(List<SqlStatement> statements, Map<String, String> variables, List<Diagnostic> diagnostics) {

    public SqlScript {
        statements = List.copyOf(statements);
        variables = Collections.unmodifiableSortedMap(new TreeMap<>(variables));
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether every statement parsed. */
    public boolean ok() {
        return statements.stream().allMatch(SqlStatement::ok);
    }
}
