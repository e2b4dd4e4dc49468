package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * The line that introduces a cell magic, as written.
 *
 * @param syntax    whose magic it is
 * @param name      the magic's name without {@code %} signs, e.g. {@code sql}, {@code livy2.pyspark}
 * @param arguments the rest of the magic's line (options), as written; empty when that text is code (Databricks
 *                  {@code %sql SELECT 1}, Zeppelin {@code %livy2.sql SELECT 1}: it stays in the cell's code);
 *                  Zeppelin interpreter properties as {@code (hive)}
 * @param line      the 1-based cell line the magic is on
 */
public record MagicHeader(MagicSyntax syntax, String name, String arguments, int line) {

    public MagicHeader {
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
    }

    /** The magic as written, e.g. {@code %%sql -o df} or {@code %livy2.sql}. */
    public String text() {
        String sign = switch (syntax) {
            case SPARKMAGIC, IPYTHON, SYNAPSE -> "%%";
            case DATABRICKS, ZEPPELIN -> "%";
        };
        return sign + name + (arguments.isEmpty() ? "" : " " + arguments);
    }
}
