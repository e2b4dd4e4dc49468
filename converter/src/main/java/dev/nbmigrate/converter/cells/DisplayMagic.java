package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * IPython {@code %%html}, {@code %%javascript}, {@code %%latex}, {@code %%svg}: the cell's text is only displayed.
 *
 * @param header   the magic's line
 * @param mimeType what is displayed, e.g. {@code text/html}
 */
public record DisplayMagic(MagicHeader header, String mimeType) implements CellMagic {

    public DisplayMagic {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(mimeType, "mimeType");
    }
}
