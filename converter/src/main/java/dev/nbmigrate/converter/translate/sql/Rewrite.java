package dev.nbmigrate.converter.translate.sql;

import java.util.List;
import java.util.Objects;

/**
 * What {@link HiveSqlRewriter#rewrite(String)} made of a SQL text: the Spark SQL to run ({@code sql}; the input with
 * only the Hive-specific parts changed, empty when every statement was dropped), what was rewritten or left out
 * ({@code findings}, in statement order; none when the input already was Spark SQL), and the storage locations the
 * output names ({@code locations}, ranges into {@code sql}, in order).
 */
public record Rewrite(String sql, List<Finding> findings, List<StorageLocation> locations) {

    public Rewrite {
        Objects.requireNonNull(sql, "sql");
        findings = List.copyOf(findings);
        locations = List.copyOf(locations);
    }

    /** Whether no statement is left to run (all were Hive-only and dropped or not translated). */
    public boolean isEmpty() {
        return sql.isBlank();
    }
}
