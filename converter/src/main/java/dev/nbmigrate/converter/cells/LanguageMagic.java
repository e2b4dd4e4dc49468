package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.read.ExecutionContext;
import dev.nbmigrate.converter.read.Language;

import java.util.Objects;

/**
 * A magic that only chooses the language of the cell's code: Databricks {@code %python}, {@code %scala},
 * {@code %r}, and Zeppelin's code interpreters ({@code %livy2.pyspark}, {@code %livy2.spark},
 * {@code %spark.pyspark}...).
 *
 * @param header   the magic's line
 * @param language the language of the cell's code
 * @param context  where it runs
 */
public record LanguageMagic(MagicHeader header, Language language, ExecutionContext context) implements CellMagic {

    public LanguageMagic {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(context, "context");
    }
}
