package dev.nbmigrate.converter.reconcile;

/**
 * A column of a captured result.
 *
 * @param name the column name
 * @param type its Spark type as {@code DataType.simpleString()} writes it
 */
public record Column(String name, String type) {
}
