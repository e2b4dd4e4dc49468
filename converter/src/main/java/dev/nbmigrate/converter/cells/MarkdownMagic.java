package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * Markdown written in a code cell: Databricks {@code %md}/{@code %md-sandbox}, Zeppelin {@code %md}, IPython {@code %%markdown}.
 *
 * @param header the magic's line
 */
public record MarkdownMagic(MagicHeader header) implements CellMagic {

    public MarkdownMagic {
        Objects.requireNonNull(header, "header");
    }
}
