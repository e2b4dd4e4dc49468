package dev.nbmigrate.converter.translate.sql;

import java.util.Objects;

/** What happens to one statement: kept as written, replaced by a rewrite, or left out of the output. */
record Outcome(Action action, String sql) {

    enum Action { KEEP, REWRITE, DROP }

    Outcome {
        Objects.requireNonNull(action, "action");
        if (action == Action.REWRITE) {
            Objects.requireNonNull(sql, "sql");
        }
    }

    static Outcome keep() {
        return new Outcome(Action.KEEP, null);
    }

    static Outcome rewrite(String sql) {
        return new Outcome(Action.REWRITE, sql);
    }

    static Outcome drop() {
        return new Outcome(Action.DROP, null);
    }
}
