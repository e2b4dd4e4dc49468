package dev.nbmigrate.converter.cells;

import java.util.Objects;
import java.util.Optional;

/**
 * sparkmagic {@code %%configure [-f]}: the Livy session's settings, given as JSON in the cell's body. These are
 * cluster settings the job's deployment must carry, not code.
 *
 * @param header  the magic's line
 * @param force   {@code -f}: drop and recreate a running session
 * @param session the parsed settings; empty when the body is not a JSON object (see the cell's diagnostics)
 */
public record ConfigureMagic(MagicHeader header, boolean force, Optional<LivySessionConfig> session)
        implements CellMagic {

    public ConfigureMagic {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(session, "session");
    }
}
