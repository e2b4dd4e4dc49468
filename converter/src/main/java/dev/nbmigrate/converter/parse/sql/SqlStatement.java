package dev.nbmigrate.converter.parse.sql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parsed and classified SQL statement of a cell.
 *
 * @param index         1-based position among the cell's statements
 * @param text          the statement as written in the cell (without its {@code ;})
 * @param sql           the text Spark parsed: {@code text} with known {@code ${...}} references substituted
 * @param line          1-based line of the statement's start in the cell
 * @param column        1-based column of the statement's start in the cell
 * @param kind          what the statement does ({@link SqlKind#INVALID} if it did not parse)
 * @param target        the table, view or database the statement acts on, if any
 * @param reads         tables and views whose data it reads (CTE names excluded), sorted
 * @param writes        tables and views whose data or definition it changes, sorted
 * @param detail        kind-specific facts (SET key and value, partition spec, table format...), if any
 * @param substitutions the {@code ${...}} references, in order
 * @param error         why Spark's parser refused it, if it did
 */
public record SqlStatement(int index, String text, String sql, int line, int column, SqlKind kind,
                           Optional<TableName> target, List<TableName> reads, List<TableName> writes,
                           Optional<SqlDetail> detail, List<Substitution> substitutions, Optional<SqlError> error) {

    public SqlStatement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        reads = List.copyOf(reads);
        writes = List.copyOf(writes);
        Objects.requireNonNull(detail, "detail");
        substitutions = List.copyOf(substitutions);
        Objects.requireNonNull(error, "error");
    }

    public boolean ok() {
        return error.isEmpty();
    }

    /** The detail if it is of the given type. */
    public <T extends SqlDetail> Optional<T> detail(Class<T> type) {
        return detail.filter(type::isInstance).map(type::cast);
    }
}
