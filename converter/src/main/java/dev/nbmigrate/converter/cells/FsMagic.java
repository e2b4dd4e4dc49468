package dev.nbmigrate.converter.cells;

import java.util.List;
import java.util.Objects;

/**
 * Databricks {@code %fs command args}: a {@code dbutils.fs} call ({@code ls}, {@code cp}, {@code rm},
 * {@code mkdirs}...).
 *
 * @param header    the magic's line
 * @param command   the {@code dbutils.fs} command; empty when missing
 * @param arguments its arguments
 */
public record FsMagic(MagicHeader header, String command, List<String> arguments) implements CellMagic {

    public FsMagic {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(command, "command");
        arguments = List.copyOf(arguments);
    }
}
