package dev.nbmigrate.converter.parse.sql;

/**
 * The SQL configuration the parser runs under. {@code ansi} sets {@code spark.sql.ansi.enabled};
 * {@code enforceReservedKeywords} sets {@code spark.sql.ansi.enforceReservedKeywords}, which Spark applies only
 * with ANSI on (then {@code SELECT 1 AS order} is an error).
 */
public record SqlSettings(boolean ansi, boolean enforceReservedKeywords) {

    /** How HDInsight notebooks ran: ANSI off. */
    public static final SqlSettings LEGACY = new SqlSettings(false, false);

    /** Spark 4 / Databricks defaults: ANSI on, keywords not reserved. */
    public static final SqlSettings ANSI = new SqlSettings(true, false);

    /** ANSI on with reserved keywords enforced: the strictest check. */
    public static final SqlSettings STRICT_ANSI = new SqlSettings(true, true);
}
