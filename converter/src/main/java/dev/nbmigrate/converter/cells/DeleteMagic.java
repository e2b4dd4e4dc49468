package dev.nbmigrate.converter.cells;

import java.util.Objects;
import java.util.Optional;

/**
 * sparkmagic {@code %%delete -f -s ID}: deletes another Livy session.
 *
 * @param header    the magic's line
 * @param force     {@code -f} given; without it sparkmagic did nothing
 * @param sessionId {@code -s}: the session to delete
 */
public record DeleteMagic(MagicHeader header, boolean force, Optional<Integer> sessionId) implements CellMagic {

    public DeleteMagic {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
