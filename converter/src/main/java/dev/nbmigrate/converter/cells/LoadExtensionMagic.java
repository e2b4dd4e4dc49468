package dev.nbmigrate.converter.cells;

import java.util.Objects;

/**
 * {@code %load_ext name} or {@code %reload_ext name}: loads an IPython extension (e.g. {@code sparkmagic.magics},
 * {@code autoreload}), which may define further magics.
 *
 * @param span      where it is
 * @param extension the extension's module name
 */
public record LoadExtensionMagic(LineSpan span, String extension) implements LineMagic {

    public LoadExtensionMagic {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(extension, "extension");
    }
}
