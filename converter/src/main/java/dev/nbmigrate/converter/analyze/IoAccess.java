package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One read or write of data by a notebook (its lineage): from the DataFrame API, SQL (cells and
 * {@code spark.sql("...")}), the RDD API, Spark ML model persistence or pandas.
 *
 * @param direction  read or write
 * @param target     a path, a table, or a JDBC connection
 * @param format     {@code csv}, {@code parquet}, {@code json}, {@code orc}, {@code text}, {@code delta},
 *                   {@code jdbc}, {@code table} (a table read or written without a stated format), {@code hive}
 *                   ({@code STORED AS ...} given in {@link #detail}), {@code ml-model}, ...
 * @param location   the path or table name as the notebook has it, constants resolved; parts known only at run
 *                   time appear as {@code {expression}}. Never a secret: passwords and SAS tokens are removed
 * @param via        which API does it
 * @param mode       the save mode or SQL operation ({@code overwrite}, {@code append}, {@code insert-overwrite},
 *                   {@code create-external}...), empty when not stated
 * @param parameter  the parameter whose value the location is, when it is one
 * @param detail     more facts for a reviewer (partition columns, external table location...); may be empty
 * @param cell       the 1-based cell
 * @param origin     where it happens in the notebook
 * @param node       the call that does it, from the {@link Program}'s trees; empty for SQL cells
 */
public record IoAccess(Direction direction, Target target, String format, String location, Via via, String mode,
                       Optional<String> parameter, String detail, int cell, Location origin,
                       Optional<PyExpr> node) {

    /** Read or write. */
    public enum Direction {
        SOURCE, SINK;

        public String label() {
            return this == SOURCE ? "read" : "write";
        }
    }

    /** What the location names. */
    public enum Target {
        PATH, TABLE, JDBC;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The API that reads or writes. */
    public enum Via {
        DATAFRAME, SQL, RDD, ML, PANDAS;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public IoAccess {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(node, "node");
    }
}
