package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement that only shows data to the person running the notebook: the translator turns it into a runtime
 * inspection call that logs at DEBUG, or drops it with an info diagnostic.
 *
 * @param kind        what it does
 * @param location    where it is
 * @param statement   the statement, from the {@link Program}'s trees; empty for a SQL cell
 * @param sparkAction true when it runs a Spark job (an action: {@code show}, {@code count}, {@code display}...),
 *                    which costs cluster time in a production run
 */
public record Exploration(ExplorationKind kind, Location location, Optional<PyStmt> statement, boolean sparkAction) {

    public Exploration {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(statement, "statement");
    }
}
