package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.api.ApiSupport;
import dev.nbmigrate.converter.api.SupportStatus;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.types.PyType;

import java.util.List;
import java.util.Objects;

/**
 * One use of a PySpark API member in a notebook, classified by {@link dev.nbmigrate.converter.api.ApiCatalog}
 * (the table the translator uses too): a method call, a property or constant read, a class constructed, or an
 * operator applied to a Column.
 *
 * @param support  the catalog's answer (owner, member, kind, status, code, note)
 * @param location where the member's name (or the operator) is written
 * @param node     the expression that uses it (a {@code Call}, {@code Attribute}, {@code BinOp}, ...), from the
 *                 {@link Program}'s own trees (compare by identity)
 * @param result   the inferred type of the use's result
 * @param issues   what planning the call found (unsupported member, no Java overload for the argument types, bad
 *                 keyword...), as diagnostics at {@code location}; they are in {@link Program#diagnostics()} too
 */
public record ApiReference(ApiSupport support, Location location, PyExpr node, PyType result,
                           List<Diagnostic> issues) {

    public ApiReference {
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(result, "result");
        issues = List.copyOf(issues);
    }

    /** {@code pyspark.sql.DataFrame.select}. */
    public String qualifiedName() {
        return support.qualifiedName();
    }

    public SupportStatus status() {
        return support.status();
    }

    /** True when the use converts without an error: the member is supported (maybe with a warning) and planned. */
    public boolean convertible() {
        return support.status() != SupportStatus.UNSUPPORTED
                && issues.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }
}
