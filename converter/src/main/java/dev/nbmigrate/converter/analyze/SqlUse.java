package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.sql.SqlScript;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * SQL the notebook runs: a SQL cell, or the text given to {@code spark.sql(...)} / {@code sqlContext.sql(...)},
 * resolved where its pieces are constants ({@code .format()}, f-strings, {@code %}, {@code +}), parsed with
 * Spark's own parser and classified.
 *
 * @param cell     the 1-based cell
 * @param location where the SQL (or the call) starts
 * @param call     the Python call, for SQL run from Python; empty for SQL cells
 * @param text     the SQL as run, Hive {@code ${var}} references left in; parts known only at run time appear as
 *                 {@code {expression}} and are listed in {@link #runtimeParts}. May hold a secret if the notebook
 *                 does: pass it through {@link Program#redact(String)} before showing it
 * @param runtimeParts the Python expressions whose run-time values fill the text, in order
 * @param script   the statements, parsed (run-time parts stood in for by placeholder names)
 */
public record SqlUse(int cell, Location location, Optional<PyExpr> call, String text, List<String> runtimeParts,
                     SqlScript script) {

    public SqlUse {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(text, "text");
        runtimeParts = List.copyOf(runtimeParts);
        Objects.requireNonNull(script, "script");
    }

    /** True when the whole text is known at conversion time. */
    public boolean complete() {
        return runtimeParts.isEmpty();
    }
}
