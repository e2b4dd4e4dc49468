package dev.nbmigrate.converter.cells;

import java.util.List;
import java.util.Objects;

/**
 * Databricks {@code %run ./other_notebook $param="value"}: runs another notebook inline, sharing its definitions.
 *
 * @param header    the magic's line
 * @param target    the notebook path as written
 * @param arguments the arguments after it, as written ({@code $name=value})
 */
public record RunNotebookMagic(MagicHeader header, String target, List<String> arguments) implements CellMagic {

    public RunNotebookMagic {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(target, "target");
        arguments = List.copyOf(arguments);
    }
}
