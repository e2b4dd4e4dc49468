package dev.nbmigrate.converter.parse.sql;

import java.util.List;

/** A multi-part table (or view, or database) name as written, e.g. {@code [sales, orders]} for {@code sales.orders}. */
public record TableName(List<String> parts) implements Comparable<TableName> {

    public TableName {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("empty name");
        }
    }

    public static TableName of(String... parts) {
        return new TableName(List.of(parts));
    }

    /** The last part: the table's own name. */
    public String name() {
        return parts.get(parts.size() - 1);
    }

    /** {@code db.table}, each part back-quoted if it needs to be. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(part.matches("[A-Za-z_][A-Za-z0-9_]*") ? part : "`" + part.replace("`", "``") + "`");
        }
        return out.toString();
    }

    @Override
    public int compareTo(TableName other) {
        return toString().compareTo(other.toString());
    }
}
